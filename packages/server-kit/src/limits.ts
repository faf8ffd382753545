/**
 * Limits on what one request may ask (GraphQL Armor): depth, aliases, directives, tokens and
 * an estimated cost. A refused request gets a GraphQL error whose `extensions.code` names the
 * limit and whose message says which setting raises it.
 */

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { currentWork } from '@ssc/db';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { z } from 'zod';
import { type CostModel, type OperationCost, operationCost } from './cost.ts';

export const limitsEnvShape = (defaults: { depth: number; aliases: number; directives: number; tokens: number; cost: number }) => ({
  /** Deepest selection nesting accepted. */
  LIMIT_DEPTH: z.coerce.number().int().positive().default(defaults.depth),
  /** Most aliases in one operation. */
  LIMIT_ALIASES: z.coerce.number().int().positive().default(defaults.aliases),
  /** Most directives in one operation. */
  LIMIT_DIRECTIVES: z.coerce.number().int().positive().default(defaults.directives),
  /** Most lexical tokens in one document. */
  LIMIT_TOKENS: z.coerce.number().int().positive().default(defaults.tokens),
  /** Highest estimated cost, variables applied (see cost.ts: objects 1, searches more, times the lists above). */
  LIMIT_COST: z.coerce.number().int().positive().default(defaults.cost),
});

/** Settings of a server with a database: what one request may spend there. */
export const workEnvShape = {
  /** Most SQL statements one request may send. */
  LIMIT_STATEMENTS: z.coerce.number().int().positive().default(1_000),
  /** Most pool connections one request may hold at once (the others stay free for other callers). */
  LIMIT_CONNECTIONS: z.coerce.number().int().positive().default(2),
  /** A request whose estimated cost is at least this is heavy: it holds one connection at a time. */
  LIMIT_HEAVY_COST: z.coerce.number().int().positive().default(500),
  /** PostgreSQL's statement_timeout on every connection, in ms (0: none). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
};

export interface WorkSettings {
  LIMIT_STATEMENTS: number;
  LIMIT_CONNECTIONS: number;
  LIMIT_HEAVY_COST: number;
}

/** A heavy request (by its estimated cost) holds one database connection at a time, leaving the pool to others. */
export function heavyHoldsOne<C extends BaseContext>(heavyCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const cost = (contextValue as CostedContext).cost?.cost;
          if (cost !== undefined && cost >= heavyCost) currentWork()?.narrow(1);
        },
      };
    },
  };
}

export interface Limits {
  LIMIT_DEPTH: number;
  LIMIT_ALIASES: number;
  LIMIT_DIRECTIVES: number;
  LIMIT_TOKENS: number;
  LIMIT_COST: number;
}

const RULES = [
  { pattern: /depth limit/i, code: 'QUERY_TOO_DEEP', setting: 'LIMIT_DEPTH' },
  { pattern: /aliases limit/i, code: 'TOO_MANY_ALIASES', setting: 'LIMIT_ALIASES' },
  { pattern: /directives limit/i, code: 'TOO_MANY_DIRECTIVES', setting: 'LIMIT_DIRECTIVES' },
  { pattern: /token limit/i, code: 'TOO_MANY_TOKENS', setting: 'LIMIT_TOKENS' },
] as const;

export const LIMIT_CODES: ReadonlySet<string> = new Set([...RULES.map((r) => r.code), 'QUERY_TOO_COSTLY']);

/** Gives a limit's refusal its own code (GraphQL Armor reports them as syntax or validation errors). */
export function classifyLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const rule = RULES.find((r) => r.pattern.test(formatted.message));
  if (!rule) return formatted;
  return {
    ...formatted,
    message: `${formatted.message.replace(/^Syntax Error: /, '')} (the ${rule.setting} setting of this server)`,
    extensions: { ...formatted.extensions, code: rule.code },
  };
}

export function armor<C extends BaseContext>(
  limits: Limits,
  production: boolean,
): { plugins: ApolloServerPlugin<C>[]; validationRules: ValidationRule[] } {
  const protection = new ApolloArmor({
    maxDepth: { n: limits.LIMIT_DEPTH },
    maxAliases: { n: limits.LIMIT_ALIASES },
    maxDirectives: { n: limits.LIMIT_DIRECTIVES },
    maxTokens: { n: limits.LIMIT_TOKENS },
    // the cost is estimated by `costLimit` below, with variables applied
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: protection.plugins as ApolloServerPlugin<C>[], validationRules: protection.validationRules as ValidationRule[] };
}

/** What a request's context carries once its cost is known. */
export interface CostedContext {
  cost?: OperationCost;
}

/**
 * Refuses an operation whose estimated cost, variables applied, is above `limit`
 * (QUERY_TOO_COSTLY, naming the figure and the setting), and records the estimate in the context.
 */
export function costLimit<C extends BaseContext>(limit: number, model: CostModel): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const estimate = operationCost(schema, document, operationName ?? request.operationName, request.variables, model);
          if (!estimate) return;
          (contextValue as CostedContext).cost = estimate;
          if (estimate.cost > limit) {
            throw new GraphQLError(
              `the operation's estimated cost is ${estimate.cost} (${estimate.searches} searches), above this server's limit of ${limit} (its LIMIT_COST setting): ask for smaller pages (first) or fewer lists nested in lists`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: estimate.cost, limit, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
