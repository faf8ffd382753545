/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) against a seeded
 * federation: its server started through `startDashboard`, as `npm start` starts it.
 */

import { type RunningDashboardService, startDashboard } from '@ssc/stack';
import { freePort } from '@ssc/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousViolations } from './browser.ts';
import { useFederation } from './federation.ts';

const federation = useFederation();
let dashboard: RunningDashboardService;
let browser: Browser;

beforeAll(async () => {
  dashboard = await startDashboard({
    gatewayUrl: federation().gatewayUrl,
    keysDir: federation().keysDir,
    port: await freePort(),
    output: 'ignore',
  });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
}, 30_000);

const FLOW_COLOR = '#c2410c';
const digits = (s: string | null) => Number((s ?? '').replace(/[^0-9]/g, ''));

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(new URL(path, dashboard.url).href);
  return page;
}

async function data<T>(query: string, variables?: Record<string, unknown>, token: string | null = null): Promise<T> {
  const res = await federation().as<T>(token, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

describe('the overview', () => {
  it('shows the same figures as the API and one map path per flow', async () => {
    const api = await data<{
      projectStats: { count: number; budgetUsd: number; byCountry: unknown[]; flows: unknown[] };
      evaluationStats: { count: number };
      requestStats: { count: number };
      expertStats: { count: number };
    }>(
      '{ projectStats { count budgetUsd byCountry { key } flows { count } } evaluationStats { count } requestStats { count } expertStats { count } }',
    );
    const page = await open('/');
    try {
      await page.waitForSelector('[data-testid=overview-ready] [data-testid=flow-map] svg path', { timeout: 30_000 });
      const figure = (id: string) => page.textContent(`[data-testid=figure-${id}]`);
      expect(digits(await figure('projects'))).toBe(api.projectStats.count);
      expect(await figure('budget')).toBe(
        new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(
          api.projectStats.budgetUsd,
        ),
      );
      expect(digits(await figure('countries'))).toBe(api.projectStats.byCountry.length);
      expect(digits(await figure('flows'))).toBe(api.projectStats.flows.length);
      expect(digits(await figure('evaluations'))).toBe(api.evaluationStats.count);
      expect(digits(await figure('requests'))).toBe(api.requestStats.count);
      expect(digits(await figure('experts'))).toBe(api.expertStats.count);
      expect(api.projectStats.flows.length).toBeGreaterThan(0);
      const flowPaths = await page.locator(`[data-testid=flow-map] svg path[stroke="${FLOW_COLOR}"]`).count();
      expect(flowPaths).toBe(api.projectStats.flows.length);
    } finally {
      await page.close();
    }
  });
});

describe('the explorer', () => {
  it('puts a filter in the address and shows the total of the filtered list', async () => {
    const all = await data<{ projects: { totalCount: number } }>('{ projects { totalCount } }');
    const jica = await data<{ projects: { totalCount: number } }>('{ projects(filter: { agencies: ["JICA"] }) { totalCount } }');
    const page = await open('/explorer');
    try {
      await expect
        .poll(async () => digits(await page.textContent('[data-testid=total]')), { timeout: 20_000 })
        .toBe(all.projects.totalCount);
      // the dashboard asks its queries by hash with GET (persisted queries), which HTTP caches may keep
      const asked: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname === '/graphql') asked.push(`${r.method()} ${url.searchParams.has('extensions') ? 'by hash' : 'whole'}`);
      });
      await page.getByRole('checkbox', { name: 'JICA' }).check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('agency')).toEqual(['JICA']);
      await expect
        .poll(async () => digits(await page.textContent('[data-testid=total]')), { timeout: 20_000 })
        .toBe(jica.projects.totalCount);
      expect(asked).toContain('GET by hash');
      // the address alone gives the same list
      await page.goto(new URL('/explorer?agency=JICA', dashboard.url).href);
      await expect
        .poll(async () => digits(await page.textContent('[data-testid=total]')), { timeout: 20_000 })
        .toBe(jica.projects.totalCount);
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('after')).toBeTruthy();
    } finally {
      await page.close();
    }
  });
});

describe('the project page', () => {
  it("shows ProSAVANA-JBM's records of ABC and JICA and their joint evaluation", async () => {
    const page = await open('/projects/ABC-P-000002');
    try {
      await page.waitForSelector('[data-testid=record-JICA]', { timeout: 20_000 });
      expect(await page.textContent('h1')).toMatch(/ProSAVANA-JBM/);
      expect(await page.textContent('[data-testid=record-ABC]')).toMatch(/ABC-P-000002/);
      expect(await page.textContent('[data-testid=record-JICA]')).toMatch(/JICA-P-000002/);
      const joint = page.locator('[data-testid="evaluation-JICA-E-000001"]');
      await expect.poll(() => joint.count()).toBe(1);
      expect(await joint.textContent()).toMatch(/Joint.*JICA \+ ABC/);
      expect(await page.textContent('[data-testid=evaluations]')).toMatch(/Sign-offs/);
    } finally {
      await page.close();
    }
  });

  it('shows a draft evaluation to a signed-in evaluator and not to an anonymous visitor', async () => {
    const token = await federation().token('ABC', ['evaluator']);
    const created = await data<{ createAbcEvaluation: { id: string; status: string } }>(
      `mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id status } }`,
      {
        input: {
          projectId: 'ABC-P-000002',
          type: 'JOINT',
          date: '2026-11-20',
          evaluators: ['ABC', 'JICA'],
          ratings: [
            { criterion: 'RELEVANCE', score: 3 },
            { criterion: 'COHERENCE', score: 3 },
            { criterion: 'EFFECTIVENESS', score: 3 },
            { criterion: 'EFFICIENCY', score: 2 },
            { criterion: 'IMPACT', score: 3 },
            { criterion: 'SUSTAINABILITY', score: 3 },
          ],
        },
      },
      token,
    );
    expect(created.createAbcEvaluation.status).toBe('DRAFT');
    const draft = `[data-testid="evaluation-${created.createAbcEvaluation.id}"]`;
    const page = await open('/projects/ABC-P-000002');
    try {
      await page.waitForSelector('[data-testid=evaluations]', { timeout: 20_000 });
      expect(await page.locator(draft).count()).toBe(0);
      await page.getByRole('button', { name: 'Sign in (development)' }).click();
      await page.getByLabel('Agency').selectOption('ABC');
      await page.getByRole('checkbox', { name: 'evaluator' }).check();
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForSelector('[data-testid=session]');
      await page.waitForSelector(draft, { timeout: 20_000 });
      expect(await page.textContent(draft)).toMatch(/Draft/);
      // signed out, the draft is gone again
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => page.locator(draft).count(), { timeout: 20_000 }).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('an agency that is down', () => {
  it('gets a banner naming it while the rest renders', async () => {
    await federation().stopSubgraph('jica');
    const page = await open('/explorer');
    try {
      const banner = page.getByTestId('agency-banner');
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.textContent()).toMatch(/JICA/);
      expect(await page.locator('[data-testid=project-table] tbody tr').count()).toBeGreaterThan(0);
      await page.goto(new URL('/', dashboard.url).href);
      await page.getByTestId('agency-banner').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('agency-banner').textContent()).toMatch(/JICA/);
      await page.waitForSelector('[data-testid=overview-ready]');
    } finally {
      await page.close();
      await federation().restartSubgraph('jica');
    }
  }, 60_000);
});

describe('accessibility and small screens', () => {
  const VIEWS: [string, string][] = [
    ['/', '[data-testid=overview-ready] .chart svg'],
    ['/explorer', '[data-testid=project-table]'],
    ['/projects/ABC-P-000002', '[data-testid=evaluations]'],
    ['/countries/MZ', '.chart svg'],
    ['/requests', '.board'],
    ['/experts', '[data-testid=expert-list]'],
    ['/evaluations', '[data-testid=evaluation-list]'],
  ];
  for (const [path, ready] of VIEWS) {
    it(`${path}: axe-core finds no serious or critical violation, and nothing overflows 360 px`, async () => {
      const page = await open(path);
      try {
        await page.waitForSelector(ready, { timeout: 30_000 });
        expect(await seriousViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 740 });
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
