#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-indonesia` (or `migrate`, `seed [N]`, `schema`). */
import { runAgencyCli } from '@ssc/agency-kit';
import { loadEnv } from './env.ts';
import { indonesia } from './index.ts';

await runAgencyCli(indonesia, loadEnv, process.argv.slice(2));
