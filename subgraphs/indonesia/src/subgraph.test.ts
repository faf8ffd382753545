import { agencySubgraphSuite } from '@ssc/agency-kit/testing';
import { indonesia } from './index.ts';

agencySubgraphSuite(indonesia, {
  field: 'programmeLine',
  values: ['TECHNICAL_COOPERATION', 'THIRD_COUNTRY_TRAINING', 'EXPERT_DISPATCH', 'KNOWLEDGE_SHARING'],
});
