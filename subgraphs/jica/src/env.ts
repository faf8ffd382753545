/** The JICA subgraph's configuration: the only module that reads process.env. */
import { loadAgencyEnv } from '@ssc/agency-kit';
import { JICA } from './agency.ts';

export const loadEnv = () => loadAgencyEnv(JICA, process.env);
