/**
 * The dashboard's own small server: the built client, POST /graphql passed on to the gateway
 * (same origin, so no CORS), and in development only a token endpoint that signs with the
 * agencies' development keys.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { issueToken, ROLES, readPrivateKey } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { z } from 'zod';
import type { DashboardEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // everything the client needs comes from this origin: no tiles, fonts or scripts from elsewhere
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
};

export const tokenRequestSchema = z.object({
  agency: z.enum(AGENCIES.map((a) => a.code) as [string, ...string[]]),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  user: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/)
    .default('dev-user'),
});

export interface RunningDashboard {
  readonly url: string;
  stop(): Promise<void>;
}

async function body(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(value));
};

export function dashboardHandler(env: DashboardEnv) {
  const root = normalize(env.DIST_DIR);

  /** GET (persisted queries, by hash) and POST are passed on; the gateway's Cache-Control comes back with the answer. */
  const proxy = async (req: IncomingMessage, res: ServerResponse) => {
    const get = req.method === 'GET';
    const payload = get ? undefined : await body(req, env.MAX_BODY_BYTES);
    if (!get && !payload) return json(res, 413, { errors: [{ message: `request body larger than ${env.MAX_BODY_BYTES} bytes` }] });
    const headers: Record<string, string> = get ? {} : { 'content-type': 'application/json' };
    for (const name of ['authorization', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const search = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
    try {
      const answer = await fetch(`${env.GATEWAY_URL}${search}`, {
        method: get ? 'GET' : 'POST',
        headers,
        ...(payload ? { body: new Uint8Array(payload) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const age = answer.headers.get('age');
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
        'cache-control': answer.headers.get('cache-control') ?? 'no-store',
        ...(age ? { age } : {}),
        vary: answer.headers.get('vary') ?? 'authorization',
        ...SECURITY_HEADERS,
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (err) {
      json(res, 502, {
        errors: [{ message: `the gateway did not answer: ${(err as Error).message}`, extensions: { code: 'GATEWAY_UNAVAILABLE' } }],
      });
    }
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    if (!env.devSignIn || !env.DEV_KEYS_DIR) return json(res, 404, { error: 'development sign-in is not offered here' });
    const payload = await body(req, 10_000);
    let parsed: z.infer<typeof tokenRequestSchema>;
    try {
      parsed = tokenRequestSchema.parse(JSON.parse(payload?.toString('utf8') ?? ''));
    } catch {
      return json(res, 400, {
        error: `expected {"agency": one of ${AGENCIES.map((a) => a.code).join(', ')}, "roles": [${ROLES.join(', ')}], "user"}`,
      });
    }
    const signed = await issueToken(readPrivateKey(env.DEV_KEYS_DIR, parsed.agency), parsed, env.DEV_TOKEN_SECONDS);
    json(res, 200, { token: signed, expiresIn: env.DEV_TOKEN_SECONDS });
  };

  const file = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let target = normalize(join(root, path));
    if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) return json(res, 404, { error: 'not found' });
    const isFile = await stat(target).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) {
      // a view's address (no extension) gets the client, which routes it; a missing asset is a 404
      if (extname(path)) return json(res, 404, { error: 'not found' });
      target = join(root, 'index.html');
    }
    try {
      const content = await readFile(target);
      const immutable = target.includes(`${sep}assets${sep}`);
      res.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      });
      if (req.method === 'HEAD') res.end();
      else res.end(content);
    } catch {
      json(res, 503, { error: 'the dashboard is not built: npm run build -w @ssc/dashboard' });
    }
  };

  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/health') return json(res, 200, { ok: true });
      if (path === '/graphql')
        return req.method === 'POST' || req.method === 'GET' ? await proxy(req, res) : json(res, 405, { error: 'GET or POST only' });
      if (path === '/dev/status') return json(res, 200, { signIn: env.devSignIn });
      if (path === '/dev/token') return req.method === 'POST' ? await token(req, res) : json(res, 405, { error: 'POST only' });
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'GET only' });
      return await file(req, res);
    } catch (err) {
      if (!res.headersSent) json(res, 500, { error: (err as Error).message });
      else res.destroy();
    }
  };
}

export async function startDashboardServer(env: DashboardEnv): Promise<RunningDashboard> {
  const server = createServer(dashboardHandler(env));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  return {
    url: `http://${host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
