/** Indonesia: the registry entry, its programme lines, migrations and seed facts. */
import { defineAgency, enumProjectField } from '@ssc/agency-kit';
import { type AgencyEntry, agencyByCode } from '@ssc/contract';
import * as programmeLine from '../migrations/2026-11-29T1700_programme_line.ts';
import { facts } from './facts.ts';

export const INDONESIA = agencyByCode('INDONESIA') as AgencyEntry;

export const indonesia = defineAgency(INDONESIA, {
  ...enumProjectField({
    field: 'programmeLine',
    column: 'programme_line',
    enumName: 'IndonesiaProgrammeLine',
    description: "Indonesia's programme line for South-South and triangular cooperation.",
    values: {
      TECHNICAL_COOPERATION: 'Technical cooperation with a partner country.',
      THIRD_COUNTRY_TRAINING: 'Training that Indonesia hosts for third countries, often with JICA.',
      EXPERT_DISPATCH: 'Indonesian experts sent abroad.',
      KNOWLEDGE_SHARING: "Knowledge sharing and capacity development of Indonesia's own SSC management.",
    },
    generate: (r, p) =>
      p.modality === 'TRIANGULAR'
        ? 'THIRD_COUNTRY_TRAINING'
        : r.weighted([
            ['TECHNICAL_COOPERATION', 5],
            ['EXPERT_DISPATCH', 3],
            ['KNOWLEDGE_SHARING', 1],
          ] as const),
  }),
  migrations: { '2026-11-29T1700_programme_line': programmeLine },
  facts,
});

/** What discovery (`agencyDefinition` in @ssc/agency-kit) finds for the registry entry INDONESIA. */
export default indonesia;
