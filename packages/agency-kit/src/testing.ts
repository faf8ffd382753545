/**
 * The tests every agency subgraph runs against itself (each agency's test file calls
 * `agencySubgraphSuite`): migrations from empty, idempotent seed data that passes the code
 * lists, its own fields served, and batched entity resolution.
 */
import { agencyNames, codelists, ORGANISATION_ROLE, parseId, RELATED_ACTIVITY_TYPE, typeName } from '@ssc/contract';
import { postGraphQL } from '@ssc/server-kit';
import { useFreshDatabase } from '@ssc/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyDefinition, RunningAgency } from './agency.ts';
import { loadAgencyEnv } from './env.ts';
import type { AgencyDatabase } from './tables.ts';

export const SMALL_SEED = 120;

/**
 * `ownField`: the agency's own project field and its values, for an agency with a package of its
 * own; an agency that is only a registry entry has none (and no column beyond the core ones).
 */
export function agencySubgraphSuite(def: AgencyDefinition, ownField?: { field: string; values: readonly string[] }) {
  const { agency } = def;
  const fresh = useFreshDatabase<AgencyDatabase>(def.migrations, agency.subgraph);
  let server: RunningAgency;

  beforeAll(async () => {
    await def.seed(fresh().db, { projects: SMALL_SEED });
    server = await def.start(loadAgencyEnv(agency, { DATABASE_URL: fresh().url, PORT: '0', LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => {
    await server?.stop();
  });

  const query = (q: string, variables?: Record<string, unknown>) => postGraphQL(server.url, q, variables);

  describe(`${agency.code} subgraph`, () => {
    it('migrates an empty database to the latest schema, with its own column', async () => {
      const columns = await sql<{
        column_name: string;
      }>`select column_name from information_schema.columns where table_name = 'projects'`.execute(fresh().db);
      const names = columns.rows.map((r) => r.column_name);
      expect(names).toEqual(expect.arrayContaining(['id', 'iati_identifier', 'start_rank', 'countries']));
      const ownColumns = Object.values(def.extension.projectColumns ?? {}).map((c) => c.column);
      expect(ownColumns.length > 0).toBe(ownField !== undefined);
      expect(names).toEqual(expect.arrayContaining(ownColumns));
      const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(fresh().db);
      expect(migrations.rows.map((r) => r.name)).toEqual(Object.keys(def.migrations).sort());
    });

    it('seeds idempotently: a second run adds nothing', async () => {
      const again = await def.seed(fresh().db, { projects: SMALL_SEED });
      expect(Object.keys(again).length).toBeGreaterThanOrEqual(3);
      expect(again).toEqual(Object.fromEntries(Object.keys(again).map((k) => [k, 0])));
      const { count } = await fresh()
        .db.selectFrom('projects')
        .select((e) => e.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(Number(count)).toBe(SMALL_SEED + (def.extension.facts?.projects.length ?? 0));
    });

    it('seeds only codes from the IATI code lists and ids of the federation', async () => {
      const db = fresh().db;
      const projects = await db.selectFrom('projects').selectAll().execute();
      for (const p of projects) {
        expect(parseId(p.id)?.agency.code, p.id).toBe(agency.code);
        expect(p.iati_identifier.startsWith(`${agency.iatiOrgId}-`)).toBe(true);
        for (const c of p.countries) expect(codelists.country.has(c), `${p.id} country ${c}`).toBe(true);
        for (const s of p.sectors) expect(codelists.sector.has(s), `${p.id} sector ${s}`).toBe(true);
        for (const g of p.sdgs) expect(codelists.sdgGoal.has(String(g)), `${p.id} SDG ${g}`).toBe(true);
        if (p.collaboration_type) expect(codelists.collaborationType.has(p.collaboration_type)).toBe(true);
        if (p.budget_currency) expect(codelists.currency.has(p.budget_currency)).toBe(true);
      }
      const institutions = await db.selectFrom('institutions').selectAll().execute();
      for (const i of institutions) expect(codelists.organisationType.has(i.organisation_type), `${i.id} type`).toBe(true);
      const participants = await db.selectFrom('project_participants').selectAll().execute();
      for (const x of participants) expect(Object.values(ORGANISATION_ROLE)).toContain(x.organisation_role);
      const relations = await db.selectFrom('project_relations').selectAll().execute();
      for (const r of relations) {
        expect(parseId(r.related_id)?.kind, r.related_id).toBe('Project');
        expect(Object.values(RELATED_ACTIVITY_TYPE)).toContain(r.type);
      }
      const evaluations = await db.selectFrom('evaluations').selectAll().execute();
      expect(evaluations.length).toBeGreaterThan(10);
      for (const e of evaluations) expect(parseId(e.project_id)?.kind, e.project_id).toBe('Project');
    });

    it("seeds the cooperation cycle with valid codes: requests, reports, experts, lessons and the agency's profile", async () => {
      const db = fresh().db;
      const requests = await db.selectFrom('cooperation_requests').selectAll().execute();
      expect(requests.length).toBeGreaterThan(5);
      expect(new Set(requests.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
      for (const r of requests) {
        expect(parseId(r.id), r.id).toEqual({ agency, kind: 'CooperationRequest' });
        expect(codelists.country.has(r.requester_country), `${r.id} country`).toBe(true);
        for (const s of r.sectors) expect(codelists.sector.has(s), `${r.id} sector ${s}`).toBe(true);
      }
      const experts = await db.selectFrom('experts').selectAll().execute();
      expect(experts.length).toBeGreaterThan(5);
      for (const x of experts) {
        expect(codelists.country.has(x.nationality), `${x.id} nationality`).toBe(true);
        for (const l of x.languages) expect(codelists.language.has(l), `${x.id} language ${l}`).toBe(true);
        for (const s of x.sectors) expect(codelists.sector.has(s), `${x.id} sector ${s}`).toBe(true);
      }
      const reports = await db.selectFrom('monitoring_reports').selectAll().execute();
      expect(reports.length).toBeGreaterThan(0);
      const lessons = await db.selectFrom('lessons').selectAll().execute();
      expect(lessons.some((l) => l.public)).toBe(true);
      // the profile is a fact: an agency without facts of its own (only a registry entry) has none yet
      const profile = await db.selectFrom('agency_profile').selectAll().executeTakeFirst();
      expect(profile?.legal_instruments.length ?? 0).toBe(
        def.extension.facts?.profile ? def.extension.facts.profile.legalInstruments.length : 0,
      );
    });

    it("resolves requests, experts and lessons by reference in one statement per kind, and its projects' reports in one", async () => {
      const db = fresh().db;
      const refs = async (kind: 'CooperationRequest' | 'Expert' | 'Lesson', table: 'cooperation_requests' | 'experts' | 'lessons') =>
        (await db.selectFrom(table).select('id').limit(30).execute()).map((r) => ({ __typename: typeName(agency, kind), id: r.id }));
      const representations = [
        ...(await refs('CooperationRequest', 'cooperation_requests')),
        ...(await refs('Expert', 'experts')),
        ...(await refs('Lesson', 'lessons')),
      ];
      const before = server.database.stats.queries;
      const res = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on ${typeName(agency, 'CooperationRequest')} { id status history { to } }
          ... on ${typeName(agency, 'Expert')} { id languages { code } availability { from } }
          ... on ${typeName(agency, 'Lesson')} { id title } } }`,
        { r: representations },
      );
      expect(res.errors).toBeUndefined();
      // unpublished lessons are hidden from an anonymous caller: every request and expert, and the published lessons
      const lessonIds = representations.filter((r) => r.__typename === typeName(agency, 'Lesson')).map((r) => r.id);
      const published = await db.selectFrom('lessons').select('id').where('id', 'in', lessonIds).where('public', '=', true).execute();
      expect(published.length).toBeLessThan(lessonIds.length);
      expect((res.data as { _entities: unknown[] })._entities.filter(Boolean).length).toBe(
        representations.length - lessonIds.length + published.length,
      );
      expect(server.database.stats.queries - before).toBe(3);
      const projects = (await db.selectFrom('monitoring_reports').select('project_id').distinct().limit(20).execute()).map(
        (r) => r.project_id,
      );
      const beforeReports = server.database.stats.queries;
      const reports = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName(agency, 'Project')} { id monitoring { reportCount } monitoringReports { id progress { actualValue } comments { text } } } } }`,
        { r: projects.map((id) => ({ __typename: typeName(agency, 'Project'), id })) },
      );
      expect(reports.errors).toBeUndefined();
      const found = (reports.data as { _entities: { monitoring: { reportCount: number }; monitoringReports: unknown[] }[] })._entities;
      for (const p of found) expect(p.monitoringReports).toHaveLength(p.monitoring.reportCount);
      expect(server.database.stats.queries - beforeReports).toBe(2);
    });

    it(`serves ${ownField ? `its own field ${ownField.field} and ` : ''}the shared contract`, async () => {
      const res = await query(
        `query($first: Int) { ${agencyNames(agency).query.list('Project')}(first: $first) { totalCount nodes { id title status modality ${ownField?.field ?? ''} agency { code } participants { role name } } pageInfo { hasNextPage endCursor } } }`,
        { first: 50 },
      );
      expect(res.errors).toBeUndefined();
      const page = (res.data as Record<string, { totalCount: number; nodes: Record<string, unknown>[] }>)[
        agencyNames(agency).query.list('Project')
      ];
      expect(page?.totalCount).toBe(SMALL_SEED + (def.extension.facts?.projects.length ?? 0));
      expect(page?.nodes).toHaveLength(50);
      for (const n of page?.nodes ?? []) {
        if (ownField) expect(ownField.values).toContain(n[ownField.field]);
        expect(n.agency).toEqual({ code: agency.code });
      }
    });

    it('resolves 100 project references with one SQL statement', async () => {
      const ids = (await fresh().db.selectFrom('projects').select('id').orderBy('id').limit(100).execute()).map((r) => r.id);
      expect(ids).toHaveLength(100);
      const representations = [
        ...ids.map((id) => ({ __typename: typeName(agency, 'Project'), id })),
        { __typename: typeName(agency, 'Project'), id: `${agency.idPrefix}-P-999999` },
      ];
      const before = server.database.stats.queries;
      const res = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName(agency, 'Project')} { id title participants { name } } } }`,
        { r: representations },
      );
      const statements = server.database.stats.queries - before;
      expect(res.errors).toBeUndefined();
      const entities = (res.data as { _entities: ({ id: string } | null)[] })._entities;
      expect(entities.slice(0, 100).map((e) => e?.id)).toEqual(ids);
      expect(entities[100]).toBeNull();
      expect(statements).toBe(1);
    });

    it('resolves evaluation and institution references in one statement per kind', async () => {
      const evaluations = (await fresh().db.selectFrom('evaluations').select('id').limit(30).execute()).map((r) => ({
        __typename: typeName(agency, 'Evaluation'),
        id: r.id,
      }));
      const institutions = (await fresh().db.selectFrom('institutions').select('id').limit(30).execute()).map((r) => ({
        __typename: typeName(agency, 'Institution'),
        id: r.id,
      }));
      const before = server.database.stats.queries;
      const res = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName(agency, 'Evaluation')} { id ratings { criterion score } } ... on ${typeName(agency, 'Institution')} { id name } } }`,
        { r: [...evaluations, ...institutions] },
      );
      expect(res.errors).toBeUndefined();
      expect((res.data as { _entities: unknown[] })._entities.filter(Boolean)).toHaveLength(evaluations.length + institutions.length);
      expect(server.database.stats.queries - before).toBe(2);
    });

    it('lists overdue projects exactly as their monitoring status says', async () => {
      const list = async (overdue: boolean) => {
        const res = await query(
          `{ ${agencyNames(agency).query.list('Project')}(filter: { statuses: [IMPLEMENTATION], monitoringOverdue: ${overdue} }, first: 500) {
            totalCount nodes { monitoring { overdue nextReportDue } } } }`,
        );
        expect(res.errors).toBeUndefined();
        return (res.data as Record<string, { totalCount: number; nodes: { monitoring: { overdue: boolean; nextReportDue: string } }[] }>)[
          agencyNames(agency).query.list('Project')
        ];
      };
      const today = new Date().toISOString().slice(0, 10);
      const [late, onTime] = [await list(true), await list(false)];
      // the seed dates reports up to 2026-11-29, so some are late on any day from then on
      expect(late?.totalCount).toBeGreaterThan(0);
      expect((late?.totalCount ?? 0) + (onTime?.totalCount ?? 0)).toBe(
        Number(
          (
            await fresh()
              .db.selectFrom('projects')
              .select((e) => e.fn.countAll<string>().as('n'))
              .where('status', '=', 2)
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );
      for (const n of late?.nodes ?? []) expect(n.monitoring.overdue && n.monitoring.nextReportDue < today).toBe(true);
      for (const n of onTime?.nodes ?? []) expect(!n.monitoring.overdue && n.monitoring.nextReportDue >= today).toBe(true);
    });

    it('answers a bad filter with BAD_USER_INPUT naming the argument', async () => {
      const res = await query(`{ ${agencyNames(agency).query.list('Project')}(filter: { countries: ["ZZ"] }) { totalCount } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argument).toBe('filter.countries');
      expect(res.errors?.[0]?.message).toMatch(/"ZZ" is not ISO 3166-1/);
    });

    it('reports its health from the database and its migrations', async () => {
      const res = await fetch(new URL('/health', server.url));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true } });
    });
  });
}
