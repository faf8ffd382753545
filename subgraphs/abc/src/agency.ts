import { type AgencyEntry, agencyByCode } from '@ssc/contract';

export const ABC = agencyByCode('ABC') as AgencyEntry;
