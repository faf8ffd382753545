/** Reads and writes of joint monitoring: reports and their comments. */
import type { ExpressionBuilder, InferResult, Insertable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db, Trx } from '../../query.ts';
import type { AgencyDatabase, CommentTable, ReportTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

/** A report with its comments, as kysely infers it from `selectReports`. */
export type ReportRow = InferResult<ReturnType<typeof selectReports>>[number];

function reportColumns(eb: ExpressionBuilder<AgencyDatabase, 'monitoring_reports'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('report_comments as c')
      .select(['c.agency', 'c.user_id', 'c.at', 'c.text'])
      .whereRef('c.report_id', '=', 'monitoring_reports.id')
      .orderBy('c.id'),
  ).as('comments');
}

const selectReports = (db: Db) => db.selectFrom('monitoring_reports').selectAll('monitoring_reports').select(reportColumns);

/** The reports of many projects in one statement, latest period first. */
export async function reportsByProjects(db: Db, projectIds: readonly string[]): Promise<ReportRow[][]> {
  if (!projectIds.length) return [];
  const rows = await selectReports(db)
    .where('monitoring_reports.project_id', 'in', [...new Set(projectIds)])
    .orderBy('monitoring_reports.period_end', 'desc')
    .orderBy('monitoring_reports.id', 'desc')
    .execute();
  const byProject = new Map<string, ReportRow[]>();
  for (const r of rows) byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), r]);
  return projectIds.map((id) => byProject.get(id) ?? []);
}

export async function reportById(db: Db, id: string): Promise<ReportRow | null> {
  const row = await selectReports(db).where('monitoring_reports.id', '=', id).executeTakeFirst();
  return row ?? null;
}

// ---------------------------------------------------------------- writes

export type NewReport = Insertable<ReportTable>;

export async function insertReport(trx: Trx, row: NewReport): Promise<void> {
  await trx.insertInto('monitoring_reports').values(row).execute();
}

/** Inserts the reports whose id is new (existing ones are kept as they are); returns the new ids. */
export async function insertNewReports(trx: Trx, rows: readonly NewReport[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await trx
    .insertInto('monitoring_reports')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

/** The report an agency already filed for this period of the project, if any. */
/** Which of these (project, agency, period) reports exist already, as `project|agency|start|end` keys (one statement). */
export async function reportsHeld(
  trx: Trx,
  periods: readonly { projectId: string; agency: string; periodStart: string; periodEnd: string }[],
): Promise<Set<string>> {
  if (!periods.length) return new Set();
  const rows = await trx
    .selectFrom('monitoring_reports')
    .select(['project_id', 'agency', 'period_start', 'period_end'])
    .where('project_id', 'in', [...new Set(periods.map((p) => p.projectId))])
    .execute();
  return new Set(rows.map((r) => `${r.project_id}|${r.agency}|${r.period_start}|${r.period_end}`));
}

export async function reportForPeriod(trx: Trx, p: { projectId: string; agency: string; periodStart: string; periodEnd: string }) {
  return trx
    .selectFrom('monitoring_reports')
    .select('id')
    .where('project_id', '=', p.projectId)
    .where('agency', '=', p.agency)
    .where('period_start', '=', p.periodStart)
    .where('period_end', '=', p.periodEnd)
    .executeTakeFirst();
}

/** The report's project, or undefined when there is no such report. */
export async function reportProject(trx: Trx, id: string) {
  return trx.selectFrom('monitoring_reports').select(['id', 'project_id']).where('id', '=', id).executeTakeFirst();
}

export async function insertComments(trx: Trx, rows: readonly Insertable<CommentTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('report_comments')
      .values([...rows])
      .execute();
}
