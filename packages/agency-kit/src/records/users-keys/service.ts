/** The rules of the agency's registry of users and signing keys: its admins manage both. */
import type { Identity } from '@ssc/auth';
import { InputError } from '@ssc/contract';
import { importJWK, type JWK } from 'jose';
import { Conflict, NotFound } from '../../errors.ts';
import { requireRole } from '../../identity.ts';
import type { Actor } from '../../unit-of-work.ts';
import { text } from '../../validate.ts';
import type { Deps } from '../common.ts';
import { insertKey, lockKey, lockUser, retireKey, type UserRow, upsertUser, usersInOrder } from './repository.ts';

/** Lists, changes or deactivates one of the agency's users; an admin may not lock themselves out. */
export async function setUser({ agency, uow }: Deps, actor: Actor, a: { user: string; roles: string[]; active: boolean }): Promise<void> {
  const { identity } = actor;
  requireRole(identity, agency.code, ['admin'], "managing the agency's users");
  const roles = [...new Set(a.roles.map((r) => r.toLowerCase()))];
  text('user', a.user, 200, true);
  if (a.user === identity.user && (!a.active || !roles.includes('admin'))) {
    throw new InputError('user', 'an admin may not deactivate themselves or drop their own admin role; ask another admin');
  }
  await uow.run(actor, 'setUser', async ({ trx }) => {
    const before = await lockUser(trx, a.user);
    const after = { user_id: a.user, roles, active: a.active, updated_by: identity.user };
    await upsertUser(trx, after);
    return { id: `user:${a.user}`, before: before ?? null, after };
  });
}

export async function listUsers({ agency, db }: Pick<Deps, 'agency' | 'db'>, identity: Identity): Promise<UserRow[]> {
  requireRole(identity, agency.code, ['admin'], "reading the agency's users");
  return usersInOrder(db);
}

const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** A public signing key from its JSON: a kid, no private part, and a key that jose can import. */
async function publicJwk(text: string): Promise<JWK> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new InputError('jwk', 'jwk is not JSON: pass a public JWK such as {"kty":"EC","crv":"P-256","x":...,"y":...,"kid":...}');
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new InputError('jwk', 'jwk must be a JSON object');
  if (typeof jwk.kid !== 'string' || !/^[\w.:-]{1,200}$/.test(jwk.kid))
    throw new InputError('jwk', 'jwk needs a kid of 1-200 letters, digits, ".", ":", "_" or "-"');
  if (PRIVATE_PARTS.some((p) => p in jwk))
    throw new InputError('jwk', 'jwk holds a private part: publish the public key only, never the private one');
  if (!['EC', 'OKP', 'RSA'].includes(String(jwk.kty))) throw new InputError('jwk', 'jwk.kty must be EC, OKP or RSA');
  const alg = jwk.alg ?? (jwk.kty === 'EC' ? 'ES256' : jwk.kty === 'OKP' ? 'EdDSA' : 'RS256');
  try {
    await importJWK(jwk, alg);
  } catch (e) {
    throw new InputError('jwk', `jwk is not a usable ${alg} key: ${(e as Error).message}`);
  }
  return { ...jwk, alg, use: 'sig' };
}

/** Publishes a new public key of the agency; returns its kid. */
export async function addSigningKey({ agency, uow }: Deps, actor: Actor, jwkText: string): Promise<string> {
  requireRole(actor.identity, agency.code, ['admin'], "managing the agency's signing keys");
  const jwk = await publicJwk(jwkText);
  const kid = jwk.kid as string;
  await uow.run(actor, 'addSigningKey', async ({ trx }) => {
    if (!(await insertKey(trx, { kid, jwk: JSON.stringify(jwk), added_by: actor.identity.user }))) {
      throw new Conflict(`${agency.code} already has a key ${kid}; keys are never reused: choose a new kid`);
    }
    return { id: `key:${kid}`, before: null, after: jwk };
  });
  return kid;
}

export async function retireSigningKey({ agency, uow }: Deps, actor: Actor, kid: string): Promise<void> {
  requireRole(actor.identity, agency.code, ['admin'], "managing the agency's signing keys");
  await uow.run(actor, 'retireSigningKey', async ({ trx }) => {
    const key = await lockKey(trx, kid);
    if (!key) throw new NotFound(`${agency.code} has no signing key ${kid}`);
    if (key.retired_at) throw new Conflict(`key ${kid} was already retired on ${key.retired_at.toISOString()}`);
    await retireKey(trx, kid);
    return { id: `key:${kid}`, before: { retiredAt: null }, after: { retiredAt: 'now' } };
  });
}
