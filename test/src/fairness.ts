/**
 * Fairness under the heaviest load the limits accept: while `clients` callers send the heaviest
 * accepted request back to back, how long does a simple lookup take compared with when the
 * federation is idle? The test and `npm run bench` both measure it this way.
 */
import { postGraphQL } from '@ssc/server-kit';

/** A list nested in a list: institutions, each with its own cross-agency project search. */
export const HEAVY = 'query Heavy($n: Int!) { institutions(first: $n) { nodes { id projects(first: 1) { totalCount } } } }';
/** A simple lookup: one project of one agency by id. */
export const LOOKUP = 'query Lookup($id: ID!) { project(id: $id) { id title status } }';

/** The `p`th percentile of `values` (sorted here; the bench uses it too). */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** The largest `n` for which the gateway accepts HEAVY (it refuses more as QUERY_TOO_COSTLY). */
export async function heaviestAccepted(url: string): Promise<number> {
  let low = 1;
  let high = 500;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    // a refused request costs nothing: ask for the cost only
    const res = await postGraphQL(url, HEAVY, { n: mid }, { accept: 'application/json' });
    if (res.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COSTLY')) high = mid - 1;
    else low = mid;
  }
  return low;
}

export interface Round {
  idle: { p50: number; p95: number; count: number };
  loaded: { p50: number; p95: number; count: number };
  /** Loaded p95 over idle p95. */
  ratio: number;
}

export interface Fairness extends Round {
  /** Heaviest accepted `n` of HEAVY. */
  n: number;
  /** Every round; the figures above are the round with the median ratio. */
  rounds: Round[];
  /** Heavy requests completed during the loads, and how many answered errors. */
  heavy: { done: number; errors: number; p50: number };
}

async function lookups(url: string, id: string, until: number, gapMs: number): Promise<number[]> {
  const out: number[] = [];
  while (performance.now() < until) {
    const t0 = performance.now();
    const res = await postGraphQL<{ project: { id: string } | null }>(url, LOOKUP, { id }, FRESH);
    out.push(performance.now() - t0);
    if (res.errors?.length || res.data?.project?.id !== id) throw new Error(`the lookup failed: ${JSON.stringify(res).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return out;
}

/**
 * Every request computed afresh: never the response cache's answer (`no-cache`), and each heavy
 * client asks a page of its own size (`n`, `n - 1`, ...) so that no two share their fetches in flight.
 */
const FRESH = { 'cache-control': 'no-cache' };

const stats = (v: number[]) => ({ p50: percentile(v, 50), p95: percentile(v, 95), count: v.length });

/**
 * `rounds` times: lookups alone for `seconds`, then lookups for `seconds` while `clients`
 * callers send the heaviest accepted request back to back. The result is the round with the
 * median ratio (one round is at the mercy of a stray pause on a shared machine).
 */
export async function measureFairness(
  url: string,
  options: { clients?: number; seconds?: number; rounds?: number; id?: string } = {},
): Promise<Fairness> {
  const clients = options.clients ?? 4;
  const ms = (options.seconds ?? 4) * 1_000;
  const id = options.id ?? 'ABC-P-000002';
  const n = await heaviestAccepted(url);
  // warm up both (the servers compile their hot paths)
  await lookups(url, id, performance.now() + 500, 5);
  for (let round = 0; round < 2; round++)
    await Promise.all(Array.from({ length: clients }, (_, k) => postGraphQL(url, HEAVY, { n: n - k }, FRESH)));
  const heavyTimes: number[] = [];
  let heavyErrors = 0;
  const rounds: Round[] = [];
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    const idle = stats(await lookups(url, id, performance.now() + ms, 20));
    let stop = false;
    const load = Array.from({ length: clients }, async (_, k) => {
      while (!stop) {
        const t0 = performance.now();
        const res = await postGraphQL(url, HEAVY, { n: n - k }, FRESH);
        heavyTimes.push(performance.now() - t0);
        if (res.errors?.length) heavyErrors += 1;
      }
    });
    // let the heavy requests pile up before measuring
    await new Promise((r) => setTimeout(r, 1_000));
    const loaded = stats(await lookups(url, id, performance.now() + ms, 20));
    stop = true;
    await Promise.all(load);
    rounds.push({ idle, loaded, ratio: loaded.p95 / idle.p95 });
  }
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)] as Round;
  return { n, ...median, rounds, heavy: { done: heavyTimes.length, errors: heavyErrors, p50: percentile(heavyTimes, 50) } };
}
