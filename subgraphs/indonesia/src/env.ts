/** The INDONESIA subgraph's configuration: the only module that reads process.env. */
import { loadAgencyEnv } from '@ssc/agency-kit';
import { INDONESIA } from './agency.ts';

export const loadEnv = () => loadAgencyEnv(INDONESIA, process.env);
