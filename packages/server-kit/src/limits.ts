/**
 * Limits on what one request may ask (GraphQL Armor): depth, aliases, directives, tokens and
 * an estimated cost. A refused request gets a GraphQL error whose `extensions.code` names the
 * limit and whose message says which setting raises it.
 */

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import { z } from 'zod';

export const limitsEnvShape = (defaults: { depth: number; aliases: number; directives: number; tokens: number; cost: number }) => ({
  /** Deepest selection nesting accepted. */
  LIMIT_DEPTH: z.coerce.number().int().positive().default(defaults.depth),
  /** Most aliases in one operation. */
  LIMIT_ALIASES: z.coerce.number().int().positive().default(defaults.aliases),
  /** Most directives in one operation. */
  LIMIT_DIRECTIVES: z.coerce.number().int().positive().default(defaults.directives),
  /** Most lexical tokens in one document. */
  LIMIT_TOKENS: z.coerce.number().int().positive().default(defaults.tokens),
  /** Highest estimated cost (objects 2, scalars 1, times 1.5 per level of depth). */
  LIMIT_COST: z.coerce.number().int().positive().default(defaults.cost),
});

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
  { pattern: /cost limit/i, code: 'QUERY_TOO_COSTLY', setting: 'LIMIT_COST' },
] as const;

export const LIMIT_CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));

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
    costLimit: { maxCost: limits.LIMIT_COST },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: protection.plugins as ApolloServerPlugin<C>[], validationRules: protection.validationRules as ValidationRule[] };
}
