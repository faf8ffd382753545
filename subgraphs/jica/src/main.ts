#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-jica` (or `migrate`, `seed [N]`, `schema`). */
import { runAgencyCli } from '@ssc/agency-kit';
import { loadEnv } from './env.ts';
import { jica } from './index.ts';

await runAgencyCli(jica, loadEnv, process.argv.slice(2));
