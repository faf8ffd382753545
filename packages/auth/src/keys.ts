/**
 * Agencies' signing keys. Each agency publishes a JWKS (its public keys); the gateway and every
 * subgraph verify that agency's tokens against it. A source is a file (re-read when it changes:
 * rotate by replacing the file) or a URL (fetched and cached by jose; an unknown key id makes it
 * fetch again), so keys rotate without a restart.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCIES } from '@ssc/contract';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { AUDIENCE, type Identity, issuerOf } from './identity.ts';

export const ALGORITHM = 'ES256';

/** A key lookup for one agency's JWKS, from a file path or an http(s) URL. */
export function keySource(location: string): JWTVerifyGetKey {
  if (/^https?:\/\//.test(location)) return createRemoteJWKSet(new URL(location), { cooldownDuration: 5_000, cacheMaxAge: 600_000 });
  let mtime = -1;
  let checked = 0;
  let lookup: JWTVerifyGetKey | undefined;
  return (header, token) => {
    const now = Date.now();
    if (!lookup || now - checked > 1_000) {
      checked = now;
      const m = statSync(location).mtimeMs;
      if (m !== mtime || !lookup) {
        lookup = createLocalJWKSet(JSON.parse(readFileSync(location, 'utf8')) as JSONWebKeySet);
        mtime = m;
      }
    }
    return lookup(header, token);
  };
}

export const jwksFile = (dir: string, agency: string) => join(dir, `${agency.toLowerCase()}.jwks.json`);
export const privateKeyFile = (dir: string, agency: string) => join(dir, `${agency.toLowerCase()}.private.jwk.json`);

/**
 * Development keys for the embedded setup: one ES256 key pair per agency in `dir`, made on
 * first use (private key file readable by its owner only). Returns the JWKS file by agency.
 */
export async function ensureDevKeys(dir: string): Promise<Record<string, string>> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files: Record<string, string> = {};
  for (const agency of AGENCIES) {
    const pub = jwksFile(dir, agency.code);
    if (!existsSync(pub) || !existsSync(privateKeyFile(dir, agency.code))) {
      const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      const kid = `${agency.code.toLowerCase()}-dev-${new Date().toISOString().slice(0, 10)}`;
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' };
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM };
      writeFileSync(privateKeyFile(dir, agency.code), `${JSON.stringify(privateJwk, null, 1)}\n`, { mode: 0o600 });
      writeFileSync(pub, `${JSON.stringify({ keys: [publicJwk] }, null, 1)}\n`);
    }
    files[agency.code] = pub;
  }
  return files;
}

/** Signs a token for a user of an agency with the agency's private key. */
export async function issueToken(privateJwk: JWK, identity: Identity, ttlSeconds = 8 * 3600): Promise<string> {
  const key = await importJWK(privateJwk, ALGORITHM);
  return new SignJWT({ agency: identity.agency, roles: [...identity.roles] })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) })
    .setIssuer(issuerOf(identity.agency))
    .setAudience(AUDIENCE)
    .setSubject(identity.user)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key);
}

export function readPrivateKey(dir: string, agency: string): JWK {
  return JSON.parse(readFileSync(privateKeyFile(dir, agency), 'utf8')) as JWK;
}
