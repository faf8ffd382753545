import { agencySubgraphSuite } from '@ssc/agency-kit/testing';
import { jica } from './index.ts';

agencySubgraphSuite(jica, { field: 'scheme', values: ['TECHNICAL_COOPERATION_PROJECT', 'THIRD_COUNTRY_TRAINING', 'JBPP'] });
