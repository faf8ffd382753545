/**
 * The statistics in the public API schema, and how the gateway prices them: each statistic is
 * one search (every agency answers it with one statement), and the dashboard's landing query
 * (all four statistics with every breakdown) passes the default limits without being heavy.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { STATS } from '@ssc/contract';
import { operationCost } from '@ssc/server-kit';
import { type GraphQLObjectType, type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayEnv } from './env.ts';
import { GATEWAY_COST_MODEL } from './gateway.ts';
import { supergraphFile } from './paths.ts';

const B = 'key label count budgetUsd';
const LANDING = `query Landing {
  projectStats { count budgets { currency amount } budgetUsd byAgency { ${B} } byCountry { ${B} } byRegion { ${B} } bySector { ${B} }
    bySectorCategory { ${B} } bySdg { ${B} } byStatus { ${B} } byModality { ${B} } byStartYear { ${B} }
    flows { provider { code name } recipient { code name } count budgetUsd } }
  evaluationStats { count byRating { ${B} } criteria { criterion label mean count } byAgency { ${B} } byEvaluator { ${B} } }
  requestStats { count byStatus { ${B} } byCountry { ${B} } decided medianDaysToDecision }
  expertStats { count bySector { ${B} } byLanguage { ${B} } byAvailability { ${B} } }
}`;

let schema: GraphQLSchema;
beforeAll(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphFile, 'utf8') });
  schema = (await gateway.load()).schema;
  await gateway.stop();
});

const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());

describe('the statistics of the public schema', () => {
  it('holds exactly the fields of the contract: no search key and no agency share', () => {
    expect(fields('ProjectStats')).toEqual([
      'count',
      'budgets',
      'budgetUsd',
      'byAgency',
      'byCountry',
      'byRegion',
      'bySector',
      'bySectorCategory',
      'bySdg',
      'byStatus',
      'byModality',
      'byStartYear',
      'flows',
    ]);
    expect(fields('EvaluationStats')).toEqual(['count', 'byRating', 'criteria', 'byAgency', 'byEvaluator']);
    expect(fields('RequestStats')).toEqual(['count', 'byStatus', 'byCountry', 'decided', 'medianDaysToDecision']);
    expect(fields('ExpertStats')).toEqual(['count', 'bySector', 'byLanguage', 'byAvailability']);
    expect(fields('StatsBucket')).toEqual(['key', 'label', 'count', 'budgetUsd']);
    expect(fields('StatsFlow')).toEqual(['provider', 'recipient', 'count', 'budgetUsd']);
    expect(fields('CriterionStat')).toEqual(['criterion', 'label', 'mean', 'count']);
    expect(fields('CurrencyTotal')).toEqual(['currency', 'amount']);
    expect(schema.getType('StatsPart')).toBeUndefined();
    const query = (schema.getType('Query') as GraphQLObjectType).getFields();
    for (const { query: name, type, filter } of STATS) {
      expect(String(query[name]?.type), name).toBe(`${type}!`);
      expect(query[name]?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([`filter: ${filter}`]);
    }
  });
});

describe('the price of the statistics', () => {
  it('counts each statistic as one search, like a page of a list', () => {
    for (const { query } of STATS) {
      const cost = operationCost(schema, parse(`{ ${query} { count } }`), undefined, {}, GATEWAY_COST_MODEL);
      expect(cost?.searches, query).toBe(1);
      expect(cost?.cost, query).toBeGreaterThanOrEqual(GATEWAY_COST_MODEL.searchCost);
    }
  });

  it("accepts the dashboard's landing query under the default limits, outside the heavy lane", () => {
    const cost = operationCost(schema, parse(LANDING), 'Landing', {}, GATEWAY_COST_MODEL);
    const defaults = loadGatewayEnv({});
    expect(cost?.searches).toBe(4);
    expect(cost?.cost).toBeLessThanOrEqual(defaults.LIMIT_COST);
    expect(cost?.cost).toBeLessThan(defaults.LIMIT_HEAVY_COST);
  });
});
