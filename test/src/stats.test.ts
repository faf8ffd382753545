import { AGENCIES, DAC_CRITERIA, toUsd } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

// the gateway's default limits: the landing query must pass them (the reference walks are written to fit them too)
// no response cache: every read must reach the agencies (one is stopped below)
const federation = useFederation({ seedProjects: 130, env: { CACHE_MAX_AGE: '0' } });

type Bucket = { key: string; label: string; count: number; budgetUsd: number };
type Conn<T> = { totalCount: number; nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Answer<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const B = 'key label count budgetUsd';
const PROJECT_STATS = `projectStats(filter: $projects) {
  count budgets { currency amount } budgetUsd
  byAgency { ${B} } byCountry { ${B} } byRegion { ${B} } bySector { ${B} } bySectorCategory { ${B} } bySdg { ${B} }
  byStatus { ${B} } byModality { ${B} } byStartYear { ${B} }
  flows { provider { code } recipient { code } count budgetUsd }
}`;
const EVALUATION_STATS = `evaluationStats(filter: $evaluations) {
  count byRating { ${B} } criteria { criterion label mean count } byAgency { ${B} } byEvaluator { ${B} }
}`;
const REQUEST_STATS = `requestStats(filter: $requests) { count byStatus { ${B} } byCountry { ${B} } decided medianDaysToDecision }`;
const EXPERT_STATS = `expertStats(filter: $experts) { count bySector { ${B} } byLanguage { ${B} } byAvailability { ${B} } }`;
const VARIABLES = '$projects: ProjectFilter, $evaluations: EvaluationFilter, $requests: CooperationRequestFilter, $experts: ExpertFilter';
/** The dashboard's landing query: every statistic with every breakdown. */
const LANDING = `query Landing(${VARIABLES}) { ${PROJECT_STATS} ${EVALUATION_STATS} ${REQUEST_STATS} ${EXPERT_STATS} }`;

type Filters = { projects?: unknown; evaluations?: unknown; requests?: unknown; experts?: unknown };
type Landing = {
  projectStats: Record<string, unknown> & { count: number; byAgency: Bucket[] };
  evaluationStats: Record<string, unknown> & { count: number };
  requestStats: Record<string, unknown> & { count: number };
  expertStats: Record<string, unknown> & { count: number };
};

/** Every record of a list, walked through the gateway in pages of 500. */
async function walk<T>(token: string | null, field: string, filterType: string, filter: unknown, fields: string): Promise<T[]> {
  const seen: T[] = [];
  let after: string | null = null;
  do {
    const res: Answer<Record<string, Conn<T>>> = await federation().as(
      token,
      `query($filter: ${filterType}, $after: String) { ${field}(filter: $filter, first: 500, after: $after) { totalCount nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data?.[field] as Conn<T>;
    seen.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

/** A breakdown computed in the test: counts and dollars by key. */
class Tally {
  readonly groups = new Map<string, { count: number; usd: number; label: string }>();
  add(key: string, usd = 0, label = ''): void {
    const g = this.groups.get(key) ?? { count: 0, usd: 0, label };
    g.count += 1;
    g.usd += usd;
    this.groups.set(key, g);
  }
  /** As the graph orders buckets: by count (most first), then key. */
  expected() {
    return [...this.groups]
      .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .map(([key, g]) => ({ key, count: g.count, budgetUsd: expect.closeTo(g.usd, 2) }));
  }
}
const shape = (buckets: Bucket[]) => buckets.map(({ key, count, budgetUsd }) => ({ key, count, budgetUsd }));
const labels = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.key, b.label]));
const unique = <T>(values: T[]) => [...new Set(values)].sort();

type ProjectNode = {
  agency: { code: string; country: { code: string } };
  status: string;
  modality: string;
  startDate: string | null;
  budget: { amount: number; currency: string } | null;
  recipientCountries: { code: string; name: string; region: string | null }[];
  sectors: { code: string; name: string; category: string | null }[];
  sdgs: { goal: number }[];
};
const PROJECT_FIELDS =
  'agency { code country { code } } status modality startDate budget { amount currency } recipientCountries { code name region } sectors { code name category } sdgs { goal }';

/** ProjectStats as the rules say, from every project of the list. */
function projectReference(projects: ProjectNode[]) {
  const t = Object.fromEntries(
    ['agency', 'country', 'region', 'sector', 'category', 'sdg', 'status', 'modality', 'year'].map((k) => [k, new Tally()]),
  ) as Record<string, Tally>;
  const budgets = new Map<string, number>();
  const flows = new Map<string, { provider: { code: string }; recipient: { code: string }; count: number; usd: number }>();
  let budgetUsd = 0;
  const tally = (name: string) => t[name] as Tally;
  for (const p of projects) {
    const year = p.startDate ? Number(p.startDate.slice(0, 4)) : null;
    const usd = p.budget ? (toUsd(p.budget.amount, p.budget.currency, year) ?? 0) : 0;
    if (p.budget) budgets.set(p.budget.currency, (budgets.get(p.budget.currency) ?? 0) + p.budget.amount);
    budgetUsd += usd;
    tally('agency').add(p.agency.code, usd);
    tally('status').add(p.status, usd);
    tally('modality').add(p.modality, usd);
    tally('year').add(year === null ? 'NONE' : String(year), usd);
    const countries = unique(p.recipientCountries.map((c) => c.code));
    if (!countries.length) {
      tally('country').add('NONE', usd);
      tally('region').add('NONE', usd);
    }
    const regions = new Map<string, number>();
    for (const c of countries) {
      const country = p.recipientCountries.find((r) => r.code === c);
      tally('country').add(c, usd / countries.length, country?.name);
      const region = country?.region ?? 'NONE';
      regions.set(region, (regions.get(region) ?? 0) + 1);
      const key = `${p.agency.country.code}>${c}`;
      const flow = flows.get(key) ?? { provider: { code: p.agency.country.code }, recipient: { code: c }, count: 0, usd: 0 };
      flow.count += 1;
      flow.usd += usd / countries.length;
      flows.set(key, flow);
    }
    for (const [region, n] of regions) tally('region').add(region, (usd * n) / countries.length);
    const sectors = unique(p.sectors.map((s) => s.code));
    if (!sectors.length) {
      tally('sector').add('NONE', usd);
      tally('category').add('NONE', usd);
    }
    const categories = new Map<string, number>();
    for (const s of sectors) {
      tally('sector').add(s, usd / sectors.length, p.sectors.find((x) => x.code === s)?.name);
      categories.set(s.slice(0, 3), (categories.get(s.slice(0, 3)) ?? 0) + 1);
    }
    for (const [category, n] of categories) tally('category').add(category, (usd * n) / sectors.length);
    const goals = unique(p.sdgs.map((g) => String(g.goal)));
    if (!goals.length) tally('sdg').add('NONE', usd);
    for (const g of goals) tally('sdg').add(g, usd / goals.length);
  }
  return {
    count: projects.length,
    budgets: [...budgets]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amount]) => ({ currency, amount: expect.closeTo(amount, 2) })),
    budgetUsd: expect.closeTo(budgetUsd, 2),
    byAgency: tally('agency').expected(),
    byCountry: tally('country').expected(),
    byRegion: tally('region').expected(),
    bySector: tally('sector').expected(),
    bySectorCategory: tally('category').expected(),
    bySdg: tally('sdg').expected(),
    byStatus: tally('status').expected(),
    byModality: tally('modality').expected(),
    byStartYear: tally('year').expected(),
    flows: [...flows.values()]
      .sort(
        (a, b) =>
          b.count - a.count ||
          (a.provider.code < b.provider.code ? -1 : a.provider.code > b.provider.code ? 1 : 0) ||
          (a.recipient.code < b.recipient.code ? -1 : 1),
      )
      .map((f) => ({ provider: f.provider, recipient: f.recipient, count: f.count, budgetUsd: expect.closeTo(f.usd, 2) })),
    labels: { country: tally('country'), sector: tally('sector') },
  };
}

const BREAKDOWNS = [
  'byAgency',
  'byCountry',
  'byRegion',
  'bySector',
  'bySectorCategory',
  'bySdg',
  'byStatus',
  'byModality',
  'byStartYear',
] as const;

function expectProjectStats(actual: Record<string, unknown>, projects: ProjectNode[]) {
  const expected = projectReference(projects);
  expect(actual.count).toBe(expected.count);
  expect(actual.budgets).toEqual(expected.budgets);
  expect(actual.budgetUsd).toEqual(expected.budgetUsd);
  for (const b of BREAKDOWNS) expect(shape(actual[b] as Bucket[]), b).toEqual(expected[b]);
  expect(actual.flows).toEqual(expected.flows);
  // each breakdown shares out the whole budget (projects without a country or sector fall in NONE)
  for (const b of ['byCountry', 'byRegion', 'bySector', 'bySectorCategory', 'bySdg', 'byStatus', 'byStartYear'] as const) {
    const sum = (actual[b] as Bucket[]).reduce((a, x) => a + x.budgetUsd, 0);
    expect(sum, b).toBeCloseTo(actual.budgetUsd as number, 2);
  }
  const countryLabels = labels(actual.byCountry as Bucket[]);
  for (const [code, g] of expected.labels.country.groups) expect(countryLabels[code]).toBe(g.label);
  const sectorLabels = labels(actual.bySector as Bucket[]);
  for (const [code, g] of expected.labels.sector.groups) expect(sectorLabels[code]).toBe(g.label);
  const agencyLabels = labels(actual.byAgency as Bucket[]);
  for (const a of AGENCIES) if (agencyLabels[a.code]) expect(agencyLabels[a.code]).toBe(a.name);
  for (const b of BREAKDOWNS) for (const bucket of actual[b] as Bucket[]) expect(bucket.label, `${b} ${bucket.key}`).not.toBe('');
}

type EvaluationNode = {
  agency: { code: string };
  evaluators: { code: string }[];
  overallRating: string | null;
  ratings: { criterion: string; score: number }[];
};
const EVALUATION_FIELDS = 'agency { code } evaluators { code } overallRating ratings { criterion score }';

function expectEvaluationStats(actual: Record<string, unknown>, evaluations: EvaluationNode[]) {
  const rating = new Tally();
  const agency = new Tally();
  const evaluator = new Tally();
  const scores = new Map<string, number[]>();
  for (const e of evaluations) {
    rating.add(e.overallRating ?? 'NONE');
    agency.add(e.agency.code);
    for (const code of unique(e.evaluators.map((x) => x.code))) evaluator.add(code);
    for (const r of e.ratings) scores.set(r.criterion, [...(scores.get(r.criterion) ?? []), r.score]);
  }
  expect(actual.count).toBe(evaluations.length);
  expect(shape(actual.byRating as Bucket[])).toEqual(rating.expected());
  expect(shape(actual.byAgency as Bucket[])).toEqual(agency.expected());
  expect(shape(actual.byEvaluator as Bucket[])).toEqual(evaluator.expected());
  expect(actual.criteria).toEqual(
    DAC_CRITERIA.map((criterion) => {
      const s = scores.get(criterion) ?? [];
      return {
        criterion,
        label: expect.any(String),
        mean: s.length ? expect.closeTo(s.reduce((a, b) => a + b, 0) / s.length, 9) : null,
        count: s.length,
      };
    }),
  );
}

type RequestNode = {
  status: string;
  requester: { country: { code: string } };
  submittedAt: string;
  history: { to: string; at: string }[];
};
const REQUEST_FIELDS = 'status requester { country { code } } submittedAt history { to at }';

function expectRequestStats(actual: Record<string, unknown>, requests: RequestNode[]) {
  const status = new Tally();
  const country = new Tally();
  const days: number[] = [];
  for (const r of requests) {
    status.add(r.status);
    country.add(r.requester.country.code);
    const decisions = r.history.filter((h) => h.to === 'ACCEPTED' || h.to === 'DECLINED').map((h) => Date.parse(h.at));
    if (decisions.length) days.push(Math.floor((Math.min(...decisions) - Date.parse(r.submittedAt)) / 86_400_000));
  }
  days.sort((a, b) => a - b);
  const mid = days.length / 2;
  const median = !days.length
    ? null
    : days.length % 2
      ? (days[Math.floor(mid)] as number)
      : ((days[mid - 1] as number) + (days[mid] as number)) / 2;
  expect(actual.count).toBe(requests.length);
  expect(shape(actual.byStatus as Bucket[])).toEqual(status.expected());
  expect(shape(actual.byCountry as Bucket[])).toEqual(country.expected());
  expect(actual.decided).toBe(days.length);
  expect(actual.medianDaysToDecision).toBe(median);
}

type ExpertNode = {
  sectors: { code: string }[];
  languages: { code: string }[];
  availability: { from: string; to: string }[];
  deployments: { startDate: string; endDate: string }[];
};
/** Two walks merged by id: asked at once, the fields of a page of 500 cost more than the default LIMIT_COST allows. */
async function walkExperts(token: string | null, filter: unknown): Promise<ExpertNode[]> {
  const [codes, dates] = await Promise.all([
    walk<Pick<ExpertNode, 'sectors' | 'languages'> & { id: string }>(
      token,
      'experts',
      'ExpertFilter',
      filter,
      'id sectors { code } languages { code }',
    ),
    walk<Pick<ExpertNode, 'availability' | 'deployments'> & { id: string }>(
      token,
      'experts',
      'ExpertFilter',
      filter,
      'id availability { from to } deployments { startDate endDate }',
    ),
  ]);
  const byId = new Map(dates.map((x) => [x.id, x]));
  expect(byId.size).toBe(codes.length);
  return codes.map((x) => ({ ...x, availability: byId.get(x.id)?.availability ?? [], deployments: byId.get(x.id)?.deployments ?? [] }));
}

function expectExpertStats(actual: Record<string, unknown>, experts: ExpertNode[]) {
  const today = new Date().toISOString().slice(0, 10);
  const sector = new Tally();
  const language = new Tally();
  const availability = new Tally();
  for (const x of experts) {
    const sectors = unique(x.sectors.map((s) => s.code));
    if (!sectors.length) sector.add('NONE');
    for (const s of sectors) sector.add(s);
    const languages = unique(x.languages.map((l) => l.code));
    if (!languages.length) language.add('NONE');
    for (const l of languages) language.add(l);
    availability.add(
      x.deployments.some((d) => d.startDate <= today && d.endDate >= today)
        ? 'deployed'
        : x.availability.some((w) => w.from <= today && w.to >= today)
          ? 'available'
          : x.availability.some((w) => w.from > today)
            ? 'upcoming'
            : 'unavailable',
    );
  }
  expect(actual.count).toBe(experts.length);
  expect(shape(actual.bySector as Bucket[])).toEqual(sector.expected());
  expect(shape(actual.byLanguage as Bucket[])).toEqual(language.expected());
  expect(shape(actual.byAvailability as Bucket[])).toEqual(availability.expected());
}

/** The landing query and the four reference walks, for one caller and one set of filters. */
async function compareAll(token: string | null, filters: Filters) {
  const res: Answer<Landing> = await federation().as(token, LANDING, filters);
  expect(res.errors).toBeUndefined();
  const stats = res.data as Landing;
  const [projects, evaluations, requests, experts] = await Promise.all([
    walk<ProjectNode>(token, 'projects', 'ProjectFilter', filters.projects ?? null, PROJECT_FIELDS),
    walk<EvaluationNode>(token, 'evaluations', 'EvaluationFilter', filters.evaluations ?? null, EVALUATION_FIELDS),
    walk<RequestNode>(token, 'cooperationRequests', 'CooperationRequestFilter', filters.requests ?? null, REQUEST_FIELDS),
    walkExperts(token, filters.experts ?? null),
  ]);
  expectProjectStats(stats.projectStats, projects);
  expectEvaluationStats(stats.evaluationStats, evaluations);
  expectRequestStats(stats.requestStats, requests);
  expectExpertStats(stats.expertStats, experts);
  return { stats, projects, evaluations, requests, experts };
}

const NARROW: Filters = {
  projects: { statuses: ['CLOSED', 'IMPLEMENTATION'], modalities: ['BILATERAL', 'REGIONAL'], startsFrom: '2010-01-01' },
  evaluations: { types: ['FINAL', 'EX_POST'] },
  requests: { statuses: ['ACCEPTED', 'DECLINED', 'CONVERTED'] },
  experts: { languages: ['pt', 'es'] },
};

describe('statistics across agencies', () => {
  it('answers every breakdown of the four statistics as a full walk of the lists computes it', async () => {
    const { stats } = await compareAll(null, {});
    expect(stats.projectStats.count).toBeGreaterThan(AGENCIES.length * 100);
    expect(stats.projectStats.byAgency.map((b) => b.key).sort()).toEqual(AGENCIES.map((a) => a.code).sort());
    expect(stats.evaluationStats.count).toBeGreaterThan(0);
    expect(stats.requestStats.count).toBeGreaterThan(0);
    expect(stats.expertStats.count).toBeGreaterThan(0);
  });

  it('applies the filters of the lists', async () => {
    const all = await federation().query<Landing>(LANDING, {});
    const { stats } = await compareAll(null, NARROW);
    expect(stats.projectStats.count).toBeGreaterThan(0);
    expect(stats.projectStats.count).toBeLessThan(all.data?.projectStats.count as number);
    expect(stats.requestStats.count).toBeLessThan(all.data?.requestStats.count as number);
    expect(stats.expertStats.count).toBeLessThan(all.data?.expertStats.count as number);
  });

  it("keeps to the agencies a filter names, and to a country's projects", async () => {
    const { stats } = await compareAll(null, {
      projects: { agencies: ['JICA', 'AMEXCID'], countries: ['MZ', 'BO'], sectors: ['31182', '12220', '11330'] },
      evaluations: { agencies: ['ABC'] },
      requests: { countries: ['MZ', 'AO'] },
      experts: { agencies: ['UNOSSC'] },
    });
    expect(stats.projectStats.byAgency.every((b) => ['JICA', 'AMEXCID'].includes(b.key))).toBe(true);
  });

  it("counts a signed-in agency's own draft evaluations for it, and not for an anonymous caller", async () => {
    const token = await federation().token('ABC', ['evaluator']);
    const created = await federation().as<{ createAbcEvaluation: { id: string; status: string } }>(
      token,
      'mutation($input: EvaluationInput!) { createAbcEvaluation(input: $input) { id status } }',
      {
        input: {
          projectId: 'ABC-P-000001',
          type: 'MID_TERM',
          date: '2026-10-01',
          evaluators: ['ABC'],
          ratings: DAC_CRITERIA.map((criterion) => ({ criterion, score: 2 })),
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createAbcEvaluation.status).toBe('DRAFT');
    const own = await compareAll(token, {});
    const anonymous = await compareAll(null, {});
    expect(own.stats.evaluationStats.count).toBe(anonymous.stats.evaluationStats.count + 1);
    const other = await compareAll(await federation().token('JICA', ['evaluator']), { evaluations: { agencies: ['ABC'] } });
    expect(other.evaluations.length).toBe(anonymous.evaluations.filter((e) => e.agency.code === 'ABC').length);
  });
});

describe('statistics when an agency is down', () => {
  it("answers the other agencies' figures and an AGENCY_UNAVAILABLE error naming it", async () => {
    const full = await federation().query<Landing>(LANDING, {});
    expect(full.errors).toBeUndefined();
    const jica = full.data?.projectStats.byAgency.find((b) => b.key === 'JICA');
    expect(jica?.count).toBeGreaterThan(0);
    await federation().stopSubgraph('jica');
    try {
      const partial: Answer<Landing> = await federation().query(LANDING, {});
      expect(partial.data?.projectStats.count).toBe((full.data?.projectStats.count ?? 0) - (jica?.count ?? 0));
      expect(partial.data?.projectStats.byAgency).toEqual(full.data?.projectStats.byAgency.filter((b) => b.key !== 'JICA'));
      expect(partial.data?.expertStats.count).toBeLessThan(full.data?.expertStats.count as number);
      expect(partial.errors?.length).toBeGreaterThan(0);
      for (const e of partial.errors ?? []) expect(e.extensions).toMatchObject({ code: 'AGENCY_UNAVAILABLE', agency: 'JICA' });
      expect(partial.errors?.[0]?.message).toMatch(/agency JICA is unavailable/);
    } finally {
      await federation().restartSubgraph('jica');
    }
    const back = await federation().query<Landing>(LANDING, {});
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual(full.data);
  });
});

describe('cost of the statistics', () => {
  const spent = async (filters: Filters, query = LANDING) => {
    const before = federation().statements();
    const res = await federation().query<Landing>(query, filters);
    expect(res.errors).toBeUndefined();
    const after = federation().statements();
    return Object.fromEntries(AGENCIES.map((a) => [a.subgraph, (after[a.subgraph] ?? 0) - (before[a.subgraph] ?? 0)]));
  };

  it('sends each agency one SQL statement per statistic, whatever the filter selects, and none while it reuses them', async () => {
    // filters no other test asks for: the agencies reuse a statistic for COUNT_CACHE_MS, as a list's total
    const codes = AGENCIES.map((a) => a.code);
    const broad = {
      projects: { agencies: codes },
      evaluations: { agencies: codes },
      requests: { agencies: codes },
      experts: { agencies: codes },
    };
    const narrow = {
      projects: { statuses: ['CLOSED'], sdgs: [2, 3] },
      evaluations: { overallRatings: ['A', 'B'] },
      requests: { statuses: ['SUBMITTED'] },
      experts: { languages: ['en'] },
    };
    const everything = await spent(broad);
    const some = await spent(narrow);
    const again = await spent(broad);
    const one = await spent({ projects: { modalities: ['TRIANGULAR'] } }, `query($projects: ProjectFilter) { ${PROJECT_STATS} }`);
    for (const a of AGENCIES) {
      expect(everything[a.subgraph], a.subgraph).toBe(4);
      expect(some[a.subgraph], a.subgraph).toBe(4);
      expect(again[a.subgraph], a.subgraph).toBe(0);
      expect(one[a.subgraph], a.subgraph).toBe(1);
    }
  });

  it("answers the dashboard's landing query under the gateway's default limits", async () => {
    // this federation runs with the gateway's defaults (LIMIT_COST, LIMIT_FETCHES, ...); gateway/src/stats.test.ts prices the query
    const res = await federation().query<Landing>(LANDING, NARROW);
    expect(res.errors).toBeUndefined();
    expect(res.data?.projectStats.count).toBeGreaterThan(0);
  });
});

describe('bad filters', () => {
  it('refuses a bad filter with the same error code as the list', async () => {
    const cases: [string, string, string, unknown][] = [
      ['projectStats', 'projects', 'ProjectFilter', { countries: ['XX'] }],
      ['projectStats', 'projects', 'ProjectFilter', { startsFrom: '2020-02-01', startsTo: '2020-01-01' }],
      ['evaluationStats', 'evaluations', 'EvaluationFilter', { projectIds: ['nope'] }],
      ['requestStats', 'cooperationRequests', 'CooperationRequestFilter', { sectors: ['99999'] }],
      ['expertStats', 'experts', 'ExpertFilter', { languages: ['xx'] }],
      ['expertStats', 'experts', 'ExpertFilter', { agencies: ['NOPE'] }],
    ];
    for (const [stats, list, type, filter] of cases) {
      const a = await federation().query(`query($f: ${type}) { ${stats}(filter: $f) { count } }`, { f: filter });
      const b = await federation().query(`query($f: ${type}) { ${list}(filter: $f) { totalCount } }`, { f: filter });
      expect(a.errors?.[0]?.extensions?.code, `${stats} ${JSON.stringify(filter)}`).toBe('BAD_USER_INPUT');
      expect(a.errors?.[0]?.extensions?.code).toBe(b.errors?.[0]?.extensions?.code);
      expect(a.errors?.[0]?.message).toBe(b.errors?.[0]?.message);
    }
  });
});
