/**
 * Starting the federation's servers as separate OS processes, the way each is deployed:
 * `npm start` and the deployment test both use these.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsx = createRequire(import.meta.url).resolve('tsx');

const live = new Set<ChildProcess>();
// whatever way this process ends, it leaves no service behind
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a crash, for fault tests). */
  kill(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  /** The entry module (a `main.ts`), as a file URL or path. */
  entry: string | URL;
  args?: string[];
  env: Record<string, string>;
  /** Where the process's output goes (default: prefixed onto this process's output). */
  output?: 'inherit' | 'ignore' | ((line: string) => void);
}

export function spawnService(options: ServiceOptions): Service {
  const entry = options.entry instanceof URL ? fileURLToPath(options.entry) : options.entry;
  // detached: a terminal's Ctrl-C reaches only the parent, which stops the services in order
  const child = spawn(process.execPath, ['--import', tsx, entry, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const out = options.output ?? ((line: string) => process.stdout.write(`[${options.name}] ${line}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.on('data', (chunk: Buffer) => {
      if (out === 'ignore') return;
      buffer += chunk.toString('utf8');
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (out === 'inherit') process.stdout.write(`${line}\n`);
        else out(line);
        nl = buffer.indexOf('\n');
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: options.name,
    child,
    exited,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200; fails early when the service exits. */
export async function waitHealthy(service: Service, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${service.name} exited (code ${exitCode}) before it was healthy`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${service.name} was not healthy at ${url} within ${timeoutMs} ms`);
}
