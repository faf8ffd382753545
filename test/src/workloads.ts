/** Workloads the benchmarks share: distinct cross-agency lists (bench-compare.ts, profile.ts). */

export const GLOBAL_LIST = `query GlobalList($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id title status startDate agency { code } recipientCountries { code name } participants { role name } }
    pageInfo { hasNextPage endCursor }
  }
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
