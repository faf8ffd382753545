/** JICA: the registry entry, its cooperation schemes, migrations and seed facts. */
import { defineAgency, enumProjectField } from '@ssc/agency-kit';
import { type AgencyEntry, agencyByCode } from '@ssc/contract';
import * as scheme from '../migrations/2026-11-29T1700_scheme.ts';
import { facts } from './facts.ts';

export const JICA = agencyByCode('JICA') as AgencyEntry;

export const jica = defineAgency(JICA, {
  ...enumProjectField({
    field: 'scheme',
    column: 'scheme',
    enumName: 'JicaScheme',
    description: "JICA's cooperation scheme.",
    values: {
      TECHNICAL_COOPERATION_PROJECT: 'Technical cooperation project.',
      THIRD_COUNTRY_TRAINING: 'Third-country training programme, hosted by a partner country for its neighbours.',
      JBPP: 'Japan-Brazil Partnership Programme.',
    },
    generate: (r, p) =>
      p.modality === 'TRIANGULAR'
        ? r.pick(['THIRD_COUNTRY_TRAINING', 'TECHNICAL_COOPERATION_PROJECT'] as const)
        : r.chance(0.15)
          ? 'THIRD_COUNTRY_TRAINING'
          : 'TECHNICAL_COOPERATION_PROJECT',
  }),
  migrations: { '2026-11-29T1700_scheme': scheme },
  facts,
});

/** What discovery (`agencyDefinition` in @ssc/agency-kit) finds for the registry entry JICA. */
export default jica;
