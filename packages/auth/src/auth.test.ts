import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIENCE, CLOCK_SKEW_SECONDS, issuerOf, MAX_TOKEN_SECONDS } from './identity.ts';
import { ensureDevKeys, issueToken, jwksFile, readPrivateKey } from './keys.ts';
import { AuthError, createVerifier } from './verifier.ts';

const dir = mkdtempSync(join(tmpdir(), 'ssc-auth-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tokens', () => {
  it('verify for the agency that signed them, with its roles', async () => {
    const files = await ensureDevKeys(dir);
    const verifier = createVerifier(files);
    const token = await issueToken(readPrivateKey(dir, 'JICA'), { agency: 'JICA', user: 'kenji', roles: ['evaluator'] });
    expect(await verifier.identify(`Bearer ${token}`)).toEqual({ agency: 'JICA', user: 'kenji', roles: ['evaluator'] });
    expect(await verifier.identify(undefined)).toBeNull();
  });

  it('refuse one agency signing for another, expired tokens, unknown agencies and garbage', async () => {
    const files = await ensureDevKeys(dir);
    const verifier = createVerifier(files);
    const forged = await issueToken(readPrivateKey(dir, 'JICA'), { agency: 'ABC', user: 'mallory', roles: ['admin'] });
    await expect(verifier.identify(`Bearer ${forged}`)).rejects.toThrow(/not signed by a key of agency ABC/);
    const expired = await issueToken(readPrivateKey(dir, 'ABC'), { agency: 'ABC', user: 'ana', roles: ['officer'] }, -60);
    await expect(verifier.identify(`Bearer ${expired}`)).rejects.toThrow(/expired/);
    const stranger = await issueToken(readPrivateKey(dir, 'ABC'), { agency: 'NASA', user: 'x', roles: [] });
    await expect(verifier.identify(`Bearer ${stranger}`)).rejects.toThrow(/"NASA" are not accepted/);
    await expect(verifier.identify('Bearer nonsense')).rejects.toThrow(/not a JWT/);
    await expect(verifier.identify('Basic dXNlcjpwYXNz')).rejects.toThrow(/Bearer/);
    const unknownRole = await new SignJWT({ agency: 'ABC', roles: ['superuser'] })
      .setProtectedHeader({ alg: 'ES256', kid: readPrivateKey(dir, 'ABC').kid as string })
      .setIssuer(issuerOf('ABC'))
      .setAudience(AUDIENCE)
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await (await import('jose')).importJWK(readPrivateKey(dir, 'ABC'), 'ES256'));
    await expect(verifier.identify(`Bearer ${unknownRole}`)).rejects.toThrow(/refused/);
  });

  it('refuse a token dated ahead (iat in the future) or expiring more than 24 hours from now', async () => {
    const files = await ensureDevKeys(dir);
    const verifier = createVerifier(files);
    const key = readPrivateKey(dir, 'ABC');
    const signed = async (iat: number, exp: number) =>
      new SignJWT({ agency: 'ABC', roles: ['officer'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid as string })
        .setIssuer(issuerOf('ABC'))
        .setAudience(AUDIENCE)
        .setSubject('ana')
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(await importJWK(key, 'ES256'));
    const now = Math.floor(Date.now() / 1000);
    const decade = 10 * 365 * 24 * 3600;
    // the issue's token: issued ten years ahead, living "only" 24 hours from then
    const ahead = await signed(now + decade, now + decade + MAX_TOKEN_SECONDS);
    await expect(verifier.identify(`Bearer ${ahead}`)).rejects.toThrow(/issued in the future/);
    // an hour ahead is refused as well; a few seconds of skew are not
    await expect(verifier.identify(`Bearer ${await signed(now + 3600, now + 7200)}`)).rejects.toThrow(/issued in the future/);
    const skewed = await signed(now + 30, now + 3600);
    expect(await verifier.identify(`Bearer ${skewed}`)).toEqual({ agency: 'ABC', user: 'ana', roles: ['officer'] });
    // exp more than 24 h from now, even with iat within the skew
    const long = await signed(now + CLOCK_SKEW_SECONDS, now + CLOCK_SKEW_SECONDS + MAX_TOKEN_SECONDS);
    expect(await verifier.identify(`Bearer ${long}`)).toMatchObject({ user: 'ana' });
    await expect(verifier.identify(`Bearer ${await signed(now - 10, now + MAX_TOKEN_SECONDS + 600)}`)).rejects.toThrow(/24 hours/);
    // ordinary tokens pass: the full 24 hours, and the development CLI's 8 hours
    expect(await verifier.identify(`Bearer ${await signed(now, now + MAX_TOKEN_SECONDS)}`)).toMatchObject({ user: 'ana' });
    const ordinary = await issueToken(key, { agency: 'ABC', user: 'ana', roles: ['officer'] });
    expect(await verifier.identify(`Bearer ${ordinary}`)).toEqual({ agency: 'ABC', user: 'ana', roles: ['officer'] });
  });

  it('refuse a properly signed token whose sub or agency holds a control character or a lone surrogate', async () => {
    const files = await ensureDevKeys(dir);
    const verifier = createVerifier(files);
    const key = readPrivateKey(dir, 'ABC');
    const signed = async (sub: string, agency = 'ABC') =>
      new SignJWT({ agency, roles: ['officer'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid as string })
        .setIssuer(issuerOf(agency))
        .setAudience(AUDIENCE)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(await importJWK(key, 'ES256'));
    // the issue's token: a NUL in sub
    await expect(verifier.identify(`Bearer ${await signed('a\u0000b')}`)).rejects.toThrow(/claim sub: .*control character/);
    for (const sub of ['a\nb', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\u2028b', 'a\ud800b', 'x\udc00', 'x'.repeat(201), '']) {
      await expect(verifier.identify(`Bearer ${await signed(sub)}`), JSON.stringify(sub)).rejects.toThrow(AuthError);
    }
    // printable names still pass, accents, CJK and astral characters included
    for (const sub of ['ana', 'José da Silva', '田中', 'user@abc.gov.br', '🙂', 'x'.repeat(200)]) {
      expect(await verifier.identify(`Bearer ${await signed(sub)}`)).toMatchObject({ user: sub, agency: 'ABC' });
    }
  });

  it('follow a key rotation in the JWKS file without a restart', async () => {
    const files = await ensureDevKeys(dir);
    const verifier = createVerifier(files);
    const old = await issueToken(readPrivateKey(dir, 'UNOSSC'), { agency: 'UNOSSC', user: 'u', roles: ['viewer'] });
    expect(await verifier.identify(`Bearer ${old}`)).toMatchObject({ agency: 'UNOSSC' });
    // the agency publishes a new key and retires the old one
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = 'unossc-2027';
    writeFileSync(jwksFile(dir, 'UNOSSC'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] }));
    await new Promise((r) => setTimeout(r, 1_100));
    const fresh = await issueToken(
      { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
      { agency: 'UNOSSC', user: 'u', roles: ['viewer'] },
    );
    expect(await verifier.identify(`Bearer ${fresh}`)).toMatchObject({ agency: 'UNOSSC' });
    await expect(verifier.identify(`Bearer ${old}`)).rejects.toThrow(/not signed by a key of agency UNOSSC/);
    expect(JSON.parse(readFileSync(jwksFile(dir, 'UNOSSC'), 'utf8')).keys).toHaveLength(1);
  });
});
