/** Every agency's definition, in registry order. A new agency is added here too. */
import type { AgencyDefinition } from '@ssc/agency-kit';
import { AGENCIES } from '@ssc/contract';
import { abc } from '@ssc/subgraph-abc';
import { indonesia } from '@ssc/subgraph-indonesia';
import { jica } from '@ssc/subgraph-jica';
import { unossc } from '@ssc/subgraph-unossc';

export const DEFINITIONS: readonly AgencyDefinition[] = [abc, jica, unossc, indonesia];

const missing = AGENCIES.filter((a) => !DEFINITIONS.some((d) => d.agency.code === a.code));
if (missing.length) throw new Error(`no subgraph package wired for ${missing.map((a) => a.code).join(', ')}`);
