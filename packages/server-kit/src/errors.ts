/** GraphQL errors with stable `extensions.code`s: what a caller can branch on. */
import { InputError } from '@ssc/contract';
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  AGENCY_UNAVAILABLE: 'AGENCY_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function graphqlError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A request whose credentials were refused: the whole request is answered with HTTP 401. */
export const refusedCredentials = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

/** A field that needs an identity, asked for without one. */
export const unauthenticated = (message: string) => graphqlError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string) => graphqlError(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string) => graphqlError(ErrorCode.NOT_FOUND, message);
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  graphqlError(ErrorCode.CONFLICT, message, extensions);

export const badInput = (message: string, argument?: string) =>
  graphqlError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** `withInput` for asynchronous checks (those that read the database). */
export async function withInputAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InputError) throw badInput(e.message, e.argument);
    throw e;
  }
}

/** Runs `fn`; an InputError from the shared validators becomes BAD_USER_INPUT. */
export function withInput<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) throw badInput(e.message, e.argument);
    throw e;
  }
}

/** A move that the record's state machine does not allow from where it stands. */
export const invalidTransition = (message: string, extensions: Record<string, unknown> = {}) =>
  graphqlError(ErrorCode.INVALID_TRANSITION, message, extensions);
