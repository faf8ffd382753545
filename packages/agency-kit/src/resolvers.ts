/**
 * The resolvers of an agency subgraph, generated for any registry entry: lookups by id, the
 * agency's own paginated lists, batched entity resolution, and the agency's slices of the
 * cross-agency lists.
 */

import type { Identity } from '@ssc/auth';
import {
  type AgencyEntry,
  type CooperationRequestFilter,
  decodeSearchKey,
  type EvaluationFilter,
  type ExpertFilter,
  encodeCursor,
  encodeSearchKey,
  FILTER_VALIDATORS,
  type InstitutionFilter,
  includesAgency,
  type LessonFilter,
  ORDER_KEYS,
  type OrderKey,
  type PageArgs,
  type ProjectFilter,
  pageArgs,
  REPRESENTATIONS,
  readSearchKey,
  representationId,
  type SearchKind,
  sliceField,
  typeName,
} from '@ssc/contract';
import { badInput, scalarResolvers, withInput } from '@ssc/server-kit';
import DataLoader from 'dataloader';
import { type GraphQLResolveInfo, isInputType } from 'graphql';
import type { AgencyExtension } from './agency.ts';
import { expertToGraph, lessonToGraph, profileToGraph, reportToGraph, requestToGraph } from './cycle-mapping.ts';
import {
  type ExpertKey,
  expertSlice,
  expertSlicesByProject,
  expertsByIds,
  type LessonKey,
  lessonSlice,
  lessonSlicesByProject,
  lessonsByIds,
  profileOf,
  reportsByProjects,
  requestSlice,
  requestsByIds,
} from './cycle-repository.ts';
import { type ExtraResolvers, evaluationToGraph, institutionToGraph, projectToGraph } from './mapping.ts';
import { agencyMutations, auditLogResolver, type RegistryEntry, signingKeysResolver, usersResolver } from './mutations.ts';
import {
  CountCache,
  type Counted,
  type Db,
  type EvaluationKey,
  evaluationSlice,
  evaluationSlicesByProject,
  evaluationsByIds,
  institutionSlice,
  institutionsByIds,
  projectSlice,
  projectsByIds,
  type Slice,
} from './repository.ts';

type Graph = Record<string, unknown>;

export interface AgencyContext {
  /** This subgraph's own id of the request (a UUID): the audit log's request id. */
  readonly requestId: string;
  /** The x-request-id the caller sent (printable ASCII, at most 100 characters), kept apart; null when absent or unfit. */
  readonly clientRequestId: string | null;
  /** The verified caller; null when anonymous. */
  readonly identity: Identity | null;
  /** Who reads: the identity, except that a user deactivated (or unconfirmed) by its home registry reads as anonymous. */
  readonly reader: Identity | null;
  /** The caller's entry in its home agency's registry of users (this agency's or a partner's), read once per request. */
  readonly registry: RegistryEntry;
  readonly loaders: ReturnType<typeof createLoaders>;
}

const EMPTY: Slice<never> = { total: 0, items: [] };

/** Per-request loaders: every reference resolved in one request costs one statement per kind. */
/** The count-cache key of a search: its kind, normalised filter and the viewer (drafts differ by viewer). */
export const countKey = (kind: string, filter: unknown, viewer: string | null) =>
  `${kind}|${viewer ?? ''}|${encodeSearchKey({ filter: (filter ?? null) as Record<string, unknown> | null, first: 0 })}`;

export function createLoaders(db: Db, agency: AgencyEntry, extra: ExtraResolvers, identity: Identity | null, counts: CountCache) {
  const viewer = identity?.agency ?? null;
  /**
   * A search whose filter names only one parent project, with no cursor (the nested
   * `Project.evaluations`, `experts` and `lessons` of a page), is answered together with the
   * others of the same request in one statement; any other search runs on its own.
   */
  function searchLoader<F extends { agencies?: string[] | null }, K>(
    kind: SearchKind,
    parentField: keyof F & string,
    batch: (parents: string[], first: number) => Promise<Map<string, Slice<K>>>,
  ) {
    return new DataLoader<string, Slice<K>>(async (keys) => {
      const searches = keys.map((key) => ({ key, ...decodeSearchKey<F>(key) }));
      const parentOf = (s: (typeof searches)[number]) => {
        const parents = s.filter[parentField] as unknown;
        return !s.after && Array.isArray(parents) && parents.length === 1 && Object.keys(s.filter).length === 1
          ? (parents[0] as string)
          : undefined;
      };
      const results = new Map<string, Slice<K>>();
      for (const first of new Set(searches.filter(parentOf).map((s) => s.first))) {
        const group = searches.filter((s) => parentOf(s) && s.first === first);
        const page = withInput(() => pageArgs(first, null));
        const slices = await batch(
          group.map((s) => parentOf(s) as string),
          page.first,
        );
        for (const s of group) results.set(s.key, slices.get(parentOf(s) as string) as Slice<K>);
      }
      return Promise.all(
        searches.map(async (s) => {
          const done = results.get(s.key);
          if (done) return done;
          return (await runList(kind, db, agency, s, view, counts)).s as Slice<K>;
        }),
      );
    });
  }
  const own = viewer === agency.code;
  const view: Viewer = { agency: viewer, own };
  const search = {
    Evaluation: searchLoader<EvaluationFilter, EvaluationKey>('Evaluation', 'projectIds', (ids, first) =>
      evaluationSlicesByProject(db, ids, first, viewer),
    ),
    Expert: searchLoader<ExpertFilter, ExpertKey>('Expert', 'deployedTo', (ids, first) => expertSlicesByProject(db, ids, first)),
    Lesson: searchLoader<LessonFilter, LessonKey>('Lesson', 'projectIds', (ids, first) => lessonSlicesByProject(db, ids, first, own)),
  };
  const loader = <T>(fetch: (ids: readonly string[]) => Promise<(T | null)[]>, map: (row: T) => Graph) =>
    new DataLoader<string, Graph | null>(async (ids) => (await fetch(ids)).map((row) => (row ? map(row) : null)), {
      maxBatchSize: 1000,
    });
  return {
    project: loader(
      (ids) => projectsByIds(db, ids),
      (r) => projectToGraph(agency, r, extra),
    ),
    institution: loader(
      (ids) => institutionsByIds(db, ids),
      (r) => institutionToGraph(agency, r),
    ),
    evaluation: loader(
      (ids) => evaluationsByIds(db, ids, viewer),
      (r) => evaluationToGraph(agency, r),
    ),
    search,
    request: loader(
      (ids) => requestsByIds(db, ids),
      (r) => requestToGraph(agency, r, viewer),
    ),
    expert: loader(
      (ids) => expertsByIds(db, ids),
      (r) => expertToGraph(agency, r, viewer),
    ),
    lesson: loader(
      (ids) => lessonsByIds(db, ids, viewer === agency.code),
      (r) => lessonToGraph(agency, r),
    ),
    reports: new DataLoader<string, Graph[]>(async (ids) => (await reportsByProjects(db, ids)).map((rows) => rows.map(reportToGraph))),
  };
}

/** A page of the agency's own list, from its slice (which holds one record more than the page). */
async function toPage<K extends { id: string }>(
  slice: Slice<K>,
  first: number,
  key: (k: K) => OrderKey,
  load: (ids: string[]) => Promise<(Graph | null | Error)[]>,
) {
  const window = slice.items.slice(0, first);
  const last = window.at(-1);
  return {
    totalCount: slice.total,
    nodes: (await load(window.map((k) => k.id))).filter((n): n is Graph => n !== null && !(n instanceof Error)),
    pageInfo: { hasNextPage: slice.items.length > first, endCursor: last ? encodeCursor(key(last)) : null },
  };
}

/** Who asks: their agency (null when anonymous), and whether it is this agency. */
type Viewer = { agency: string | null; own: boolean };

/** The kinds of list an agency serves, each by the same recipe. */
const LISTS = {
  Project: {
    connection: 'ProjectConnection',
    slice: (db: Db, f: unknown, p: PageArgs, _v: Viewer, c?: Counted) => projectSlice(db, f as ProjectFilter, p, c),
    item: (k: { id: string; start_date: string | null }) => ({ id: k.id, startDate: k.start_date }),
    loader: 'project',
  },
  Institution: {
    connection: 'InstitutionConnection',
    slice: (db: Db, f: unknown, p: PageArgs, _v: Viewer, c?: Counted) => institutionSlice(db, f as InstitutionFilter, p, c),
    item: (k: { id: string; name: string }) => ({ id: k.id, name: k.name }),
    loader: 'institution',
  },
  Evaluation: {
    connection: 'EvaluationConnection',
    slice: (db: Db, f: unknown, p: PageArgs, v: Viewer, c?: Counted) => evaluationSlice(db, f as EvaluationFilter, p, v.agency, c),
    item: (k: { id: string; date: string }) => ({ id: k.id, date: k.date }),
    loader: 'evaluation',
  },
  CooperationRequest: {
    connection: 'CooperationRequestConnection',
    slice: (db: Db, f: unknown, p: PageArgs, _v: Viewer, c?: Counted) => requestSlice(db, f as CooperationRequestFilter, p, c),
    item: (k: { id: string; submitted_at: string }) => ({ id: k.id, submittedAt: k.submitted_at }),
    loader: 'request',
  },
  Expert: {
    connection: 'ExpertConnection',
    slice: (db: Db, f: unknown, p: PageArgs, _v: Viewer, c?: Counted) => expertSlice(db, f as ExpertFilter, p, c),
    item: (k: { id: string; name: string }) => ({ id: k.id, name: k.name }),
    loader: 'expert',
  },
  Lesson: {
    connection: 'LessonConnection',
    slice: (db: Db, f: unknown, p: PageArgs, v: Viewer, c?: Counted) => lessonSlice(db, f as LessonFilter, p, v.own, c),
    item: (k: { id: string; published_at: string | null }) => ({ id: k.id, publishedAt: k.published_at }),
    loader: 'lesson',
  },
} as const;

type ListArgs = { filter?: { agencies?: string[] | null } | null; first?: number | null; after?: string | null };

/**
 * Validates a list's arguments and runs the agency's slice (empty when the filter leaves the
 * agency out). A search's total is reused from `counts` while a client pages through it.
 */
async function runList(kind: keyof typeof LISTS, db: Db, agency: AgencyEntry, a: ListArgs, viewer: Viewer, counts: CountCache) {
  // biome-ignore lint/suspicious/noExplicitAny: the lists differ only in their row types
  const l = LISTS[kind] as any;
  const page = withInput(() => {
    FILTER_VALIDATORS[kind](a.filter as never);
    return pageArgs(a.first, a.after, kind);
  });
  const s: Slice<{ id: string }> = includesAgency(a.filter, agency.code)
    ? await l.slice(db, a.filter, page, viewer, { counts, key: countKey(kind, a.filter, viewer.agency) })
    : EMPTY;
  return { page, s };
}

export function agencyResolvers(agency: AgencyEntry, db: Db, extension: AgencyExtension = {}, counts = new CountCache(0)) {
  const t = (kind: keyof typeof LISTS) => typeName(agency, kind);
  const Query: Record<string, unknown> = {};
  const resolvers: Record<string, unknown> = {
    ...scalarResolvers,
    Query,
    Mutation: agencyMutations(agency, db, extension, counts),
    Participant: {
      institution: (p: { institutionId: string | null }, _: unknown, ctx: AgencyContext) =>
        p.institutionId ? ctx.loaders.institution.load(p.institutionId) : null,
    },
  };
  /** Fields that load further records of this agency. */
  const typeResolvers = {
    Project: {
      monitoringReports: (p: { id: string }, _: unknown, ctx: AgencyContext) => ctx.loaders.reports.load(p.id),
      request: (p: { requestId: string | null }, _: unknown, ctx: AgencyContext) =>
        p.requestId ? ctx.loaders.request.load(p.requestId) : null,
    },
    CooperationRequest: {
      project: (r: { projectId: string | null }, _: unknown, ctx: AgencyContext) =>
        r.projectId ? ctx.loaders.project.load(r.projectId) : null,
    },
  };
  for (const [kind, list] of Object.entries(LISTS) as [keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]][]) {
    // biome-ignore lint/suspicious/noExplicitAny: the lists differ only in their row types
    const l = list as any;
    const run = (a: ListArgs, identity: Identity | null) =>
      runList(kind, db, agency, a, { agency: identity?.agency ?? null, own: identity?.agency === agency.code }, counts);
    Query[`${agency.subgraph}${kind}s`] = async (_: unknown, a: ListArgs, ctx: AgencyContext) => {
      const { page, s } = await run(a, ctx.reader);
      return toPage(
        s,
        page.first,
        (k) => ORDER_KEYS[kind](l.item(k)),
        (ids) => ctx.loaders[list.loader].loadMany(ids),
      );
    };
    resolvers[kind] = { __resolveType: () => t(kind) };
    resolvers[t(kind)] = {
      // a representation sent straight to this subgraph may hold anything: only an id of this agency's records of this kind
      __resolveReference: async (r: unknown, ctx: AgencyContext) =>
        ctx.loaders[list.loader].load(withInput(() => representationId(r, agency, kind))),
      ...(typeResolvers as Record<string, object>)[kind],
    };
    // The agency's slice of a cross-agency list: the search key carries filter and page window.
    resolvers[list.connection] = {
      __resolveReference: async (r: unknown, ctx: AgencyContext, info: GraphQLResolveInfo) => {
        // checked as the list's own arguments are: the key may come from anyone who reaches this subgraph
        const filterType = info.schema.getType(`${kind}Filter`);
        const { key, filter, first, after } = withInput(() =>
          readSearchKey<ListArgs['filter']>(kind, r, isInputType(filterType) ? filterType : undefined),
        );
        const loader = (ctx.loaders.search as Record<string, DataLoader<string, Slice<{ id: string }>>>)[kind];
        const s = loader ? await loader.load(key) : (await run({ filter, first, after }, ctx.reader)).s;
        return { key, [sliceField(agency)]: { total: s.total, items: s.items.map(l.item) } };
      },
    };
  }
  Query[`${agency.subgraph}Project`] = (_: unknown, { id }: { id: string }, ctx: AgencyContext) => ctx.loaders.project.load(id);
  Query[`${agency.subgraph}AuditLog`] = auditLogResolver(agency, db);
  Query[`${agency.subgraph}Profile`] = async () => profileToGraph(agency, await profileOf(db));
  resolvers.AgencyProfile = { __resolveType: () => `${agency.typePrefix}AgencyProfile` };
  resolvers[`${agency.typePrefix}AgencyProfile`] = {
    __resolveReference: async (r: { code?: unknown } | null) => {
      if (r?.code !== agency.code) {
        throw badInput(
          `a representation of ${agency.typePrefix}AgencyProfile has a bad code (${JSON.stringify(r?.code ?? null)?.slice(0, 40)}): it must be "${agency.code}"`,
          REPRESENTATIONS,
        );
      }
      return profileToGraph(agency, await profileOf(db));
    },
  };
  Query[`${agency.subgraph}Users`] = usersResolver(agency, db);
  Query[`${agency.subgraph}SigningKeys`] = signingKeysResolver(db);
  return resolvers;
}
