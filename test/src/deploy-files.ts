/**
 * Reading the container files of `deploy/` as the tools that use them would, for the tests that
 * check them against the code (`deploy-files.test.ts`) and run them (`deploy-build.test.ts`):
 * Dockerfiles (stages, ENV, ARG, COPY, HEALTHCHECK, CMD), compose.yaml (merge keys and
 * `${VAR:-default}`), and each Kubernetes overlay rendered as kustomize renders the few features
 * it uses (resources, namePrefix, namespace, labels, images, config map and secret generators).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const deployDir = join(repoRoot, 'deploy');

export interface Instruction {
  readonly keyword: string;
  readonly args: string;
}
export interface Stage {
  readonly from: string;
  readonly name?: string;
  readonly instructions: Instruction[];
}
export interface Dockerfile {
  readonly stages: Stage[];
  /** The last stage, the image that runs. */
  readonly final: Stage;
}

/** Stages and instructions (continuations joined, comments dropped). */
export function readDockerfile(file: string): Dockerfile {
  const lines = readFileSync(file, 'utf8').split('\n');
  const joined: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('#') && current === '') continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    current += line;
    if (current.trim()) joined.push(current.trim());
    current = '';
  }
  const stages: Stage[] = [];
  for (const line of joined) {
    const space = line.indexOf(' ');
    const keyword = line.slice(0, space).toUpperCase();
    const args = line.slice(space + 1).trim();
    if (keyword === 'FROM') {
      const [from, as, name] = args.split(/\s+/);
      stages.push({ from: from as string, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${file}: ${keyword} before FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  const final = stages.at(-1);
  if (!final) throw new Error(`${file}: no stage`);
  return { stages, final };
}

export const instructions = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

/** `key=value` pairs of ENV or ARG (quotes removed); an ARG without a default is undefined. */
function pairs(args: string): [string, string | undefined][] {
  return (args.match(/[A-Za-z_][A-Za-z0-9_]*(=("[^"]*"|\S*))?/g) ?? []).map((p) => {
    const eq = p.indexOf('=');
    return eq < 0 ? [p, undefined] : [p.slice(0, eq), p.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
  });
}

/** The environment a stage's image starts with: its ENV, with `${ARG}` replaced by build args or ARG defaults. */
export function imageEnv(stage: Stage, buildArgs: Record<string, string> = {}): Record<string, string> {
  const args: Record<string, string | undefined> = {};
  const env: Record<string, string> = {};
  for (const i of stage.instructions) {
    if (i.keyword === 'ARG') for (const [k, v] of pairs(i.args)) args[k] = buildArgs[k] ?? v;
    if (i.keyword === 'ENV')
      for (const [k, v] of pairs(i.args)) {
        const value = (v ?? '').replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => args[name] ?? env[name] ?? '');
        if (value !== '') env[k] = value;
      }
  }
  return env;
}

/** An exec-form instruction's argument list (`CMD ["node", "dist/main.js"]`). */
export function execForm(args: string): string[] {
  const at = args.indexOf('[');
  return JSON.parse(args.slice(at)) as string[];
}

/** A HEALTHCHECK's command, without its options. */
export function healthCheck(stage: Stage): string[] {
  const [check] = instructions(stage, 'HEALTHCHECK');
  if (!check) throw new Error('no HEALTHCHECK');
  const cmd = check.indexOf('CMD');
  return execForm(check.slice(cmd + 3));
}

/** `COPY --from=<stage> <src> <dest>` of a stage. */
export function copiesFrom(stage: Stage): { from: string; src: string; dest: string }[] {
  return instructions(stage, 'COPY').flatMap((args) => {
    const parts = args.split(/\s+/);
    const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
    const paths = parts.filter((p) => !p.startsWith('--'));
    return from ? [{ from, src: paths[0] as string, dest: paths[1] as string }] : [];
  });
}

/** Replaces `${VAR:-default}` and `${VAR}` as compose does (`vars` stands for the shell's environment). */
function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-([^}]*))?\}/g,
    (_, name: string, __, fallback: string | undefined) => vars[name] ?? fallback ?? '',
  );
}

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

export function readCompose(vars: Record<string, string> = {}): {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
} {
  return parse(interpolate(readFileSync(join(deployDir, 'compose.yaml'), 'utf8'), vars), { merge: true });
}

/** A compose service's environment as strings. */
export const composeEnv = (s: ComposeService): Record<string, string> =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]));

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface Kustomization {
  namespace?: string;
  namePrefix?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  configMapGenerator?: { name: string; behavior?: 'create' | 'merge'; literals?: string[] }[];
  secretGenerator?: { name: string; envs?: string[] }[];
}

const envFile = (file: string) =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/**
 * A kustomization rendered: its resources (and its bases'), generated ConfigMaps and Secrets
 * (merged over the base's; a secret's env file read from `<file>.example` when the file itself is
 * absent, as in a clone), then its namePrefix (on names and on references to generated objects),
 * namespace, labels and images applied.
 */
export function renderKustomization(dir: string): K8sObject[] {
  const k = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const objects: K8sObject[] = [];
  for (const r of k.resources ?? []) {
    const path = join(dir, r);
    if (existsSync(join(path, 'kustomization.yaml'))) objects.push(...renderKustomization(path));
    else objects.push(...parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS() as K8sObject));
  }
  for (const g of k.configMapGenerator ?? []) {
    const data = Object.fromEntries((g.literals ?? []).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const existing = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === g.name);
    if (g.behavior === 'merge') {
      if (!existing) throw new Error(`${dir}: merge into a missing ConfigMap ${g.name}`);
      existing.data = { ...existing.data, ...data };
    } else objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data });
  }
  for (const g of k.secretGenerator ?? []) {
    const stringData = Object.assign(
      {},
      ...(g.envs ?? []).map((e) => envFile(existsSync(join(dir, e)) ? join(dir, e) : join(dir, `${e}.example`))),
    ) as Record<string, string>;
    objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: g.name }, stringData });
  }
  if (k.namePrefix) {
    const prefix = k.namePrefix;
    const generated = new Set(objects.filter((o) => o.kind === 'ConfigMap' || o.kind === 'Secret').map((o) => o.metadata.name));
    for (const o of objects) {
      o.metadata.name = `${prefix}${o.metadata.name}`;
      // references to generated objects follow their new names
      for (const c of containersOf(o))
        for (const from of c.envFrom ?? []) {
          const ref = from.configMapRef ?? from.secretRef;
          if (ref && generated.has(ref.name)) ref.name = `${prefix}${ref.name}`;
        }
    }
  }
  for (const o of objects) {
    if (k.namespace) o.metadata.namespace = k.namespace;
    for (const l of k.labels ?? []) {
      o.metadata.labels = { ...o.metadata.labels, ...l.pairs };
      if (!l.includeSelectors) continue;
      const spec = o.spec as
        | {
            selector?: Record<string, unknown> & { matchLabels?: Record<string, string> };
            template?: { metadata: { labels: Record<string, string> } };
          }
        | undefined;
      if (o.kind === 'Service' && spec?.selector) Object.assign(spec.selector, l.pairs);
      if (spec?.selector?.matchLabels) Object.assign(spec.selector.matchLabels, l.pairs);
      if (spec?.template) spec.template.metadata.labels = { ...spec.template.metadata.labels, ...l.pairs };
    }
    for (const c of containersOf(o)) {
      const image = k.images?.find((i) => i.name === c.image.split(':')[0]);
      if (image) c.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
    }
  }
  return objects;
}

export interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; value?: string }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  startupProbe?: { httpGet?: { path: string; port: string | number } };
}

export function containersOf(o: K8sObject): Container[] {
  const spec = o.spec as { template?: { spec?: { containers?: Container[] } } } | undefined;
  return spec?.template?.spec?.containers ?? [];
}

/** A container's environment: its ConfigMaps' and Secrets' keys (envFrom), then its env. */
export function containerEnv(objects: K8sObject[], c: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
    const source = objects.find((o) => o.kind === kind && o.metadata.name === ref?.name);
    if (!source) throw new Error(`${c.name}: no ${kind} ${ref?.name}`);
    Object.assign(env, source.data, source.stringData);
  }
  for (const e of c.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
  return env;
}
