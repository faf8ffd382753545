/** The ABC subgraph's configuration: the only module that reads process.env. */
import { loadAgencyEnv } from '@ssc/agency-kit';
import { ABC } from './agency.ts';

export const loadEnv = () => loadAgencyEnv(ABC, process.env);
