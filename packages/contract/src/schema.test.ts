/**
 * The shared schema's `.graphql` files are the source of its enums; the TypeScript constants
 * that validators, seeds and services use must list the same values, in the same order.
 */
import { readFileSync } from 'node:fs';
import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_STATUS,
  DAC_CRITERIA,
  EVALUATION_TYPES,
  LEGAL_INSTRUMENT_KINDS,
  MODALITIES,
  ORGANISATION_ROLE,
  OVERALL_RATINGS,
  PARTICIPANT_ROLES,
  RELATED_ACTIVITY_TYPE,
  REQUEST_STATUSES,
  SHARED_SDL,
} from './sdl.ts';

const file = (name: string) => readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8');
const enums = new Map(
  parse(SHARED_SDL)
    .definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
);

describe('the shared schema files', () => {
  it('are what SHARED_SDL serves, each a valid GraphQL document', () => {
    expect(SHARED_SDL).toBe(`${file('shared.graphql').replace(/\n$/, '')}${file('cycle.graphql').replace(/\n$/, '')}\n`);
    for (const name of ['shared.graphql', 'cycle.graphql', 'records.graphql']) expect(() => parse(file(name))).not.toThrow();
  });

  it('declare the enums with the values of the TypeScript constants', () => {
    expect(Object.fromEntries(enums)).toMatchObject({
      ActivityStatus: Object.keys(ACTIVITY_STATUS),
      RelatedActivityType: Object.keys(RELATED_ACTIVITY_TYPE),
      OrganisationRole: Object.keys(ORGANISATION_ROLE),
      Modality: [...MODALITIES],
      ParticipantRole: [...PARTICIPANT_ROLES],
      EvaluationType: [...EVALUATION_TYPES],
      DacCriterion: [...DAC_CRITERIA],
      OverallRating: [...OVERALL_RATINGS],
      RequestStatus: [...REQUEST_STATUSES],
      LegalInstrumentKind: [...LEGAL_INSTRUMENT_KINDS],
    });
  });
});
