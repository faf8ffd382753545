/**
 * The resolvers of an agency subgraph, generated for any registry entry: lookups by id, the
 * agency's own paginated lists, batched entity resolution, and the agency's slices of the
 * cross-agency lists.
 */

import type { Identity } from '@ssc/auth';
import {
  type AgencyEntry,
  agencyNames,
  encodeCursor,
  ORDER_KEYS,
  type OrderKey,
  readSearchKey,
  representationId,
  SEARCHES,
  type SearchKind,
} from '@ssc/contract';
import { type SubgraphOptions, scalarResolvers, withInput } from '@ssc/server-kit';
import { type GraphQLFieldResolver, type GraphQLResolveInfo, isInputType } from 'graphql';
import type { AgencyContext } from './context.ts';
import { type FilterOf, type Graph, LISTS, type List, type ListArgs, runList } from './loaders.ts';
import { agencyMutations } from './mutations.ts';
import { CountCache, type Db, type Slice } from './query.ts';
import { auditQueries } from './records/audit/resolvers.ts';
import type { ProjectColumns } from './records/common.ts';
import { profileResolvers } from './records/profile/resolvers.ts';
import { statsResolvers } from './records/stats/resolvers.ts';
import { usersKeysQueries } from './records/users-keys/resolvers.ts';
import type { Translations } from './validate.ts';

/** The resolver map a subgraph server takes. */
type ResolverMap = SubgraphOptions<AgencyContext>['resolvers'];

// what agency.ts takes from here
export type { AgencyContext } from './context.ts';
export { countKey, createLoaders, type Loaders } from './loaders.ts';

type LangArgs = { lang?: string | null };

/**
 * A text field in the language asked for (`lang`) where the record has it, else in the record's
 * own language (the project's `language`): `own` reads the text, `translations` its other languages.
 */
const inLanguage =
  <T>(own: (r: T) => string | null, translations: (r: T) => Translations) =>
  (r: T, a: LangArgs) =>
    (a.lang ? translations(r)?.find((t) => t.lang === a.lang)?.text : undefined) ?? own(r);

/** A project's title and description, with their translations (`narratives`, each naming its field). */
type Narrated = { title: string; description: string | null; narratives?: readonly { field: string; lang: string; text: string }[] };
const narrativesOf = (field: 'TITLE' | 'DESCRIPTION') => (p: Narrated) => p.narratives?.filter((n) => n.field === field);
/** A result's or an indicator's title. */
const title = inLanguage(
  (r: { title: string; titleTranslations?: Translations }) => r.title,
  (r) => r.titleTranslations,
);

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

export function agencyResolvers(
  agency: AgencyEntry,
  db: Db,
  extension: { readonly projectColumns?: ProjectColumns } = {},
  counts = new CountCache(0),
): ResolverMap {
  const n = agencyNames(agency);
  const t = (kind: keyof typeof LISTS) => n.type(kind);
  const Query: Record<string, GraphQLFieldResolver<unknown, AgencyContext>> = {};
  const resolvers: ResolverMap = {
    ...scalarResolvers,
    Query,
    Mutation: agencyMutations(agency, db, extension, counts),
    Participant: {
      name: inLanguage(
        (p: { name: string; nameTranslations?: Translations }) => p.name,
        (p) => p.nameTranslations,
      ),
      institution: (p: { institutionId: string | null }, _: unknown, ctx: AgencyContext) =>
        p.institutionId ? ctx.loaders.institution.load(p.institutionId) : null,
    },
    Result: { title },
    Indicator: { title },
    IndicatorProgress: {
      indicatorTitle: inLanguage(
        (g: { indicatorTitle: string; indicatorTitleTranslations?: Translations }) => g.indicatorTitle,
        (g) => g.indicatorTitleTranslations,
      ),
      comment: inLanguage(
        (g: { comment: string | null; commentTranslations?: Translations }) => g.comment,
        (g) => g.commentTranslations,
      ),
    },
  };
  /** Fields that load further records of this agency. */
  const typeResolvers: Partial<Record<SearchKind, Record<string, GraphQLFieldResolver<never, AgencyContext>>>> = {
    Project: {
      // a text in the language asked for, where the record has it; else in its own language
      title: inLanguage((p: Narrated) => p.title, narrativesOf('TITLE')),
      description: inLanguage((p: Narrated) => p.description, narrativesOf('DESCRIPTION')),
      monitoringReports: (p: { id: string }, _: unknown, ctx: AgencyContext) => ctx.loaders.reports.load(p.id),
      request: (p: { requestId: string | null }, _: unknown, ctx: AgencyContext) =>
        p.requestId ? ctx.loaders.request.load(p.requestId) : null,
    },
    CooperationRequest: {
      project: (r: { projectId: string | null }, _: unknown, ctx: AgencyContext) =>
        r.projectId ? ctx.loaders.project.load(r.projectId) : null,
    },
  };
  /** One kind of list: the agency's own query, its records' references, its slice of the cross-agency list. */
  const addList = <N extends SearchKind>(kind: N) => {
    const list: List<N> = LISTS[kind];
    const run = (a: ListArgs<FilterOf<N>>, identity: Identity | null) =>
      runList(kind, db, agency, a, { agency: identity?.agency ?? null, own: identity?.agency === agency.code }, counts);
    Query[n.query.list(kind)] = async (_: unknown, a: ListArgs<FilterOf<N>>, ctx: AgencyContext) => {
      const { page, s } = await run(a, ctx.reader);
      return toPage(
        s,
        page.first,
        (k) => ORDER_KEYS[kind](list.item(k)),
        (ids) => ctx.loaders[list.loader].loadMany(ids),
      );
    };
    resolvers[kind] = { __resolveType: () => t(kind) };
    resolvers[t(kind)] = {
      // a representation sent straight to this subgraph may hold anything: only an id of this agency's records of this kind
      __resolveReference: async (r: unknown, ctx: AgencyContext) =>
        ctx.loaders[list.loader].load(withInput(() => representationId(r, agency, kind))),
      ...typeResolvers[kind],
    };
    // The agency's slice of a cross-agency list: the search key carries filter and page window.
    resolvers[list.connection] = {
      __resolveReference: async (r: unknown, ctx: AgencyContext, info: GraphQLResolveInfo) => {
        // checked as the list's own arguments are: the key may come from anyone who reaches this subgraph
        const filterType = info.schema.getType(`${kind}Filter`);
        const { key, filter, first, after } = withInput(() =>
          readSearchKey<FilterOf<N>>(kind, r, isInputType(filterType) ? filterType : undefined),
        );
        const loader = ctx.loaders.search[kind];
        const s = loader ? await loader.load(key) : (await run({ filter, first, after }, ctx.reader)).s;
        return { key, [n.sliceField]: { total: s.total, items: s.items.map(list.item) } };
      },
    };
  };
  for (const { kind } of SEARCHES) addList(kind);
  Query[n.query.project] = (_: unknown, { id }: { id: string }, ctx: AgencyContext) => ctx.loaders.project.load(id);
  const profile = profileResolvers({ agency, db });
  Object.assign(Query, auditQueries({ agency, db }), profile.query, usersKeysQueries({ agency, db }));
  Object.assign(resolvers, profile.types, statsResolvers(agency, db, counts));
  return resolvers;
}
