/** Debian's Chromium driven by playwright-core (never a downloaded browser), and axe-core's check of a page. */
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

/** `apt-get install chromium` puts it here (`.ci/run` installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // evaluated through the DevTools protocol: the page's content security policy allows no inline script
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Where the time of one overview load went, in milliseconds from the start of navigation. */
export interface OverviewTiming {
  /** The entry script has run (and sent the overview's question). */
  entry: number;
  /** The question's answer has arrived (the longest GraphQL request). */
  answer: number;
  /** The overview has its data. */
  data: number;
  /** Figures, map and every chart drawn. */
  total: number;
}

/** Loads the overview and waits until it has drawn its figures, map and charts. */
export async function overviewRender(page: Page, url: string): Promise<OverviewTiming> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid=overview-ready] [data-testid=flow-map] svg path', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.chart svg').length >= 7, undefined, { timeout: 30_000 });
  // a string, not a function: tsx would wrap the function's inner arrows in a helper the page lacks
  return page.evaluate(`(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const graphql = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql')).map((e) => e.responseEnd);
    return { entry: mark('ssc:entry'), answer: Math.max(...graphql), data: mark('ssc:overview-data'), total: performance.now() };
  })()`) as Promise<OverviewTiming>;
}
