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
  /** The current process (a new one after each restart). */
  readonly child: ChildProcess;
  /** Resolves when the first process has exited (a start that failed, or a crash). */
  readonly exited: Promise<number | null>;
  /** How many times the service was started again after its process ended on its own. */
  readonly restarts: number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. No restart follows. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a crash, for fault tests). No restart follows. */
  kill(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  /** The entry module, as a file URL or path: a built `dist/main.js`, or a `.ts` file (run through tsx). */
  entry: string | URL;
  args?: string[];
  /** Options of Node itself, before the entry (`--cpu-prof`, which NODE_OPTIONS may not hold). */
  nodeArgs?: string[];
  env: Record<string, string>;
  /** Where the process's output goes (default: prefixed onto this process's output). */
  output?: 'inherit' | 'ignore' | ((line: string) => void);
  /**
   * Start the process again when it ends without being asked to (default true): after 0.5 s,
   * doubling after each crash that comes within 30 s of its start, up to 30 s.
   */
  restart?: boolean;
}

/** Delay before restart number `crashes` (consecutive quick crashes): 0.5 s doubling, at most 30 s. */
export const restartDelay = (crashes: number) => Math.min(30_000, 500 * 2 ** Math.max(0, crashes - 1));

export function spawnService(options: ServiceOptions): Service {
  const entry = options.entry instanceof URL ? fileURLToPath(options.entry) : options.entry;
  const out = options.output ?? ((line: string) => process.stdout.write(`[${options.name}] ${line}\n`));
  const say = (line: string) => {
    if (out === 'ignore') return;
    if (out === 'inherit') process.stdout.write(`[${options.name}] ${line}\n`);
    else out(line);
  };
  let wanted = true;
  let restarts = 0;
  let crashes = 0;
  let timer: NodeJS.Timeout | undefined;
  let current!: { child: ChildProcess; exited: Promise<number | null> };

  const launch = () => {
    const startedAt = Date.now();
    // detached: a terminal's Ctrl-C reaches only the parent, which stops the services in order
    const command = entry.endsWith('.ts') ? ['--import', tsx, entry] : [entry];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...command, ...(options.args ?? [])], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    live.add(child);
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
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code, signal) => {
        live.delete(child);
        resolve(code);
        if (!wanted || options.restart === false) return;
        crashes = Date.now() - startedAt < 30_000 ? crashes + 1 : 1;
        const delay = restartDelay(crashes);
        say(`exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}); restarting in ${(delay / 1000).toFixed(1)} s`);
        timer = setTimeout(() => {
          timer = undefined;
          if (!wanted) return;
          restarts += 1;
          current = launch();
        }, delay);
      }),
    );
    return { child, exited };
  };
  current = launch();
  const first = current.exited;
  const running = () => current.child.exitCode === null && current.child.signalCode === null;
  return {
    name: options.name,
    get child() {
      return current.child;
    },
    exited: first,
    get restarts() {
      return restarts;
    },
    async kill() {
      wanted = false;
      clearTimeout(timer);
      if (!running()) return;
      current.child.kill('SIGKILL');
      await current.exited;
    },
    async stop(graceMs = 10_000) {
      wanted = false;
      clearTimeout(timer);
      if (!running()) return;
      current.child.kill('SIGTERM');
      const kill = setTimeout(() => current.child.kill('SIGKILL'), graceMs);
      await current.exited;
      clearTimeout(kill);
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
