import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './cost.ts';
import { SUBGRAPH_COST_MODEL } from './server.ts';

const schema = buildSchema(`
  type Query { projectStats: ProjectStats! projects(first: Int): ProjectConnection! }
  type ProjectStats { count: Int! byCountry: [Bucket!]! }
  type Bucket { key: String! count: Int! }
  type ProjectConnection { totalCount: Int! nodes: [Project!]! }
  type Project { id: ID! }
`);
const cost = (query: string) => operationCost(schema, parse(query), undefined, {}, SUBGRAPH_COST_MODEL);

describe('the price of a statistics type', () => {
  it('is a search, as a page of a list is, plus its breakdowns as lists of the default size', () => {
    expect(cost('{ projectStats { count } }')).toEqual({ cost: SUBGRAPH_COST_MODEL.searchCost + 1, searches: 1 });
    expect(cost('{ projectStats { count byCountry { key } } }')).toEqual({
      cost: SUBGRAPH_COST_MODEL.searchCost + 1 + SUBGRAPH_COST_MODEL.defaultListSize,
      searches: 1,
    });
    expect(cost('{ a: projectStats { count } b: projectStats { count } projects(first: 5) { totalCount } }')?.searches).toBe(3);
  });
});
