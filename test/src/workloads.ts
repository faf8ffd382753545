/** Questions and workloads the benchmarks share (bench.ts, bench-compare.ts, profile.ts). */

export const GLOBAL_LIST = `query GlobalList($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id title status startDate agency { code } recipientCountries { code name } participants { role name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** `npm run bench`'s questions: (a) a country view, (c) a triangular project, (d) a talent search, (e) the demand feed. */
export const COUNTRY_VIEW = `query CountryView($code: String!, $first: Int) {
  country(code: $code) {
    name region
    projects(first: $first) {
      totalCount
      nodes { id title status modality startDate agency { code } sectors { code name }
        evaluations(first: 5) { totalCount nodes { id type date overallRating evaluators { code } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

export const TRIANGULAR = `query Triangular($id: ID!) {
  project(id: $id) {
    id title modality budget { amount currency }
    participants { role name country { code } }
    relatedProjects { type project { id title agency { code } budget { amount currency } } }
    evaluations(first: 10) { totalCount nodes { id type date agency { code } evaluators { code name } ratings { criterion score } overallRating } }
  }
}`;

export const TALENT = `query Talent($filter: ExpertFilter) {
  experts(filter: $filter, first: 20) {
    totalCount
    nodes { id name nationality { code } languages { code } agency { code } availability { from to }
      deployments { startDate endDate project { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const DEMAND = `query Demand {
  cooperationRequests(filter: { statuses: [SUBMITTED, UNDER_APPRAISAL] }, first: 20) {
    totalCount nodes { id title status submittedAt requester { name country { code } } agency { code } history { to at } }
  }
  lessons(first: 20) { totalCount nodes { id title publishedAt agency { code } project { id title } } }
}`;

export interface Op {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

// values the seed generator uses (packages/agency-kit/src/seed/generator.ts)
const COUNTRIES = ['MZ', 'AO', 'GW', 'CV', 'KE', 'GH', 'SN', 'ET', 'TZ', 'HN', 'GT', 'BO', 'PE', 'CO', 'HT', 'LA', 'KH', 'VN', 'PH', 'BD'];
const SECTORS = ['31161', '31182', '31120', '12250', '12220', '11330', '11420', '15110', '14030', '23210', '41010', '43040', '74020'];
const STATUSES = [['IMPLEMENTATION'], ['CLOSED'], ['PIPELINE', 'IMPLEMENTATION'], ['FINALISATION', 'CLOSED'], ['IMPLEMENTATION', 'CLOSED']];
const WORDS = ['health', 'training', 'water', 'energy', 'agricultural', 'rural', 'education', 'fisheries', 'disaster', 'management'];
const PAGE_SIZES = [5, 10, 15, 20, 25, 30, 40, 50];

/** A small seeded generator (mulberry32): the same run sends the same requests. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Cross-agency lists, each with a filter and page size never sent before in this run. */
export function distinctLists(): () => Op {
  const next = random(13);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const sent = new Set<string>();
  return () => {
    for (;;) {
      const filter: Record<string, unknown> = {};
      const dims = 1 + Math.floor(next() * 15); // which of the four filters: 1..15 as bits
      if (dims & 1) filter.countries = next() < 0.3 ? [pick(COUNTRIES), pick(COUNTRIES)] : [pick(COUNTRIES)];
      if (dims & 2) filter.sectors = [pick(SECTORS)];
      if (dims & 4) filter.statuses = pick(STATUSES);
      if (dims & 8) filter.text = pick(WORDS);
      const variables = { filter, first: pick(PAGE_SIZES) };
      const key = JSON.stringify(variables);
      if (sent.has(key)) continue;
      sent.add(key);
      return { name: 'distinct list', query: GLOBAL_LIST, variables };
    }
  };
}
