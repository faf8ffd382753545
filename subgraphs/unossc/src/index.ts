/** UNOSSC: the registry entry, the trust funds it manages, migrations and seed facts. */
import { defineAgency, enumProjectField } from '@ssc/agency-kit';
import { type AgencyEntry, agencyByCode } from '@ssc/contract';
import * as fund from '../migrations/2026-11-29T1700_fund.ts';
import { facts } from './facts.ts';

export const UNOSSC = agencyByCode('UNOSSC') as AgencyEntry;

export const unossc = defineAgency(UNOSSC, {
  ...enumProjectField({
    field: 'fund',
    column: 'fund',
    enumName: 'UnosscFund',
    description: 'The trust fund managed by UNOSSC that finances the project.',
    values: {
      IBSA_FUND: 'India, Brazil and South Africa Facility for Poverty and Hunger Alleviation (IBSA Fund).',
      PEREZ_GUERRERO_TRUST_FUND: 'Pérez-Guerrero Trust Fund for South-South Cooperation (PGTF).',
      UN_FUND_FOR_SSC: 'United Nations Fund for South-South Cooperation.',
    },
    generate: (r) =>
      r.weighted([
        ['IBSA_FUND', 3],
        ['PEREZ_GUERRERO_TRUST_FUND', 3],
        ['UN_FUND_FOR_SSC', 4],
      ] as const),
  }),
  migrations: { '2026-11-29T1700_fund': fund },
  facts,
});

/** What discovery (`agencyDefinition` in @ssc/agency-kit) finds for the registry entry UNOSSC. */
export default unossc;
