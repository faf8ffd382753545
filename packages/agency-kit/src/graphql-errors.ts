/**
 * The one place where the domain's refusals become GraphQL errors, with the codes and
 * extensions the API has always answered (`@ssc/server-kit`'s error helpers).
 */
import { InputError } from '@ssc/contract';
import { badInput, graphqlError } from '@ssc/server-kit';
import { BadInput, DomainError } from './errors.ts';

/** A domain error (or a validator's InputError) as the GraphQL error a caller gets; anything else as it is. */
export function toGraphQLError(e: unknown): unknown {
  if (e instanceof BadInput) return badInput(e.message, e.extensions.argument as string | undefined);
  if (e instanceof DomainError) return graphqlError(e.code, e.message, e.extensions);
  if (e instanceof InputError) return badInput(e.message, e.argument);
  return e;
}

/** A resolver whose domain errors reach the caller as GraphQL errors. */
export function answering<A extends unknown[], R>(resolve: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await resolve(...args);
    } catch (e) {
      throw toGraphQLError(e);
    }
  };
}
