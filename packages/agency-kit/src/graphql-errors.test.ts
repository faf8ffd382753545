import { InputError } from '@ssc/contract';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadInput, Conflict, Forbidden, InvalidTransition, NotFound, Unauthenticated } from './errors.ts';
import { answering, toGraphQLError } from './graphql-errors.ts';

const answer = (e: unknown) => {
  const g = toGraphQLError(e) as GraphQLError;
  return { message: g.message, extensions: g.extensions };
};

describe('domain errors reach callers as GraphQL errors', () => {
  it('keep their message and get the code of their kind, with their extensions', () => {
    expect(answer(new NotFound('no project'))).toEqual({ message: 'no project', extensions: { code: 'NOT_FOUND' } });
    expect(answer(new Conflict('stale', { currentVersion: 3 }))).toEqual({
      message: 'stale',
      extensions: { code: 'CONFLICT', currentVersion: 3 },
    });
    expect(answer(new Forbidden('no', { registry: 'ABC' }))).toEqual({ message: 'no', extensions: { code: 'FORBIDDEN', registry: 'ABC' } });
    expect(answer(new Unauthenticated('who?'))).toEqual({ message: 'who?', extensions: { code: 'UNAUTHENTICATED' } });
    expect(answer(new InvalidTransition('closed', { from: 'FINAL' }))).toEqual({
      message: 'closed',
      extensions: { code: 'INVALID_TRANSITION', from: 'FINAL' },
    });
  });

  it('answer bad input as BAD_USER_INPUT naming the argument, from a service or from a validator', () => {
    expect(answer(new BadInput('evaluators must include ABC', 'evaluators'))).toEqual({
      message: 'evaluators must include ABC',
      extensions: { code: 'BAD_USER_INPUT', argument: 'evaluators' },
    });
    expect(answer(new BadInput('no argument'))).toEqual({ message: 'no argument', extensions: { code: 'BAD_USER_INPUT' } });
    expect(answer(new InputError('input.title', 'input.title is required'))).toEqual({
      message: 'input.title is required',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.title' },
    });
  });

  it('leave any other error as it is, and a resolver that answers passes its result through', async () => {
    const other = new Error('database down');
    expect(toGraphQLError(other)).toBe(other);
    expect(await answering(async (n: number) => n + 1)(1)).toBe(2);
    await expect(answering(async () => Promise.reject(new NotFound('gone')))()).rejects.toBeInstanceOf(GraphQLError);
  });
});
