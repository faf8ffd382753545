/**
 * `npm run screenshots`: PNGs of every view of the dashboard into `docs/screenshots/`, against
 * the seeded federation (the same stack as `npm run bench:dashboard`), at desktop width and, for
 * the overview and the explorer, at 360 px.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.ts';
import { startDashboardStack } from './dashboard-stack.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const VIEWS: { name: string; path: string; ready: string; width?: number }[] = [
  { name: 'overview', path: '/', ready: '[data-testid=overview-ready] [data-testid=flow-map] svg path' },
  { name: 'explorer', path: '/explorer?country=MZ', ready: '[data-testid=project-table]' },
  { name: 'project', path: '/projects/ABC-P-000002', ready: '[data-testid=evaluations]' },
  { name: 'country', path: '/countries/MZ', ready: '.chart svg' },
  { name: 'requests', path: '/requests', ready: '.board .card' },
  { name: 'experts', path: '/experts', ready: '[data-testid=expert-list]' },
  { name: 'evaluations', path: '/evaluations', ready: '[data-testid=evaluation-list]' },
  { name: 'overview-360', path: '/', ready: '[data-testid=overview-ready] [data-testid=flow-map] svg path', width: 360 },
  { name: 'explorer-360', path: '/explorer', ready: '[data-testid=project-table]', width: 360 },
];

mkdirSync(OUT, { recursive: true });
const stack = await startDashboardStack({ log: (line) => console.log(line) });
const browser = await launchChromium();
try {
  for (const view of VIEWS) {
    const page = await browser.newPage({ viewport: { width: view.width ?? 1280, height: 900 } });
    await page.goto(new URL(view.path, stack.dashboard.url).href);
    await page.waitForSelector(view.ready, { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('.chart-placeholder, .loading'), undefined, { timeout: 30_000 });
    const file = `${OUT}${view.name}.png`;
    // the first screen and a bit: a whole page of a long list says no more
    await page.screenshot({
      path: file,
      fullPage: false,
      clip: { x: 0, y: 0, width: view.width ?? 1280, height: view.width ? 1400 : 1100 },
    });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await stack.stop();
}
