/** Brazil's ABC: the registry entry, its programme lines, migrations and seed facts. */
import { defineAgency, enumProjectField } from '@ssc/agency-kit';
import { type AgencyEntry, agencyByCode } from '@ssc/contract';
import * as programmeLine from '../migrations/2026-11-29T1700_programme_line.ts';
import { facts } from './facts.ts';

export const ABC = agencyByCode('ABC') as AgencyEntry;

export const abc = defineAgency(ABC, {
  ...enumProjectField({
    field: 'programmeLine',
    column: 'programme_line',
    enumName: 'AbcProgrammeLine',
    description: "ABC's programme line: how Brazil's technical cooperation is arranged.",
    values: {
      BILATERAL_TECHNICAL_COOPERATION: 'Bilateral South-South technical cooperation.',
      TRILATERAL_WITH_DEVELOPED_COUNTRIES: 'Triangular cooperation with a developed country (e.g. the Japan-Brazil Partnership Programme).',
      TRILATERAL_WITH_INTERNATIONAL_ORGANISATIONS: 'Triangular cooperation with an international organisation.',
      HUMANITARIAN_COOPERATION: 'Humanitarian cooperation.',
    },
    generate: (r, p) =>
      p.modality === 'TRIANGULAR'
        ? r.pick(['TRILATERAL_WITH_DEVELOPED_COUNTRIES', 'TRILATERAL_WITH_INTERNATIONAL_ORGANISATIONS'] as const)
        : r.chance(0.05)
          ? 'HUMANITARIAN_COOPERATION'
          : 'BILATERAL_TECHNICAL_COOPERATION',
  }),
  migrations: { '2026-11-29T1700_programme_line': programmeLine },
  facts,
});

/** What discovery (`agencyDefinition` in @ssc/agency-kit) finds for the registry entry ABC. */
export default abc;
