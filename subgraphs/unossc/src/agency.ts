import { type AgencyEntry, agencyByCode } from '@ssc/contract';

export const UNOSSC = agencyByCode('UNOSSC') as AgencyEntry;
