import { agencySubgraphSuite } from '@ssc/agency-kit/testing';
import { unossc } from './index.ts';

agencySubgraphSuite(unossc, { field: 'fund', values: ['IBSA_FUND', 'PEREZ_GUERRERO_TRUST_FUND', 'UN_FUND_FOR_SSC'] });
