import { type AgencyEntry, agencyByCode } from '@ssc/contract';

export const INDONESIA = agencyByCode('INDONESIA') as AgencyEntry;
