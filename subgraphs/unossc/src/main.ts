#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-unossc` (or `migrate`, `seed [N]`, `schema`). */
import { runAgencyCli } from '@ssc/agency-kit';
import { loadEnv } from './env.ts';
import { unossc } from './index.ts';

await runAgencyCli(unossc, loadEnv, process.argv.slice(2));
