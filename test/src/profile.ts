/**
 * `npm run profile -w @ssc/test`: where the time of a cross-agency list goes, process by process.
 *
 * Seeds PROFILE_SIZE projects per agency (default 1,000), starts the federation as separate
 * processes, each with V8's CPU profiler (`--cpu-prof`), and sends distinct cross-agency lists
 * (rotating filters and page sizes; `CACHE_MAX_AGE=0`, so that every request runs its plan) at
 * concurrency PROFILE_CONCURRENCY (4) for PROFILE_SECONDS (20). Then it stops the federation and
 * sums each profile's samples by where the code comes from (a package, our own code, Node's
 * internals, the garbage collector), per request: the gateway, the network subgraph, and the mean
 * of the agency subgraphs. PROFILE_ENV adds environment to every server (`A=1,B=2`), to compare.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postGraphQL } from '@ssc/server-kit';
import { benchDatabaseServer, benchFederation } from './bench-setup.ts';
import { percentile } from './fairness.ts';
import { distinctLists } from './workloads.ts';

const SIZE = Number(process.env.PROFILE_SIZE ?? 1000);
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.PROFILE_CONCURRENCY ?? 4);
const EXTRA = Object.fromEntries(
  (process.env.PROFILE_ENV ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const log = (line: string) => process.stdout.write(`${line}\n`);

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from. */
function origin(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'garbage collector';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'V8 and native code';
  if (!url) return `native: ${fn || '(anonymous)'}`;
  if (url.startsWith('node:')) {
    const part = /^node:(?:internal\/)?(?:deps\/)?([^/]+)/.exec(url)?.[1] ?? url;
    return `Node: ${part}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] ?? 'a package';
  const own = /\/(packages|subgraphs|gateway|apps)\/([^/]+)\//.exec(url);
  return own ? `ours: ${own[1] === 'gateway' ? 'gateway' : own[2]}` : url;
}

/** The monotonic clock of V8's profiles (µs), which every process on the machine shares. */
const now = () => Number(process.hrtime.bigint() / 1000n);

/** Milliseconds of CPU by origin and by function (self time), of the samples taken within `window` (µs). */
function summarise(
  profile: CpuProfile,
  window: [number, number],
): { byOrigin: Map<string, number>; byFunction: Map<string, number>; busy: number } {
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= window[0] && at <= window[1]) self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const where = origin(node.callFrame.url, node.callFrame.functionName);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + ms);
    if (where === 'idle') continue;
    busy += ms;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/work\/[^/]+\//, '')}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  return { byOrigin, byFunction, busy };
}

function kind(text: string): string {
  if (text.includes('gateway/src/main.ts')) return 'gateway';
  if (text.includes('subgraphs/network/src/main.ts')) return 'network';
  if (text.includes('agency-kit/src/main.ts')) return 'agency';
  return 'other';
}

async function run(): Promise<void> {
  const profiles = mkdtempSync(join(tmpdir(), 'ssc-profile-'));
  const server = await benchDatabaseServer('profile');
  let requests = 0;
  // the load's start and end: start-up and shutdown are not counted
  const window: [number, number] = [0, 0];
  const latencies: number[] = [];
  try {
    const federation = await benchFederation(server.adminUrl, {
      size: SIZE,
      prefix: `profile${SIZE}_`,
      env: { CACHE_MAX_AGE: '0', ...EXTRA },
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
      // the sources, not the bundles: each frame's file names its package
      fromSources: true,
      log,
    });
    try {
      const next = distinctLists();
      // warm-up: plans, connections, compiled code
      for (let i = 0; i < 20; i++) await postGraphQL(federation.gatewayUrl, next().query, next().variables);
      window[0] = now();
      const until = Date.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (Date.now() < until) {
            const op = next();
            const started = performance.now();
            const res = await postGraphQL(federation.gatewayUrl, op.query, op.variables);
            if (res.errors) throw new Error(`the list failed: ${JSON.stringify(res.errors).slice(0, 300)}`);
            latencies.push(performance.now() - started);
            requests += 1;
          }
        }),
      );
      window[1] = now();
    } finally {
      await federation.stop();
    }
    log(
      `\n${requests} distinct cross-agency lists in ${SECONDS} s at concurrency ${CONCURRENCY} (${SIZE.toLocaleString('en')} projects per agency): ` +
        `${(requests / SECONDS).toFixed(1)} rps, p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms` +
        (Object.keys(EXTRA).length ? ` (with ${process.env.PROFILE_ENV})` : ''),
    );
    const kinds = new Map<string, ReturnType<typeof summarise>[]>();
    for (const file of readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'))) {
      const text = readFileSync(join(profiles, file), 'utf8');
      const k = kind(text);
      kinds.set(k, [...(kinds.get(k) ?? []), summarise(JSON.parse(text) as CpuProfile, window)]);
    }
    for (const k of ['gateway', 'network', 'agency']) {
      // the network subgraph runs in the gateway's process unless NETWORK_IN_PROCESS=false
      const list = kinds.get(k) ?? [];
      if (!list.length) continue;
      const n = list.length;
      const perRequest = (ms: number) => (ms / n / requests).toFixed(3);
      const merge = (pick: (s: ReturnType<typeof summarise>) => Map<string, number>) => {
        const total = new Map<string, number>();
        for (const s of list) for (const [key, ms] of pick(s)) total.set(key, (total.get(key) ?? 0) + ms);
        return [...total].sort((a, b) => b[1] - a[1]);
      };
      const busy = list.reduce((sum, s) => sum + s.busy, 0);
      log(`\n== ${k}${n > 1 ? ` (mean of ${n} processes)` : ''}: ${perRequest(busy)} ms of CPU per request ==`);
      for (const [where, ms] of merge((s) => s.byOrigin)
        .filter(([w]) => w !== 'idle')
        .slice(0, 24))
        log(`  ${perRequest(ms).padStart(7)} ms  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${where}`);
      log('  top functions (self time):');
      for (const [name, ms] of merge((s) => s.byFunction).slice(0, 12)) log(`  ${perRequest(ms).padStart(7)} ms  ${name.slice(0, 110)}`);
    }
  } finally {
    await server.stop();
    rmSync(profiles, { recursive: true, force: true });
  }
}

await run();
