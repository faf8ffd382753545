/**
 * Verifying a bearer token: the agency it claims picks the key set, so one agency's keys can
 * never sign for another's users. The gateway and every subgraph verify the same way; a
 * subgraph does not trust the gateway's word. A token lives at most 24 hours by this server's
 * clock: its `iat` may not be ahead (beyond a minute of skew), nor its `exp` more than 24 hours away.
 */
import { decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { AUDIENCE, CLOCK_SKEW_SECONDS, claimsSchema, type Identity, issuerOf, MAX_TOKEN_SECONDS } from './identity.ts';
import { keySource } from './keys.ts';

export class AuthError extends Error {}

export interface Verifier {
  /** The caller's identity; null for an anonymous request; AuthError for a bad token. */
  identify(authorization: string | undefined): Promise<Identity | null>;
  /** Agencies whose tokens this verifier can check. */
  readonly agencies: readonly string[];
}

/** `jwks`: where each agency's JWKS is (file path or URL), by agency code. */
export function createVerifier(jwks: Record<string, string | undefined>): Verifier {
  const sources = new Map<string, JWTVerifyGetKey>();
  for (const [agency, location] of Object.entries(jwks)) if (location) sources.set(agency, keySource(location));
  return {
    agencies: [...sources.keys()],
    async identify(authorization) {
      if (!authorization) return null;
      const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization.trim());
      if (!match?.[1]) throw new AuthError('the Authorization header must be "Bearer <token>"');
      const token = match[1];
      let agency: unknown;
      try {
        agency = decodeJwt(token).agency;
      } catch {
        throw new AuthError('the bearer token is not a JWT');
      }
      const keys = typeof agency === 'string' ? sources.get(agency) : undefined;
      if (!keys) throw new AuthError(`tokens of agency "${String(agency).slice(0, 40)}" are not accepted here`);
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: issuerOf(agency as string),
          audience: AUDIENCE,
          algorithms: ['ES256', 'RS256', 'EdDSA'],
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const parsed = claimsSchema.safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AuthError(`the token was refused: claim ${issue?.path.join('.') || '?'}: ${issue?.message ?? 'invalid'}`);
        }
        const claims = parsed.data;
        const hours = MAX_TOKEN_SECONDS / 3600;
        if (claims.exp - claims.iat > MAX_TOKEN_SECONDS) throw new AuthError(`tokens may live at most ${hours} hours`);
        // a token dated ahead would outlive the 24 hours: judge its times by this server's clock
        const now = Math.floor(Date.now() / 1000);
        if (claims.iat > now + CLOCK_SKEW_SECONDS) {
          throw new AuthError(
            `the token is issued in the future (iat is ${claims.iat - now} s ahead of this server's clock; at most ${CLOCK_SKEW_SECONDS} s of skew is allowed)`,
          );
        }
        if (claims.exp > now + MAX_TOKEN_SECONDS + CLOCK_SKEW_SECONDS) {
          throw new AuthError(`the token expires more than ${hours} hours from now; tokens may live at most ${hours} hours`);
        }
        return { user: claims.sub, agency: claims.agency, roles: claims.roles };
      } catch (e) {
        if (e instanceof AuthError) throw e;
        if (e instanceof errors.JWTExpired) throw new AuthError('the token has expired');
        if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey) {
          throw new AuthError(`the token is not signed by a key of agency ${agency as string}`);
        }
        throw new AuthError(`the token was refused: ${(e as Error).message}`);
      }
    },
  };
}
