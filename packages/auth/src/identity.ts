/** Who is calling: a user of one agency, with roles in that agency. */
import { z } from 'zod';

export const ROLES = ['viewer', 'officer', 'evaluator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** The user's id at their agency (the token's `sub`). */
  readonly user: string;
  /** The code of the agency that signed the token, and whose user this is. */
  readonly agency: string;
  readonly roles: readonly Role[];
}

/** The audience every token of the federation names. */
export const AUDIENCE = 'ssc-federation';
/** The issuer of an agency's tokens. */
export const issuerOf = (agency: string) => `urn:ssc:agency:${agency}`;
/** Longest lifetime accepted for a token. */
export const MAX_TOKEN_SECONDS = 24 * 3600;
/** Clock skew tolerated between the issuing agency and the verifier. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * A name a token may carry (`sub`, `agency`): printable text only. No control characters (NUL,
 * newlines, escapes, C1), no line or paragraph separators and no lone surrogates: such a value could
 * not be stored, logged or compared reliably, so the token is refused rather than the request failing later.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;
export const isPrintableClaim = (v: string) => !UNPRINTABLE.test(v);
const printable = (claim: string, max: number) =>
  z
    .string()
    .min(1, `${claim} is empty`)
    .max(max, `${claim} is longer than ${max} characters`)
    .refine(isPrintableClaim, `${claim} holds a control character or a lone surrogate; it must be printable text`);

export const claimsSchema = z.object({
  sub: printable('sub', 200),
  agency: printable('agency', 40),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  iat: z.number().int(),
  exp: z.number().int(),
});

export const hasRole = (identity: Identity | null | undefined, ...roles: Role[]) =>
  !!identity && roles.some((r) => identity.roles.includes(r));
