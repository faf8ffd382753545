/**
 * The read side of an agency subgraph: per-request loaders (every reference resolved in one
 * request costs one statement per kind) and the agency's lists, each by the same recipe.
 */
import type { Identity } from '@ssc/auth';
import {
  type AgencyEntry,
  type CooperationRequestFilter,
  decodeSearchKey,
  type EvaluationFilter,
  type ExpertFilter,
  encodeSearchKey,
  FILTER_VALIDATORS,
  type InstitutionFilter,
  includesAgency,
  type LessonFilter,
  type PageArgs,
  type ProjectFilter,
  pageArgs,
  type SearchKind,
} from '@ssc/contract';
import { withInput } from '@ssc/server-kit';
import DataLoader from 'dataloader';
import { expertToGraph, lessonToGraph, reportToGraph, requestToGraph } from './cycle-mapping.ts';
import { type ExtraResolvers, evaluationToGraph, institutionToGraph, projectToGraph } from './mapping.ts';
import type { CountCache, Counted, Db, Slice } from './query.ts';
import { type EvaluationKey, evaluationSlice, evaluationSlicesByProject, evaluationsByIds } from './records/evaluations/repository.ts';
import { type ExpertKey, expertSlice, expertSlicesByProject, expertsByIds } from './records/experts/repository.ts';
import { institutionSlice, institutionsByIds } from './records/institutions/repository.ts';
import { type LessonKey, lessonSlice, lessonSlicesByProject, lessonsByIds } from './records/lessons/repository.ts';
import { reportsByProjects } from './records/monitoring/repository.ts';
import { projectSlice, projectsByIds } from './records/projects/repository.ts';
import { requestSlice, requestsByIds } from './records/requests/repository.ts';

export type Graph = Record<string, unknown>;

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

/** Who asks: their agency (null when anonymous), and whether it is this agency. */
export type Viewer = { agency: string | null; own: boolean };

/** The kinds of list an agency serves, each by the same recipe. */
export const LISTS = {
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

export type ListArgs = { filter?: { agencies?: string[] | null } | null; first?: number | null; after?: string | null };

/**
 * Validates a list's arguments and runs the agency's slice (empty when the filter leaves the
 * agency out). A search's total is reused from `counts` while a client pages through it.
 */
export async function runList(kind: keyof typeof LISTS, db: Db, agency: AgencyEntry, a: ListArgs, viewer: Viewer, counts: CountCache) {
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

export type Loaders = ReturnType<typeof createLoaders>;
