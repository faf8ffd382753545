/**
 * `npm run bench:dashboard`: how long the overview takes to render fully (key figures, the
 * flows map and every chart drawn), from the start of navigation, against the seeded federation
 * (200 generated projects per agency plus the facts), in Debian's Chromium. Budget: 1.5 s.
 * Each run is a fresh browser context (empty cache: the JavaScript is fetched and compiled
 * again); then the same with a warm cache. Settings: BENCH_RUNS (default 5).
 */
import { cpus, loadavg } from 'node:os';
import { launchChromium, type OverviewTiming, overviewRender } from './browser.ts';
import { startDashboardStack } from './dashboard-stack.ts';
import { percentile } from './fairness.ts';

export const OVERVIEW_BUDGET_MS = 1_500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const stack = await startDashboardStack();
const browser = await launchChromium();
try {
  const cold: OverviewTiming[] = [];
  const warm: OverviewTiming[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    cold.push(await overviewRender(page, stack.dashboard.url));
    warm.push(await overviewRender(page, stack.dashboard.url));
    await context.close();
  }
  const median = (runs: OverviewTiming[], key: keyof OverviewTiming) =>
    percentile(
      runs.map((r) => r[key]),
      50,
    ).toFixed(0);
  const line = (name: string, runs: OverviewTiming[]) =>
    `${name.padEnd(10)} median ${median(runs, 'total')} ms, worst ${Math.max(...runs.map((r) => r.total)).toFixed(0)} ms ` +
    `(${runs.map((r) => r.total.toFixed(0)).join(', ')}); medians: entry run ${median(runs, 'entry')}, ` +
    `answer in ${median(runs, 'answer')}, data in the view ${median(runs, 'data')}`;
  console.log(
    `overview fully rendered, from navigation (${RUNS} runs, budget ${OVERVIEW_BUDGET_MS} ms), on ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}:`,
  );
  console.log(`  ${line('cold cache', cold)}`);
  console.log(`  ${line('warm cache', warm)}`);
  const over =
    percentile(
      cold.map((r) => r.total),
      50,
    ) > OVERVIEW_BUDGET_MS;
  console.log(over ? '  OVER BUDGET' : '  within budget');
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  await stack.stop();
}
