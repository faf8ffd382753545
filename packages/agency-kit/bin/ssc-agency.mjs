#!/usr/bin/env node
// `ssc-agency --agency <CODE> [start|migrate|seed [N]|schema]`: the agency entry point
// (src/main.ts) as a command, so that an agency package's scripts name a command, not a path into
// this package's sources; tsx runs the TypeScript (Node 20 does not)
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
