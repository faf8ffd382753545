/**
 * Every agency's definition, in registry order, discovered from the registry: an agency's own
 * package (`subgraphs/<subgraph>`) when it has one, else the registry entry alone. Nothing to add
 * here for a new agency.
 */
import type { AgencyDefinition } from '@ssc/agency-kit';
import { agencyDefinitions } from '@ssc/agency-kit/discover';

export const DEFINITIONS: readonly AgencyDefinition[] = await agencyDefinitions();
