import { isIsoDate } from '@ssc/contract';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A value that does not parse is the caller's input to fix. */
const BAD = { extensions: { code: 'BAD_USER_INPUT' } };

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoDate(v)) {
      throw new GraphQLError(`"${String(v).slice(0, 40)}" is not a date (YYYY-MM-DD, years 0001-9999)`, BAD);
    }
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) {
      const found = ast.kind === Kind.STRING ? `"${ast.value.slice(0, 40)}"` : ast.kind;
      throw new GraphQLError(`${found} is not a date (YYYY-MM-DD, years 0001-9999)`, BAD);
    }
    return ast.value;
  },
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== 'string' || Number.isNaN(d.getTime())) throw new GraphQLError('a DateTime is an ISO 8601 string', BAD);
    return d.toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime()))
      throw new GraphQLError('a DateTime is an ISO 8601 string', BAD);
    return new Date(ast.value).toISOString();
  },
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };
