/**
 * The container files of `deploy/` against the code: every variable a service reads is set or
 * defaulted (each deployable's own env module validates what the files give it, and nothing is
 * set that it does not read), ports and health paths agree between Dockerfiles, compose.yaml and
 * the Kubernetes manifests, and each agency's service points at its own database.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agencyEnvShape, loadAgencyEnv } from '@ssc/agency-kit';
import { AGENCIES, type AgencyEntry, GATEWAY, NETWORK } from '@ssc/contract';
import { DASHBOARD_DEFAULT_PORT, dashboardEnvShape, loadDashboardEnv } from '@ssc/dashboard';
import { gatewayEnvShape, loadGatewayEnv, SUBGRAPHS } from '@ssc/gateway';
import { describe, expect, it } from 'vitest';
import {
  type ComposeService,
  composeEnv,
  containerEnv,
  containersOf,
  copiesFrom,
  deployDir,
  execForm,
  healthCheck,
  imageEnv,
  instructions,
  readCompose,
  readDockerfile,
  renderKustomization,
} from './deploy-files.ts';

/** Variables read outside the env modules: the agency entry point's `AGENCY` (main.ts, like `--agency`). */
const AGENCY_ENTRY_VARIABLES = ['AGENCY'];

const DOCKERFILES = {
  agency: { file: 'agency.Dockerfile', dist: '/src/packages/agency-kit/dist', port: 4101 },
  network: { file: 'network.Dockerfile', dist: '/src/subgraphs/network/dist', port: NETWORK.defaultPort },
  gateway: { file: 'gateway.Dockerfile', dist: '/src/gateway/dist', port: GATEWAY.defaultPort },
  dashboard: { file: 'dashboard.Dockerfile', dist: '/src/apps/dashboard/dist', port: DASHBOARD_DEFAULT_PORT },
} as const;

const dockerfile = (name: keyof typeof DOCKERFILES) => readDockerfile(join(deployDir, DOCKERFILES[name].file));
const compose = readCompose();
const service = (name: string): ComposeService => {
  const s = compose.services[name];
  if (!s) throw new Error(`compose.yaml has no service ${name}`);
  return s;
};
/** What a compose service's process sees: its image's ENV (with its build args), then `environment`. */
const serviceEnv = (name: string) => {
  const s = service(name);
  const file = s.build?.dockerfile.replace(/^deploy\//, '');
  const image = file ? imageEnv(readDockerfile(join(deployDir, file)).final, s.build?.args) : {};
  return { ...image, ...composeEnv(s) };
};
/** The container side of each `host:container` port mapping. */
const containerPorts = (s: ComposeService) => (s.ports ?? []).map((p) => Number(String(p).split(':').at(-1)));
const unknown = (env: Record<string, string>, shape: Record<string, unknown>, extra: string[] = []) =>
  Object.keys(env).filter((k) => !(k in shape) && !extra.includes(k));

describe('Dockerfiles', () => {
  it.each(Object.keys(DOCKERFILES) as (keyof typeof DOCKERFILES)[])(
    '%s: multi-stage, non-root, only the built artifact, node dist/main.js, a health check on /health at its port',
    (name) => {
      const { stages, final } = dockerfile(name);
      expect(stages.length).toBeGreaterThanOrEqual(2);
      const build = stages.find((s) => s.name === 'build');
      expect(build, 'a stage named build').toBeDefined();
      expect(instructions(build as (typeof stages)[number], 'RUN').some((r) => r.startsWith('node scripts/build.mjs'))).toBe(true);
      // the image that runs: no package manager run, no sources, nothing but the artifact
      expect(instructions(final, 'RUN')).toEqual([]);
      expect(instructions(final, 'COPY').length).toBe(copiesFrom(final).length);
      expect(copiesFrom(final)).toEqual([{ from: 'build', src: DOCKERFILES[name].dist, dest: './dist' }]);
      expect(instructions(final, 'WORKDIR')).toEqual(['/app']);
      const user = instructions(final, 'USER');
      expect(user.length).toBe(1);
      expect(['root', '0']).not.toContain(user[0]);
      expect(execForm(instructions(final, 'CMD')[0] as string)).toEqual(['node', 'dist/main.js']);
      const env = imageEnv(final);
      expect(env.NODE_ENV).toBe('production');
      expect(env.HOST).toBe('0.0.0.0');
      expect(Number(env.PORT)).toBe(DOCKERFILES[name].port);
      expect(instructions(final, 'EXPOSE').map((p) => Number(p.replace(/\$\{?PORT\}?/, env.PORT as string)))).toEqual([Number(env.PORT)]);
      const check = healthCheck(final).join(' ');
      expect(check).toContain("'/health'");
      expect(check).toContain(`process.env.PORT || ${DOCKERFILES[name].port}`);
    },
  );
});

describe('compose.yaml', () => {
  const agencyServices = AGENCIES.map((a) => a.subgraph);

  it('has one PostgreSQL and one subgraph per agency, the gateway, Redis and the dashboard', () => {
    const names = Object.keys(compose.services);
    for (const a of AGENCIES) expect(names).toEqual(expect.arrayContaining([a.subgraph, `${a.subgraph}-db`]));
    expect(names).toEqual(expect.arrayContaining(['gateway', 'redis', 'dashboard']));
    for (const [name, s] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(s.depends_on ?? {})) expect(names, `${name} depends on ${dependency}`).toContain(dependency);
      if (s.build) expect(existsSync(join(deployDir, '..', s.build.dockerfile)), `${name}'s Dockerfile`).toBe(true);
    }
  });

  it.each(AGENCIES.map((a) => [a.code, a] as [string, AgencyEntry]))('%s: its own database, its port, every variable it reads', (_, a) => {
    const s = service(a.subgraph);
    expect(s.build?.dockerfile).toBe('deploy/agency.Dockerfile');
    expect(s.build?.args).toEqual({ AGENCY: a.code, PORT: String(a.defaultPort) });
    const env = serviceEnv(a.subgraph);
    expect(env.AGENCY).toBe(a.code);
    const parsed = loadAgencyEnv(a, env);
    expect(parsed.PORT).toBe(a.defaultPort);
    expect(containerPorts(s)).toEqual([a.defaultPort]);
    expect(unknown(env, agencyEnvShape(a), AGENCY_ENTRY_VARIABLES)).toEqual([]);
    // its own PostgreSQL: the database, user and password of the service next to it
    const url = new URL(parsed.DATABASE_URL);
    const db = service(`${a.subgraph}-db`);
    const dbEnv = composeEnv(db);
    expect(url.hostname).toBe(`${a.subgraph}-db`);
    expect(url.port).toBe('5432');
    expect(url.pathname).toBe(`/${dbEnv.POSTGRES_DB}`);
    expect(dbEnv.POSTGRES_DB).toBe(`ssc_${a.subgraph}`);
    expect(decodeURIComponent(url.username)).toBe(dbEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(dbEnv.POSTGRES_PASSWORD);
    expect(Object.keys(s.depends_on ?? {})).toContain(`${a.subgraph}-db`);
    expect(parsed.MIGRATE_ON_START).toBe(true);
  });

  it('gives each database to one agency only', () => {
    const hosts = agencyServices.map((s) => new URL(serviceEnv(s).DATABASE_URL as string).hostname);
    expect(new Set(hosts).size).toBe(hosts.length);
    const passwords = readCompose(Object.fromEntries(AGENCIES.map((a) => [`${a.code}_DB_PASSWORD`, `secret-${a.subgraph}`])));
    for (const a of AGENCIES) {
      const url = new URL(composeEnv(passwords.services[a.subgraph] as ComposeService).DATABASE_URL as string);
      expect(url.password).toBe(`secret-${a.subgraph}`);
      expect(composeEnv(passwords.services[`${a.subgraph}-db`] as ComposeService).POSTGRES_PASSWORD).toBe(`secret-${a.subgraph}`);
    }
  });

  it("points every server at each agency's registry and keys, where that agency's subgraph answers", () => {
    for (const name of [...agencyServices, 'gateway']) {
      const env = serviceEnv(name);
      for (const a of AGENCIES) {
        expect(env[`JWKS_${a.code}`], `${name}: JWKS_${a.code}`).toBe(`http://${a.subgraph}:${a.defaultPort}/.well-known/jwks.json`);
        if (name !== 'gateway')
          expect(env[`REGISTRY_${a.code}`], `${name}: REGISTRY_${a.code}`).toBe(`http://${a.subgraph}:${a.defaultPort}`);
      }
    }
  });

  it('the gateway: every subgraph at its service and port, Redis, every variable it reads', () => {
    const env = serviceEnv('gateway');
    const parsed = loadGatewayEnv(env);
    expect(unknown(env, gatewayEnvShape)).toEqual([]);
    expect(parsed.PORT).toBe(GATEWAY.defaultPort);
    expect(containerPorts(service('gateway'))).toEqual([GATEWAY.defaultPort]);
    for (const a of AGENCIES) {
      const port = loadAgencyEnv(a, serviceEnv(a.subgraph)).PORT;
      expect(parsed.subgraphUrls[a.subgraph]).toBe(`http://${a.subgraph}:${port}/graphql`);
      expect(service('gateway').depends_on?.[a.subgraph]?.condition).toBe('service_healthy');
    }
    // the network subgraph runs in the gateway's process: no service of its own to point at
    expect(parsed.NETWORK_IN_PROCESS).toBe(true);
    expect(SUBGRAPHS.map((s) => s.name)).toContain(NETWORK.subgraph);
    const redis = new URL(parsed.REDIS_URL as string);
    expect(redis.protocol).toBe('redis:');
    expect(Object.keys(compose.services)).toContain(redis.hostname);
    expect(redis.port).toBe('6379');
  });

  it('the dashboard: the gateway at its service and port, every variable it reads', () => {
    const env = serviceEnv('dashboard');
    const parsed = loadDashboardEnv(env);
    expect(unknown(env, dashboardEnvShape)).toEqual([]);
    expect(parsed.PORT).toBe(DASHBOARD_DEFAULT_PORT);
    expect(containerPorts(service('dashboard'))).toEqual([DASHBOARD_DEFAULT_PORT]);
    expect(parsed.GATEWAY_URL).toBe(`http://gateway:${GATEWAY.defaultPort}/graphql`);
    expect(parsed.devSignIn).toBe(false);
  });
});

describe('Kubernetes: a kustomize base and an overlay per agency', () => {
  it.each(AGENCIES.map((a) => [a.code, a] as [string, AgencyEntry]))(
    '%s: its agency, its own database secret, ports and probes',
    (_, a) => {
      const dir = join(deployDir, 'k8s', 'overlays', a.subgraph);
      expect(existsSync(join(dir, 'kustomization.yaml')), `an overlay in deploy/k8s/overlays/${a.subgraph}`).toBe(true);
      const objects = renderKustomization(dir);
      const deployment = objects.find((o) => o.kind === 'Deployment');
      const svc = objects.find((o) => o.kind === 'Service');
      if (!deployment || !svc) throw new Error('a Deployment and a Service');
      for (const o of objects) expect(o.metadata.namespace).toBe(`ssc-${a.subgraph}`);
      expect(deployment.metadata.name).toBe(`${a.subgraph}-subgraph`);
      const [container] = containersOf(deployment);
      if (!container) throw new Error('a container');
      expect(container.image).toBe(`ssc/subgraph-${a.subgraph}`);
      const env = containerEnv(objects, container);
      expect(env.AGENCY).toBe(a.code);
      const parsed = loadAgencyEnv(a, env);
      expect(unknown(env, agencyEnvShape(a), AGENCY_ENTRY_VARIABLES)).toEqual([]);
      expect(env.HOST).toBe('0.0.0.0');
      // its own database: a secret of this overlay, naming the agency's database
      const secretName = container.envFrom?.find((f) => f.secretRef)?.secretRef?.name;
      expect(secretName).toBe(`${a.subgraph}-subgraph-database`);
      expect(new URL(parsed.DATABASE_URL).pathname).toBe(`/ssc_${a.subgraph}`);
      // ports: PORT is the container's port named http, which the probes and the Service use
      const http = container.ports?.find((p) => p.name === 'http');
      expect(http?.containerPort).toBe(parsed.PORT);
      expect(container.readinessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.livenessProbe?.httpGet).toEqual({ path: '/live', port: 'http' });
      expect(container.startupProbe?.httpGet?.port).toBe('http');
      const ports = (svc.spec as { ports: { port: number; targetPort: string }[]; selector: Record<string, string> }).ports;
      expect(ports).toEqual([expect.objectContaining({ port: 80, targetPort: 'http' })]);
      // the Service selects this agency's pods only
      const selector = (svc.spec as { selector: Record<string, string> }).selector;
      const labels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
      for (const [k, v] of Object.entries(selector)) expect(labels[k]).toBe(v);
      expect(selector['ssc-federation/agency']).toBe(a.subgraph);
      // its own registry and keys: this subgraph, through its Service
      expect(env[`REGISTRY_${a.code}`]).toBe(`http://${svc.metadata.name}`);
      expect(env[`JWKS_${a.code}`]).toBe(`http://${svc.metadata.name}/.well-known/jwks.json`);
    },
  );
});
