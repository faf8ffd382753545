/**
 * The agency's share of the statistics: one aggregate statement per statistic, whatever the
 * number of records. The filtered records are selected by the list's own predicates (and, for
 * evaluations, the list's visibility), then grouped in SQL; what comes back is one JSON array of
 * groups, never the records.
 */
import {
  type CooperationRequestFilter,
  type EvaluationFilter,
  type ExpertFilter,
  NONE_KEY,
  type ProjectFilter,
  type StatsRow,
} from '@ssc/contract';
import { sql } from 'kysely';
import { type Db, TODAY_UTC } from '../../query.ts';
import { evaluationWhere, visibleTo } from '../evaluations/repository.ts';
import { expertWhere } from '../experts/repository.ts';
import { projectWhere } from '../projects/repository.ts';
import { requestWhere } from '../requests/repository.ts';

/** The groups of `inner` (columns dim, key, n, amount, cur, yr) as one JSON array of StatsRow tuples. */
async function rows(db: Db, query: ReturnType<typeof sql>): Promise<StatsRow[]> {
  const { rows: result } = await sql<{ part: StatsRow[] }>`
    select coalesce(json_agg(json_build_array(g.dim, g.key, g.n, g.amount, g.cur, g.yr) order by g.dim, g.key, g.cur, g.yr), '[]'::json) as part
    from (${query}) as g`.execute(db);
  return result[0]?.part ?? [];
}

/** A set of codes as one key, space-separated ('' for none), as stored: the network sorts them and drops repeats. */
const setKey = (column: 'projects.recipient_countries' | 'projects.sectors' | 'projects.sdgs') =>
  sql<string>`array_to_string(${sql.ref(column)}, ' ')`;

/**
 * Projects, in one scan and one grouping: a `total` group, and one per status, modality, start
 * year, and set of recipient countries (`countries`), of sectors (`sectors`) and of SDGs
 * (`sdgs`), each set its codes space-separated as stored, so that the network can share a
 * budget among them and count a project once per region or sector category (no array is
 * unnested: the grouping is one pass over the projects). Each group is split
 * by budget currency, and by start year for currencies other than the dollar (the network
 * converts at the start year's rate).
 */
export function projectStatsRows(db: Db, filter: ProjectFilter | null | undefined): Promise<StatsRow[]> {
  const base = db
    .selectFrom('projects')
    .where(projectWhere(filter))
    .select([
      'projects.status',
      'projects.modality',
      'projects.budget_currency as cur',
      sql<string>`coalesce(extract(year from projects.start_date)::int::text, ${NONE_KEY}::text)`.as('sy'),
      sql<number | null>`projects.budget_amount::float8`.as('amount'),
      sql<number | null>`case when projects.budget_currency = 'USD' then null else extract(year from projects.start_date)::int end`.as(
        'yr',
      ),
      setKey('projects.recipient_countries').as('ck'),
      setKey('projects.sectors').as('sk'),
      setKey('projects.sdgs').as('gk'),
    ]);
  return rows(
    db,
    sql`select case when grouping(p.status) = 0 then 'status' when grouping(p.modality) = 0 then 'modality'
        when grouping(p.sy) = 0 then 'startYear' when grouping(p.ck) = 0 then 'countries'
        when grouping(p.sk) = 0 then 'sectors' when grouping(p.gk) = 0 then 'sdgs' else 'total' end as dim,
      coalesce(p.status::text, p.modality, p.sy, p.ck, p.sk, p.gk, '') as key,
      count(*)::int as n, sum(p.amount) as amount, p.cur, p.yr
    from (${base}) as p
    group by p.cur, p.yr, grouping sets ((p.status), (p.modality), (p.sy), (p.ck), (p.sk), (p.gk), ())`,
  );
}

/**
 * Evaluations the viewer may see: a `total` group, one per overall rating and evaluating agency,
 * and per DAC criterion the number of scores (n) and their sum (amount).
 */
export function evaluationStatsRows(db: Db, filter: EvaluationFilter | null | undefined, viewer: string | null): Promise<StatsRow[]> {
  const base = db
    .selectFrom('evaluations')
    .where(evaluationWhere(filter))
    .where(visibleTo(viewer))
    .select(['evaluations.id', 'evaluations.overall_rating', 'evaluations.evaluators']);
  return rows(
    db,
    sql`with e as (${base})
    select case when grouping(e.overall_rating) = 0 then 'rating' else 'total' end as dim,
      case when grouping(e.overall_rating) = 0 then coalesce(e.overall_rating::text, ${NONE_KEY}::text) else '' end as key,
      count(*)::int as n, null::float8 as amount, null::text as cur, null::int as yr
    from e group by grouping sets ((e.overall_rating), ())
    union all select 'evaluator', v.v, count(*)::int, null, null, null
      from e cross join lateral (select distinct v from unnest(e.evaluators) as v) as v group by 2
    union all select 'criterion', r.criterion, count(*)::int, sum(r.score)::float8, null, null
      from e join evaluation_ratings r on r.evaluation_id = e.id group by 2`,
  );
}

/**
 * Requests: a `total` group, one per status and requesting country, and a histogram of the whole
 * days from submission to the decision (the first move to ACCEPTED or DECLINED): key the days.
 */
export function requestStatsRows(db: Db, filter: CooperationRequestFilter | null | undefined): Promise<StatsRow[]> {
  const base = db
    .selectFrom('cooperation_requests')
    .where(requestWhere(filter))
    .select([
      'cooperation_requests.id',
      'cooperation_requests.status',
      'cooperation_requests.requester_country',
      'cooperation_requests.submitted_at',
    ]);
  return rows(
    db,
    sql`with r as (${base}), d as (
      select floor(extract(epoch from (min(t.at) - r.submitted_at)) / 86400)::int as days
      from r join request_transitions t on t.request_id = r.id and t.to_status in ('ACCEPTED', 'DECLINED')
      group by r.id, r.submitted_at
    )
    select 'total' as dim, '' as key, count(*)::int as n, null::float8 as amount, null::text as cur, null::int as yr from r
    union all select 'status', r.status, count(*)::int, null, null, null from r group by 2
    union all select 'country', r.requester_country, count(*)::int, null, null, null from r group by 2
    union all select 'days', d.days::text, count(*)::int, null, null, null from d group by 2`,
  );
}

/**
 * Experts: a `total` group, one per sector and language, and one per availability today (UTC):
 * deployed (a deployment covers today), else available (a window covers today), else upcoming (a
 * window starts later), else unavailable.
 */
export function expertStatsRows(db: Db, filter: ExpertFilter | null | undefined): Promise<StatsRow[]> {
  const base = db.selectFrom('experts').where(expertWhere(filter)).select(['experts.id', 'experts.sectors', 'experts.languages']);
  return rows(
    db,
    sql`with x as (${base})
    select 'total' as dim, '' as key, count(*)::int as n, null::float8 as amount, null::text as cur, null::int as yr from x
    union all select 'sector', coalesce(s.s, 'NONE'), count(*)::int, null, null, null
      from x left join lateral (select distinct s from unnest(x.sectors) as s) as s on true group by 2
    union all select 'language', coalesce(l.l, 'NONE'), count(*)::int, null, null, null
      from x left join lateral (select distinct l from unnest(x.languages) as l) as l on true group by 2
    union all select 'availability', case
        when exists (select 1 from expert_deployments d where d.expert_id = x.id and d.start_date <= ${TODAY_UTC} and d.end_date >= ${TODAY_UTC}) then 'deployed'
        when exists (select 1 from expert_availability w where w.expert_id = x.id and w.available_from <= ${TODAY_UTC} and w.available_to >= ${TODAY_UTC}) then 'available'
        when exists (select 1 from expert_availability w where w.expert_id = x.id and w.available_from > ${TODAY_UTC}) then 'upcoming'
        else 'unavailable' end, count(*)::int, null, null, null
      from x group by 2`,
  );
}
