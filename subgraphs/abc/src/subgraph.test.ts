import { agencySubgraphSuite } from '@ssc/agency-kit/testing';
import { abc } from './index.ts';

agencySubgraphSuite(abc, {
  field: 'programmeLine',
  values: [
    'BILATERAL_TECHNICAL_COOPERATION',
    'TRILATERAL_WITH_DEVELOPED_COUNTRIES',
    'TRILATERAL_WITH_INTERNATIONAL_ORGANISATIONS',
    'HUMANITARIAN_COOPERATION',
  ],
});
