/**
 * Each Dockerfile's build and start commands, run without a container engine: the build stage's
 * commands (its `npm ci` stands done: this repository's node_modules) write into a clean folder,
 * the final stage's `COPY --from=build` takes from there into a clean folder of its own outside
 * the repository (no node_modules anywhere above it), and its CMD starts there with the image's
 * ENV, against fresh databases of the test run's PostgreSQL. Every agency, the network subgraph,
 * the gateway and the dashboard must answer /health, and the image's HEALTHCHECK must pass.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys, issueToken, jwksVariable, readPrivateKey } from '@ssc/auth';
import { AGENCIES } from '@ssc/contract';
import { dropDatabase, ensureDatabase, serverUrl } from '@ssc/db';
import { subgraphUrlEnv } from '@ssc/gateway';
import { freePort } from '@ssc/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  copiesFrom,
  type Dockerfile,
  deployDir,
  execForm,
  healthCheck,
  imageEnv,
  instructions,
  readDockerfile,
  repoRoot,
} from './deploy-files.ts';

const NAMES = ['agency', 'network', 'gateway', 'dashboard'] as const;
type Name = (typeof NAMES)[number];
const files = Object.fromEntries(NAMES.map((n) => [n, readDockerfile(join(deployDir, `${n}.Dockerfile`))])) as Record<Name, Dockerfile>;

const buildRoot = mkdtempSync(join(tmpdir(), 'ssc-deploy-build-'));
const appsRoot = mkdtempSync(join(tmpdir(), 'ssc-deploy-app-'));
const appDir = (name: Name) => join(appsRoot, name);
const keysDir = mkdtempSync(join(tmpdir(), 'ssc-deploy-keys-'));
const children: ChildProcess[] = [];
const databases: string[] = [];

/** Runs a shell command to its end; rejects with its output unless it exits 0. */
function run(command: string, cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const s of [child.stdout, child.stderr]) s.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}:\n${output}`))));
  });
}

/** Starts the image's CMD in its folder with the image's ENV (build args applied) and `env` on top. */
const outputs: (() => string)[] = [];
function start(name: Name, buildArgs: Record<string, string>, env: Record<string, string>, args: string[] = []) {
  const [command, ...rest] = execForm(instructions(files[name].final, 'CMD')[0] as string);
  const child = spawn(command === 'node' ? process.execPath : (command as string), [...rest, ...args], {
    cwd: appDir(name),
    // nothing of this process's environment: only what the image and the deployment give
    env: { PATH: process.env.PATH ?? '', ...imageEnv(files[name].final, buildArgs), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const s of [child.stdout, child.stderr]) s?.on('data', (c: Buffer) => (output = (output + c.toString('utf8')).slice(-4000)));
  children.push(child);
  return { child, output: () => output };
}

async function healthy(url: string, started: ReturnType<typeof start>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`exited ${started.child.exitCode} before it was healthy:\n${started.output()}`);
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy at ${url} within ${timeoutMs} ms:\n${started.output()}`);
}

/** The image's HEALTHCHECK command, run in its folder with `env`: its exit code. */
function runHealthCheck(name: Name, env: Record<string, string>): number | null {
  const [command, ...rest] = healthCheck(files[name].final);
  return spawnSync(command === 'node' ? process.execPath : (command as string), rest, {
    cwd: appDir(name),
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 10_000,
  }).status;
}

beforeAll(async () => {
  await Promise.all(
    NAMES.map(async (name) => {
      const build = files[name].stages.find((s) => s.name === 'build');
      if (!build) throw new Error(`${name}: no build stage`);
      // WORKDIR /src + COPY . . is this repository; `npm ci` is done (its node_modules)
      for (const command of instructions(build, 'RUN')) {
        if (/^npm ci\b/.test(command)) continue;
        await run(command, repoRoot, { SSC_BUILD_ROOT: buildRoot });
      }
      expect(instructions(files[name].final, 'WORKDIR')).toEqual(['/app']);
      for (const copy of copiesFrom(files[name].final)) {
        cpSync(join(buildRoot, copy.src.replace(/^\/src\//, '')), join(appDir(name), copy.dest), { recursive: true });
      }
    }),
  );
}, 600_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
  const adminUrl = inject('adminDatabaseUrl');
  for (const name of databases) await dropDatabase(adminUrl, name);
  rmSync(buildRoot, { recursive: true, force: true });
  rmSync(appsRoot, { recursive: true, force: true });
  rmSync(keysDir, { recursive: true, force: true });
});

describe('each Dockerfile built and started in a clean folder', () => {
  const agencyUrls: Record<string, string> = {};
  let gatewayUrl = '';

  it('leaves the repository alone and carries no node_modules', () => {
    for (const name of NAMES) {
      expect(existsSync(join(appDir(name), 'dist', 'main.js')), name).toBe(true);
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name, ...walk(join(dir, e.name))] : []));
      expect(walk(appDir(name))).not.toContain('node_modules');
    }
  });

  it('every agency: migrates its own empty database, answers /health, passes its HEALTHCHECK, holds its own fields', async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const jwks = await ensureDevKeys(keysDir);
    const keys = Object.fromEntries(Object.entries(jwks).map(([agency, file]) => [jwksVariable(agency), file]));
    await Promise.all(
      AGENCIES.map(async (a) => {
        const database = `deploy_${a.subgraph}_${process.pid}`;
        await ensureDatabase(adminUrl, database);
        databases.push(database);
        const port = String(await freePort());
        const env = {
          HOST: '127.0.0.1',
          PORT: port,
          DATABASE_URL: serverUrl(adminUrl, database),
          MIGRATE_ON_START: 'true',
          LOG_LEVEL: 'warn',
          INTROSPECTION: 'true',
          ...keys,
        };
        const started = start('agency', { AGENCY: a.code }, env);
        outputs.push(started.output);
        await healthy(`http://127.0.0.1:${port}/health`, started);
        expect(runHealthCheck('agency', { PORT: port }), `${a.code}'s HEALTHCHECK`).toBe(0);
        agencyUrls[a.subgraph] = `http://127.0.0.1:${port}/graphql`;
        // the agency's own package is in the bundle: its concrete types (and own field) are served
        const res = await fetch(agencyUrls[a.subgraph] as string, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        });
        const sdl = ((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
        expect(sdl).toContain(`type ${a.typePrefix}Project`);
      }),
    );
    // JICA's own field comes from its package (@ssc/subgraph-jica), bundled in
    const jica = AGENCIES.find((a) => a.code === 'JICA');
    if (jica) {
      const res = await fetch(agencyUrls[jica.subgraph] as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl).toMatch(/scheme/);
    }
    // seeding through the same artifact (the image's `node dist/main.js seed N`)
    const abc = AGENCIES[0];
    if (!abc) throw new Error('an empty registry');
    const seeded = spawnSync(process.execPath, ['dist/main.js', 'seed', '5'], {
      cwd: appDir('agency'),
      env: {
        PATH: process.env.PATH ?? '',
        ...imageEnv(files.agency.final, { AGENCY: abc.code }),
        DATABASE_URL: serverUrl(adminUrl, `deploy_${abc.subgraph}_${process.pid}`),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(seeded.status, seeded.stderr).toBe(0);

    // an IATI file checked against the IATI schemas (carried) by libxml2 (WebAssembly, carried)
    const example = readFileSync(join(repoRoot, 'packages/agency-kit/src/iati/fixtures/activity-standard-example-annotated.xml'), 'utf8');
    const token = await issueToken(readPrivateKey(keysDir, abc.code), { agency: abc.code, user: 'deploy', roles: ['admin'] });
    const post = async (body: string) => {
      const res = await fetch(`${(agencyUrls[abc.subgraph] as string).replace(/\/graphql$/, '')}/iati/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${token}` },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const broken = await post(example.replace('<activity-status code="2" />', '<activity-status />'));
    expect(broken.status, `${JSON.stringify(broken.body)}\n${outputs.map((o) => o()).join('\n')}`).toBe(422);
    expect(JSON.stringify(broken.body)).toMatch(/code.*required/);
    expect((await post(example)).body).toMatchObject({ activities: 1, created: 1, refused: [] });
  }, 300_000);

  it('the network subgraph answers /health and passes its HEALTHCHECK', async () => {
    const port = String(await freePort());
    const started = start('network', {}, { HOST: '127.0.0.1', PORT: port, LOG_LEVEL: 'warn' });
    await healthy(`http://127.0.0.1:${port}/health`, started);
    expect(runHealthCheck('network', { PORT: port })).toBe(0);
  }, 120_000);

  it('the gateway, with its supergraph, answers /health and a cross-agency query, and passes its HEALTHCHECK', async () => {
    const port = String(await freePort());
    const started = start('gateway', {}, { HOST: '127.0.0.1', PORT: port, LOG_LEVEL: 'warn', ...subgraphUrlEnv(agencyUrls) });
    await healthy(`http://127.0.0.1:${port}/health`, started);
    expect(runHealthCheck('gateway', { PORT: port })).toBe(0);
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects(first: 50) { totalCount nodes { id agency { code } } } }' }),
    });
    const body = (await res.json()) as {
      data: { projects: { totalCount: number; nodes: { agency: { code: string } }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.totalCount).toBeGreaterThan(0);
    expect(new Set(body.data.projects.nodes.map((n) => n.agency.code))).toContain(AGENCIES[0]?.code);
  }, 120_000);

  it('the dashboard serves its client and passes /graphql on to the gateway, and passes its HEALTHCHECK', async () => {
    const port = String(await freePort());
    const started = start('dashboard', {}, { HOST: '127.0.0.1', PORT: port, GATEWAY_URL: gatewayUrl });
    await healthy(`http://127.0.0.1:${port}/health`, started);
    expect(runHealthCheck('dashboard', { PORT: port })).toBe(0);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script[^>]+src="\/assets\//);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agencies { code } }' }),
    });
    const body = (await res.json()) as { data?: { agencies: { code: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.agencies.map((a) => a.code)).toEqual(expect.arrayContaining(AGENCIES.map((a) => a.code)));
  }, 120_000);
});
