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

/** Milliseconds from the start of navigation until the overview has drawn its figures, map and charts. */
export async function overviewRenderMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid=overview-ready] [data-testid=flow-map] svg path', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.chart svg').length >= 7, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.now());
}
