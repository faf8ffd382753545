import { type AgencyEntry, agencyByCode } from '@ssc/contract';

export const JICA = agencyByCode('JICA') as AgencyEntry;
