import { useQuery } from '@apollo/client/react';
import { graphql } from './gql/index.ts';

/** The reference lists the filters offer (one query, cached for the session). */
export const REFERENCE = graphql(`
  query Reference {
    agencies {
      code
      acronym
      name
    }
    countries {
      code
      name
      region
    }
    sectors {
      code
      name
      category
    }
    sdgGoals {
      goal
      name
    }
  }
`);

export const useReference = () => useQuery(REFERENCE);

export const STATUSES = ['PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED'] as const;
export const MODALITIES = ['BILATERAL', 'TRIANGULAR', 'REGIONAL'] as const;
export const REQUEST_STATUSES = ['SUBMITTED', 'UNDER_APPRAISAL', 'ACCEPTED', 'DECLINED', 'CONVERTED', 'WITHDRAWN'] as const;
