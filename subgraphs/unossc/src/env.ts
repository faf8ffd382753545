/** The UNOSSC subgraph's configuration: the only module that reads process.env. */
import { loadAgencyEnv } from '@ssc/agency-kit';
import { UNOSSC } from './agency.ts';

export const loadEnv = () => loadAgencyEnv(UNOSSC, process.env);
