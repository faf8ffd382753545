/**
 * The domain's refusals, thrown by services and by identity checks: plain errors that know
 * nothing of GraphQL. `graphql-errors.ts` is the one place that turns them into GraphQL errors
 * with the API's stable `extensions.code`s. The validators' `InputError` (from @ssc/contract)
 * is the domain's bad input too, naming its argument.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INVALID_TRANSITION';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    /** What the caller may branch on besides the code (`argument`, `currentVersion`, `from`, ...). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller gave input the record cannot take; `argument` names what to fix. */
export class BadInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, argument?: string) {
    super(message, argument ? { argument } : {});
  }
}

/** No such record, or none that the caller may see. */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
}

/** The record changed since it was read, or the change was already made. */
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

/** The caller is known but may not do this. */
export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** The caller is not established (no token, or its registry could not confirm it). */
export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** A move the record's state machine does not allow from where it stands. */
export class InvalidTransition extends DomainError {
  readonly code = 'INVALID_TRANSITION';
}
