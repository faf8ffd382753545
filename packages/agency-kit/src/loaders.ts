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
  type InstitutionFilter,
  includesAgency,
  type LessonFilter,
  type ListItem,
  type PageArgs,
  type ProjectFilter,
  pageArgs,
  type SearchKind,
  validateCooperationRequestFilter,
  validateEvaluationFilter,
  validateExpertFilter,
  validateInstitutionFilter,
  validateLessonFilter,
  validateProjectFilter,
} from '@ssc/contract';
import { withInput } from '@ssc/server-kit';
import DataLoader from 'dataloader';
import { expertToGraph, lessonToGraph, reportToGraph, requestToGraph } from './cycle-mapping.ts';
import { type ExtraResolvers, evaluationToGraph, institutionToGraph, projectToGraph } from './mapping.ts';
import type { CountCache, Counted, Db, Slice } from './query.ts';
import { type EvaluationKey, evaluationSlice, evaluationSlicesByProject, evaluationsByIds } from './records/evaluations/repository.ts';
import { type ExpertKey, expertSlice, expertSlicesByProject, expertsByIds } from './records/experts/repository.ts';
import { type InstitutionKey, institutionSlice, institutionsByIds } from './records/institutions/repository.ts';
import { type LessonKey, lessonSlice, lessonSlicesByProject, lessonsByIds } from './records/lessons/repository.ts';
import { reportsByProjects } from './records/monitoring/repository.ts';
import { type ProjectKey, projectSlice, projectsByIds } from './records/projects/repository.ts';
import { type RequestKey, requestSlice, requestsByIds } from './records/requests/repository.ts';

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
  function searchLoader<N extends SearchKind>(
    kind: N,
    parentField: keyof FilterOf<N> & string,
    batch: (parents: string[], first: number) => Promise<Map<string, Slice<KeyOf<N>>>>,
  ) {
    return new DataLoader<string, Slice<KeyOf<N>>>(async (keys) => {
      const searches = keys.map((key) => ({ key, ...decodeSearchKey<FilterOf<N>>(key) }));
      const parentOf = (s: (typeof searches)[number]) => {
        const parents = s.filter[parentField] as unknown;
        return !s.after && Array.isArray(parents) && parents.length === 1 && Object.keys(s.filter).length === 1
          ? (parents[0] as string)
          : undefined;
      };
      const results = new Map<string, Slice<KeyOf<N>>>();
      for (const first of new Set(searches.filter(parentOf).map((s) => s.first))) {
        const group = searches.filter((s) => parentOf(s) && s.first === first);
        const page = withInput(() => pageArgs(first, null));
        const slices = await batch(
          group.map((s) => parentOf(s) as string),
          page.first,
        );
        for (const s of group) results.set(s.key, slices.get(parentOf(s) as string) ?? EMPTY);
      }
      return Promise.all(
        searches.map(async (s) => {
          const done = results.get(s.key);
          if (done) return done;
          return (await runList(kind, db, agency, s, view, counts)).s;
        }),
      );
    });
  }
  const own = viewer === agency.code;
  const view: Viewer = { agency: viewer, own };
  /** The kinds whose nested lists are batched across parents. */
  const search: { [N in SearchKind]?: DataLoader<string, Slice<KeyOf<N>>> } = {
    Evaluation: searchLoader('Evaluation', 'projectIds', (ids, first) => evaluationSlicesByProject(db, ids, first, viewer)),
    Expert: searchLoader('Expert', 'deployedTo', (ids, first) => expertSlicesByProject(db, ids, first)),
    Lesson: searchLoader('Lesson', 'projectIds', (ids, first) => lessonSlicesByProject(db, ids, first, own)),
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

/** Each kind of list: the filter it takes and what its slice carries of each record. */
interface ListTypes {
  Project: { filter: ProjectFilter; key: ProjectKey };
  Institution: { filter: InstitutionFilter; key: InstitutionKey };
  Evaluation: { filter: EvaluationFilter; key: EvaluationKey };
  CooperationRequest: { filter: CooperationRequestFilter; key: RequestKey };
  Expert: { filter: ExpertFilter; key: ExpertKey };
  Lesson: { filter: LessonFilter; key: LessonKey };
}
export type FilterOf<N extends SearchKind> = ListTypes[N]['filter'];
export type KeyOf<N extends SearchKind> = ListTypes[N]['key'];

/** One kind of list, by the recipe every kind follows. */
export interface List<N extends SearchKind> {
  connection: string;
  validate: (f: FilterOf<N> | null | undefined) => void;
  slice: (db: Db, f: FilterOf<N> | null | undefined, p: PageArgs, v: Viewer, c?: Counted) => Promise<Slice<KeyOf<N>>>;
  item: (k: KeyOf<N>) => ListItem;
  loader: 'project' | 'institution' | 'evaluation' | 'request' | 'expert' | 'lesson';
}

/** The kinds of list an agency serves, each by the same recipe. */
export const LISTS: { [N in SearchKind]: List<N> } = {
  Project: {
    connection: 'ProjectConnection',
    validate: validateProjectFilter,
    slice: (db, f, p, _v, c) => projectSlice(db, f, p, c),
    item: (k) => ({ id: k.id, startDate: k.start_date }),
    loader: 'project',
  },
  Institution: {
    connection: 'InstitutionConnection',
    validate: validateInstitutionFilter,
    slice: (db, f, p, _v, c) => institutionSlice(db, f, p, c),
    item: (k) => ({ id: k.id, name: k.name }),
    loader: 'institution',
  },
  Evaluation: {
    connection: 'EvaluationConnection',
    validate: validateEvaluationFilter,
    slice: (db, f, p, v, c) => evaluationSlice(db, f, p, v.agency, c),
    item: (k) => ({ id: k.id, date: k.date }),
    loader: 'evaluation',
  },
  CooperationRequest: {
    connection: 'CooperationRequestConnection',
    validate: validateCooperationRequestFilter,
    slice: (db, f, p, _v, c) => requestSlice(db, f, p, c),
    item: (k) => ({ id: k.id, submittedAt: k.submitted_at }),
    loader: 'request',
  },
  Expert: {
    connection: 'ExpertConnection',
    validate: validateExpertFilter,
    slice: (db, f, p, _v, c) => expertSlice(db, f, p, c),
    item: (k) => ({ id: k.id, name: k.name }),
    loader: 'expert',
  },
  Lesson: {
    connection: 'LessonConnection',
    validate: validateLessonFilter,
    slice: (db, f, p, v, c) => lessonSlice(db, f, p, v.own, c),
    item: (k) => ({ id: k.id, publishedAt: k.published_at }),
    loader: 'lesson',
  },
};

export type ListArgs<F> = { filter?: F | null; first?: number | null; after?: string | null };

/**
 * Validates a list's arguments and runs the agency's slice (empty when the filter leaves the
 * agency out). A search's total is reused from `counts` while a client pages through it.
 */
export async function runList<N extends SearchKind>(
  kind: N,
  db: Db,
  agency: AgencyEntry,
  a: ListArgs<FilterOf<N>>,
  viewer: Viewer,
  counts: CountCache,
): Promise<{ page: PageArgs; s: Slice<KeyOf<N>> }> {
  const l: List<N> = LISTS[kind];
  const page = withInput(() => {
    l.validate(a.filter);
    return pageArgs(a.first, a.after, kind);
  });
  const s = includesAgency(a.filter, agency.code)
    ? await l.slice(db, a.filter, page, viewer, { counts, key: countKey(kind, a.filter, viewer.agency) })
    : EMPTY;
  return { page, s };
}

export type Loaders = ReturnType<typeof createLoaders>;
