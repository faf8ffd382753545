#!/usr/bin/env node
/** `npm start -w @ssc/subgraph-abc` (or `migrate`, `seed [N]`, `schema`). */
import { runAgencyCli } from '@ssc/agency-kit';
import { loadEnv } from './env.ts';
import { abc } from './index.ts';

await runAgencyCli(abc, loadEnv, process.argv.slice(2));
