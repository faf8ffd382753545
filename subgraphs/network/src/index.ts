/**
 * The network subgraph: reference data (agencies, countries, sectors, SDGs) and the
 * cross-agency merges. It owns no agency's records and keeps no copy of them: lookups by id
 * answer a typed reference, lists answer a search entity that the agencies fill in.
 */

import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  AGENCIES,
  agencyByCode,
  agencyNames,
  codelists,
  type EvaluationFilter,
  type ExpertFilter,
  encodeSearchKey,
  FILTER_VALIDATORS,
  isStatsPart,
  type LessonFilter,
  networkSubgraphSdl,
  type ProjectFilter,
  pageArgs,
  parseId,
  REPRESENTATIONS,
  type RecordKind,
  readSearchKey,
  representationId,
  STATS,
  type StatsKind,
  typeName,
} from '@ssc/contract';
import { badInput, scalarResolvers, withInput } from '@ssc/server-kit';
import { type GraphQLResolveInfo, type GraphQLSchema, isInputType, parse } from 'graphql';
import { type Merged, mergeSlices, type SearchKind } from './merge.ts';
import { regionOf } from './regions.ts';
import { mergeEvaluationStats, mergeExpertStats, mergeProjectStats, mergeRequestStats, type StatsShare } from './stats.ts';

export const typeDefs = networkSubgraphSdl();

const agencyGraph = (code: string) => {
  const a = agencyByCode(code);
  return a
    ? {
        code: a.code,
        name: a.name,
        acronym: a.acronym,
        country: countryGraph(a.country),
        iatiOrgId: a.iatiOrgId,
        profile: { __typename: agencyNames(a).type('AgencyProfile'), code: a.code },
      }
    : null;
};
function countryGraph(code: string) {
  const name = codelists.country.name(code);
  return name ? { code, name, region: regionOf(code) } : null;
}
const sectorGraph = (code: string) => {
  const s = codelists.sector.get(code);
  return s ? { code, name: s.name, category: s.category ?? null } : null;
};
const sdgGraph = (goal: number) => {
  const name = codelists.sdgGoal.name(String(goal));
  return name ? { goal, name } : null;
};

/** A typed reference to any agency's record, or null for an id no agency could have issued. */
export function recordRef(id: string, kind: RecordKind): { __typename: string; id: string } | null {
  const parsed = parseId(id);
  return parsed && parsed.kind === kind ? { __typename: typeName(parsed.agency, kind), id } : null;
}

type ListArgs<F> = { filter?: F | null; first?: number | null; after?: string | null };

/** The search entity of a cross-agency list; the slices and the merge follow through the gateway. */
function searchKey<F>(kind: SearchKind, a: ListArgs<F>): { key: string } {
  const page = withInput(() => {
    (FILTER_VALIDATORS[kind] as (f: F | null | undefined) => void)(a.filter);
    return pageArgs(a.first, a.after, kind);
  });
  return { key: encodeSearchKey({ filter: a.filter as Record<string, unknown> | null, first: page.first, after: a.after ?? null }) };
}

function search(kind: SearchKind) {
  return (_: unknown, a: ListArgs<never>) => searchKey(kind, a);
}

/** The merged page is computed once per search entity, whichever of its fields are asked. */
function searchEntity(kind: SearchKind) {
  return {
    __resolveReference: async (ref: Record<string, unknown>, _: unknown, info: GraphQLResolveInfo) => {
      // the key and the slices may come from anyone who reaches this subgraph: checked before the merge
      const filterType = info.schema.getType(`${kind}Filter`);
      withInput(() => readSearchKey(kind, ref, isInputType(filterType) ? filterType : undefined));
      for (const agency of AGENCIES) checkSlice(kind, agency.subgraph, ref[agencyNames(agency).sliceField]);
      return { ...ref, merged: mergeSlices(kind, ref) };
    },
    totalCount: (r: { merged: Merged }) => r.merged.totalCount,
    nodes: (r: { merged: Merged }) => r.merged.nodes,
    pageInfo: (r: { merged: Merged }) => r.merged.pageInfo,
  };
}

/** How each statistic is merged; a flow's countries become Country references. */
const STATS_MERGES: Record<StatsKind, (shares: StatsShare[]) => unknown> = {
  Project: (shares) => {
    const merged = mergeProjectStats(shares);
    return {
      ...merged,
      flows: merged.flows.map((f) => ({ ...f, provider: countryGraph(f.provider), recipient: countryGraph(f.recipient) })),
    };
  },
  Evaluation: mergeEvaluationStats,
  CooperationRequest: mergeRequestStats,
  Expert: mergeExpertStats,
};

/**
 * A statistics entity: its key is a search key of the list's filter (page size 0), checked as
 * the list's; the agencies' shares are checked for shape, then merged once, whichever fields are asked.
 */
function statsEntity(kind: StatsKind, type: string, filter: string) {
  return {
    __resolveReference: async (ref: Record<string, unknown>, _: unknown, info: GraphQLResolveInfo) => {
      const filterType = info.schema.getType(filter);
      withInput(() => readSearchKey(kind, ref, isInputType(filterType) ? filterType : undefined));
      const shares = AGENCIES.map((agency) => {
        const field = agencyNames(agency).statsField(kind);
        const part = ref[field] ?? null;
        if (!isStatsPart(part)) {
          throw badInput(
            `the ${field} of a ${type} representation must be null or an array of [dimension, key, count, amount, currency, year] as the agency answered it`,
            REPRESENTATIONS,
          );
        }
        return { agency, rows: part };
      });
      return STATS_MERGES[kind](shares);
    },
  };
}

/** An agency's slice on a search entity's representation: null (agency down) or `{ total, items: [{ id, ... }] }`. */
function checkSlice(kind: SearchKind, subgraph: string, slice: unknown): void {
  if (slice == null) return;
  const s = slice as { total?: unknown; items?: unknown };
  const fits =
    typeof slice === 'object' &&
    Number.isSafeInteger(s.total) &&
    (s.total as number) >= 0 &&
    Array.isArray(s.items) &&
    s.items.length <= 1_000 &&
    s.items.every((i) => typeof i === 'object' && i !== null && typeof (i as { id?: unknown }).id === 'string');
  if (!fits) {
    throw badInput(
      `the ${subgraph}Slice of a ${kind}Connection representation must be null or { total, items: [{ id, ... }] } as the agency answered it`,
      REPRESENTATIONS,
    );
  }
}

/** A representation's key field, which must be a string when present: a number or an object is the caller's mistake. */
function keyField(ref: unknown, type: string, field: string): string {
  const value = (ref as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'string') {
    throw badInput(
      `a representation of ${type} must have a string "${field}", not ${JSON.stringify(value ?? null)?.slice(0, 40)}`,
      REPRESENTATIONS,
    );
  }
  return value;
}

const byTypename = { __resolveType: (o: { __typename: string }) => o.__typename };

function perAgencyResolvers() {
  const out: Record<string, unknown> = {};
  for (const agency of AGENCIES) {
    const n = agencyNames(agency);
    /** The representation itself, once its id is one of this agency's records of this kind. */
    const ref = (kind: RecordKind) => async (r: unknown) => {
      withInput(() => representationId(r, agency, kind));
      return r;
    };
    out[n.type('Project')] = {
      __resolveReference: ref('Project'),
      evaluations: (p: { id: string }, a: ListArgs<never>) =>
        searchKey<EvaluationFilter>('Evaluation', {
          filter: { projectIds: [p.id] },
          first: a.first ?? null,
          after: a.after ?? null,
        }),
      experts: (p: { id: string }, a: ListArgs<never>) =>
        searchKey<ExpertFilter>('Expert', { filter: { deployedTo: [p.id] }, first: a.first ?? null, after: a.after ?? null }),
      lessons: (p: { id: string }, a: ListArgs<never>) =>
        searchKey<LessonFilter>('Lesson', { filter: { projectIds: [p.id] }, first: a.first ?? null, after: a.after ?? null }),
      relatedProjects: (p: { relatedRefs?: { type: string; id: string }[] }) =>
        (Array.isArray(p.relatedRefs) ? p.relatedRefs : []).flatMap((r) => {
          const project = typeof r?.type === 'string' ? recordRef(r.id, 'Project') : null;
          return project ? [{ type: r.type, project }] : [];
        }),
    };
    out[n.type('Institution')] = {
      __resolveReference: ref('Institution'),
      projects: (i: { name: string; iatiIdentifier?: string | null }, a: ListArgs<ProjectFilter>) =>
        searchKey<ProjectFilter>('Project', {
          ...a,
          filter: { ...a.filter, participants: [i.name, ...(i.iatiIdentifier ? [i.iatiIdentifier] : [])] },
        }),
    };
    out[n.type('Evaluation')] = {
      __resolveReference: ref('Evaluation'),
      project: (e: { projectId?: string }) => (e.projectId ? recordRef(e.projectId, 'Project') : null),
    };
    out[n.type('CooperationRequest')] = { __resolveReference: ref('CooperationRequest') };
    out[n.type('Expert')] = {
      __resolveReference: ref('Expert'),
      deployments: (x: { deploymentRefs?: { projectId: string; role: string; startDate: string; endDate: string }[] }) =>
        (Array.isArray(x.deploymentRefs) ? x.deploymentRefs : []).flatMap((d) =>
          typeof d === 'object' && d !== null ? [{ ...d, project: recordRef(d.projectId, 'Project') }] : [],
        ),
    };
    out[n.type('Lesson')] = {
      __resolveReference: ref('Lesson'),
      project: (l: { projectId?: string | null }) => (l.projectId ? recordRef(l.projectId, 'Project') : null),
      evaluation: (l: { evaluationId?: string | null }) => (l.evaluationId ? recordRef(l.evaluationId, 'Evaluation') : null),
    };
    out[n.type('AgencyProfile')] = {
      __resolveReference: async (r: unknown) => {
        if (keyField(r, n.type('AgencyProfile'), 'code') !== agency.code) {
          throw badInput(`a representation of ${n.type('AgencyProfile')} must have the code "${agency.code}"`, REPRESENTATIONS);
        }
        return r;
      },
    };
  }
  return out;
}

export const resolvers = {
  ...scalarResolvers,
  Query: {
    agencies: () => AGENCIES.map((a) => agencyGraph(a.code)),
    agency: (_: unknown, { code }: { code: string }) => agencyGraph(code),
    countries: () => codelists.country.items.filter((c) => !c.withdrawn).map((c) => countryGraph(c.code)),
    country: (_: unknown, { code }: { code: string }) => countryGraph(code.toUpperCase()),
    sectors: () => codelists.sector.items.filter((s) => !s.withdrawn).map((s) => sectorGraph(s.code)),
    sdgGoals: () => codelists.sdgGoal.items.map((g) => sdgGraph(Number(g.code))),
    project: (_: unknown, { id }: { id: string }) => recordRef(id, 'Project'),
    institution: (_: unknown, { id }: { id: string }) => recordRef(id, 'Institution'),
    evaluation: (_: unknown, { id }: { id: string }) => recordRef(id, 'Evaluation'),
    projects: search('Project'),
    institutions: search('Institution'),
    evaluations: search('Evaluation'),
    cooperationRequest: (_: unknown, { id }: { id: string }) => recordRef(id, 'CooperationRequest'),
    expert: (_: unknown, { id }: { id: string }) => recordRef(id, 'Expert'),
    lesson: (_: unknown, { id }: { id: string }) => recordRef(id, 'Lesson'),
    cooperationRequests: search('CooperationRequest'),
    experts: search('Expert'),
    lessons: search('Lesson'),
    ...Object.fromEntries(
      STATS.map(({ kind, query }) => [
        query,
        (_: unknown, a: { filter?: unknown }) => searchKey(kind, { filter: a.filter ?? null, first: 0 }),
      ]),
    ),
  },
  Agency: { __resolveReference: async (r: unknown) => agencyGraph(keyField(r, 'Agency', 'code')) },
  Country: {
    __resolveReference: async (r: unknown) => countryGraph(keyField(r, 'Country', 'code')),
    projects: (c: { code: string }, a: ListArgs<ProjectFilter>) =>
      searchKey<ProjectFilter>('Project', { ...a, filter: { ...a.filter, countries: [c.code] } }),
  },
  Sector: { __resolveReference: async (r: unknown) => sectorGraph(keyField(r, 'Sector', 'code')) },
  SdgGoal: {
    __resolveReference: async (r: { goal?: unknown } | null) => {
      if (!Number.isInteger(r?.goal)) {
        throw badInput(
          `a representation of SdgGoal must have a whole-number "goal", not ${JSON.stringify(r?.goal ?? null)?.slice(0, 40)}`,
          REPRESENTATIONS,
        );
      }
      return sdgGraph(r?.goal as number);
    },
  },
  Project: byTypename,
  Institution: byTypename,
  Evaluation: byTypename,
  ProjectConnection: searchEntity('Project'),
  InstitutionConnection: searchEntity('Institution'),
  EvaluationConnection: searchEntity('Evaluation'),
  CooperationRequestConnection: searchEntity('CooperationRequest'),
  ExpertConnection: searchEntity('Expert'),
  LessonConnection: searchEntity('Lesson'),
  CooperationRequest: byTypename,
  Expert: byTypename,
  Lesson: byTypename,
  AgencyProfile: byTypename,
  ...Object.fromEntries(STATS.map(({ kind, type, filter }) => [type, statsEntity(kind, type, filter)])),
  ...perAgencyResolvers(),
};

/** The network subgraph's executable schema: served over HTTP, or inside the gateway's process. */
export function buildNetworkSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never });
}
