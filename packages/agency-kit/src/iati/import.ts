import { codeName, nameSortKey, RELATED_ACTIVITY_TYPE } from '@ssc/contract';
import { sql } from 'kysely';
import { projectRecord } from '../derive.ts';
import { requireRole } from '../identity.ts';
import type { Deps, Input } from '../records/common.ts';
import { institutionIdsByIati, institutionIdsByName, nameTypeKey } from '../records/institutions/repository.ts';
import { insertNewReports, type NewReport, reportsHeld } from '../records/monitoring/repository.ts';
import {
  type NewProject,
  type ProjectRow,
  projectIdsByIati,
  projectsByIatiIdentifier,
  refreshReportedPeriods,
  setIatiKept,
} from '../records/projects/repository.ts';
import { projectValues, writeProject } from '../records/projects/service.ts';
import type { IatiExtra, IatiPercentages, ParticipantTable, ProgressValue, RelationTable } from '../tables.ts';
import type { Actor, Work } from '../unit-of-work.ts';
import { type ProjectValues, validateProject } from '../validate.ts';
import { IatiFileError } from './parse.ts';
import type { Mapped, Read, ReadItem, Refusal } from './reader.ts';
import { readInWorker } from './reader-thread.ts';
import { insertRows } from './rows.ts';
import { schemaErrors } from './schema.ts';

export type { Refusal } from './reader.ts';

export interface ImportReport {
  /** Activities read. */
  activities: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: Refusal[];
  /** Whether anything was stored (false when refusals rolled it back, or nothing changed). */
  stored: boolean;
}

export interface ImportOptions {
  /** Store the valid activities and report the rest (default: refuse the whole file). */
  skipInvalid?: boolean;
  /** Called after every batch with the activities handled so far (stored or refused). */
  onProgress?: (read: number) => void;
  /** Activities checked against the schema at once (default 500). */
  batchSize?: number;
}

/** The import was refused: nothing was stored; the report says why. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    const first = report.refused[0];
    super(
      `the IATI file was refused and nothing was imported: ${report.refused.length} problem(s)${first ? `, the first at line ${first.line}${first.activity ? ` (${first.activity})` : ''}: ${first.rule}` : ''}`,
    );
  }
}

const ADMINS = ['admin'] as const;

/**
 * libxml2's schema check of a batch, its messages placed at the file's lines. The document is
 * the activities' own text from the file, each starting on a line of its own: every line of the
 * document is a line of one activity, `lines` lines of the file after the one it starts on.
 */
async function schemaRefusals(
  texts: readonly { text: string; firstLine: number; lastLine: number }[],
  batch: readonly Read[],
  namespaces: string,
): Promise<Map<number, Refusal[]>> {
  const starts: number[] = [];
  const parts = [`<iati-activities version="2.03"${namespaces}>`];
  let line = 2;
  for (const t of texts) {
    starts.push(line);
    parts.push(t.text);
    line += t.lastLine - t.firstLine + 1;
  }
  parts.push('</iati-activities>\n');
  const errors = await schemaErrors(parts.join('\n'));
  const out = new Map<number, Refusal[]>();
  for (const e of errors) {
    const at = e.loc?.lineNumber ?? 0;
    // the last activity starting on or before the line
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] as number;
    const fileLine = at >= start ? (texts[lo] as { firstLine: number }).firstLine + (at - start) : (batch[lo]?.line ?? 0);
    const rule = e.message.replace(/^.*?Schemas validity error : /, '').trim();
    const list = out.get(lo) ?? [];
    list.push({ line: fileLine, activity: batch[lo]?.id ?? null, rule });
    out.set(lo, list);
  }
  return out;
}

/** Batches read ahead of the one being stored (each with its schema check under way). */
const AHEAD = 2;

/** Imports an IATI activity file into the agency (its admins only). */
export async function importIati(
  deps: Deps,
  actor: Actor,
  chunks: AsyncIterable<string | Uint8Array>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  requireRole(actor.identity, deps.agency.code, [...ADMINS], 'importing an IATI file');
  const report: ImportReport = { activities: 0, created: 0, updated: 0, unchanged: 0, refused: [], stored: false };
  const size = options.batchSize ?? 500;
  try {
    await deps.uow.run(actor, 'importIati', async (work) => {
      let namespaces = '';
      // each batch is stored in its turn, while the next ones are read (in a worker thread) and
      // checked against the schema (libxml2, in another, for what the fast check did not pass):
      // at most `AHEAD` batches wait to be stored
      let stored: Promise<void> = Promise.resolve();
      const waiting: Promise<void>[] = [];
      let handled = 0;
      const flush = ({ reads, unchecked, texts }: Extract<ReadItem, { kind: 'batch' }>) => {
        const checked = unchecked.length
          ? schemaRefusals(
              texts,
              unchecked.map((i) => reads[i] as Read),
              namespaces,
            ).then((found) => new Map([...found].map(([k, refusals]) => [unchecked[k] as number, refusals])))
          : Promise.resolve(new Map<number, Refusal[]>());
        // a failure is awaited in its turn; until then it must not count as unhandled
        checked.catch(() => {});
        stored = stored.then(async () => {
          await importBatch(deps, actor, work, reads, await checked, report);
          handled += reads.length;
          options.onProgress?.(handled);
        });
        stored.catch(() => {});
        waiting.push(stored);
      };
      try {
        for await (const item of readInWorker(chunks, size)) {
          if (item.kind === 'root') {
            namespaces = item.namespaces;
            continue;
          }
          report.activities += item.reads.length;
          flush(item);
          while (waiting.length > AHEAD) await waiting.shift();
        }
        while (waiting.length) await waiting.shift();
      } catch (e) {
        // nothing may write in the transaction once it is rolled back: the batch being stored ends first
        await stored.catch(() => {});
        throw e;
      }
      if (report.refused.length && !options.skipInvalid) throw new ImportRefused(report);
      report.stored = report.created + report.updated > 0;
      return {
        id: `iati-import`,
        before: null,
        after: {
          activities: report.activities,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          refused: report.refused.length,
        },
      };
    });
  } catch (e) {
    if (e instanceof IatiFileError) {
      report.refused.push({ line: e.line, activity: null, rule: e.rule });
      throw new ImportRefused({ ...report, created: 0, updated: 0, unchanged: 0, stored: false });
    }
    if (e instanceof ImportRefused) throw new ImportRefused({ ...e.report, created: 0, updated: 0, unchanged: 0, stored: false });
    throw e;
  }
  return report;
}

async function importBatch(
  deps: Deps,
  actor: Actor,
  work: Work,
  batch: readonly Read[],
  bySchema: Map<number, Refusal[]>,
  report: ImportReport,
): Promise<void> {
  const { trx } = work;
  const existing = await projectsByIatiIdentifier(
    trx,
    batch.flatMap((r) => (r.mapped ? [r.mapped.identifier] : [])),
  );
  const accepted: { line: number; m: Mapped; before: ProjectRow | null }[] = [];
  for (const [i, r] of batch.entries()) {
    const bySchemaOf = bySchema.get(i);
    if (bySchemaOf || r.refusals.length || !r.mapped) report.refused.push(...(bySchemaOf ?? []), ...r.refusals);
    else accepted.push({ line: r.line, m: r.mapped, before: existing.get(r.mapped.identifier) ?? null });
  }
  const institutionIati = await resolveInstitutions(
    work,
    actor,
    accepted.map((a) => a.m),
  );
  const fresh = accepted.filter((a) => !a.before);
  const freshIds = await work.nextIds('Project', 'project_numbers', fresh.length);
  const idOf = new Map(fresh.map((a, k) => [a.m.identifier, freshIds[k] as string]));
  // related activities of this agency's projects (stored, or new in this batch) become links
  const known = new Map([
    ...(await projectIdsByIati(
      trx,
      accepted.flatMap((a) => a.m.related.map((r) => r.ref)),
    )),
    ...idOf,
  ]);
  const rows: NewProject[] = [];
  const participants: ParticipantTable[] = [];
  const relations: RelationTable[] = [];
  const periods: { projectId: string; periods: Mapped['periods'] }[] = [];
  for (const { line, m, before } of accepted) {
    const { values, extra } = prepared(m, known);
    const id = before?.id ?? (idOf.get(m.identifier) as string);
    if (before) {
      // an update, with the rules of a change: a refused one takes back only its own statements
      await sql`savepoint iati_activity`.execute(trx);
      try {
        await updateActivity(deps, actor, work, before, values, { extra, percentages: m.percentages }, m.periods, report);
        await sql`release savepoint iati_activity`.execute(trx);
      } catch (e) {
        await sql`rollback to savepoint iati_activity`.execute(trx);
        report.refused.push({ line, activity: m.identifier, rule: e instanceof Error ? e.message : String(e) });
      }
      continue;
    }
    try {
      validateProject(values, id);
    } catch (e) {
      report.refused.push({ line, activity: m.identifier, rule: e instanceof Error ? e.message : String(e) });
      continue;
    }
    // new activities are written together: a few statements a batch, whatever its size
    const record = projectRecord(id, values, (institution) => institutionIati.get(institution));
    rows.push({
      ...record.row,
      id,
      iati_identifier: m.identifier,
      iati_extra: JSON.stringify(extra),
      iati_percentages: JSON.stringify(m.percentages),
      created_by: actor.identity.user,
      updated_by: actor.identity.user,
      last_report_end: null,
    });
    participants.push(...record.participants);
    relations.push(...record.relations);
    periods.push({ projectId: id, periods: m.periods });
    report.created++;
  }
  // the new projects' reports: none can be held yet, and each project is stored with the end of its last
  const reports = await newReports(deps, actor, work, periods, false);
  const lastEnd = new Map<string, string>();
  for (const r of reports) if (r.period_end > (lastEnd.get(r.project_id) ?? '')) lastEnd.set(r.project_id, r.period_end);
  for (const row of rows) row.last_report_end = lastEnd.get(row.id) ?? null;
  await insertRows(trx, 'projects', rows, 'id');
  await insertRows(trx, 'project_participants', participants);
  await insertRows(trx, 'project_relations', relations);
  await insertRows(trx, 'monitoring_reports', reports, 'id');
}

/** A value with its objects' keys sorted and those undefined or null left out (a value not given and one
 * stored empty are the same): equal values print alike.
 */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, y]) => y !== undefined && y !== null)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

/**
 * The institutions the batch's participating organisations name: found in the agency's registry
 * by IATI identifier, or registered there when the file gives their type (one statement each
 * way for the batch). Sets each participant's institution; returns their IATI identifiers by id.
 */
async function resolveInstitutions(work: Work, actor: Actor, batch: Mapped[]): Promise<Map<string, string>> {
  const refs = batch.flatMap((m) => m.institutions.flatMap((i) => (i.ref ? [i.ref] : [])));
  const found = await institutionIdsByIati(work.trx, refs);
  // without an identifier, an organisation is the registered one of its name and type
  const named = await institutionIdsByName(
    work.trx,
    batch.flatMap((m) => m.institutions.flatMap((i) => (!i.ref && i.type ? [{ name: i.name, type: i.type }] : []))),
  );
  const keyOf = (i: Mapped['institutions'][number]) => i.ref ?? `name:${nameTypeKey(i.name, i.type)}`;
  const missing = new Map<string, { ref: string | undefined; type: string; name: string }>();
  for (const m of batch) {
    for (const i of m.institutions) {
      if (!i.type || (i.ref ? found.has(i.ref) : named.has(nameTypeKey(i.name, i.type)))) continue;
      missing.set(keyOf(i), { ref: i.ref, type: i.type, name: i.name });
    }
  }
  const newIds = await work.nextIds('Institution', 'institution_numbers', missing.size);
  const created = new Map([...missing.keys()].map((key, k) => [key, newIds[k] as string]));
  await insertRows(
    work.trx,
    'institutions',
    [...missing.entries()].map(([key, i]) => ({
      id: created.get(key) as string,
      name: i.name,
      sort_name: nameSortKey(i.name),
      acronym: null,
      country_code: null,
      organisation_type: i.type,
      iati_identifier: i.ref ?? null,
      created_by: actor.identity.user,
      updated_by: actor.identity.user,
    })),
    'id',
  );
  const iatiOf = new Map<string, string>();
  for (const m of batch) {
    for (const i of m.institutions) {
      const id = (i.ref ? found.get(i.ref) : named.get(nameTypeKey(i.name, i.type))) ?? created.get(keyOf(i));
      const p = m.values.participants[i.position];
      if (id && p) {
        p.institutionId = id;
        if (i.ref) iatiOf.set(id, i.ref);
      }
    }
  }
  return iatiOf;
}

/** The project input of an activity, its related activities resolved, and what is kept as it is. */
function prepared(m: Mapped, known: ReadonlyMap<string, string>): { values: ProjectValues & Input; extra: IatiExtra[] } {
  const relatedProjects = m.related.flatMap((r) => {
    const id = known.get(r.ref);
    return id && RELATED_ACTIVITY_TYPE_NAMES.has(r.type) ? [{ type: codeName(RELATED_ACTIVITY_TYPE, Number(r.type)), id }] : [];
  });
  const extra = [
    ...m.extra,
    ...m.related
      .filter((r) => !known.has(r.ref) || !RELATED_ACTIVITY_TYPE_NAMES.has(r.type))
      .map((r) => ({ element: 'related-activity', xml: r.xml })),
  ];
  return { values: { ...m.values, relatedProjects }, extra };
}

/** A known activity: written as a change of the project when anything differs, else counted unchanged. */
async function updateActivity(
  deps: Deps,
  actor: Actor,
  work: Work,
  before: ProjectRow,
  values: ProjectValues & Input,
  kept: { extra: IatiExtra[]; percentages: IatiPercentages },
  periods: Mapped['periods'],
  report: ImportReport,
): Promise<void> {
  const current = projectValues(before, deps.projectColumns);
  const merged = { ...current, ...values };
  const sortLinks = (x: ProjectValues) => ({
    ...x,
    relatedProjects: [...(x.relatedProjects ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
  });
  const reports = await newReports(deps, actor, work, [{ projectId: before.id, periods }], true);
  if (
    canonical(sortLinks(merged)) === canonical(sortLinks(current)) &&
    canonical(before.iati_extra) === canonical(kept.extra) &&
    canonical(before.iati_percentages) === canonical(kept.percentages) &&
    !reports.length
  ) {
    report.unchanged++;
    return;
  }
  await writeProject(deps, work.trx, before.id, merged, true, actor.identity);
  await setIatiKept(work.trx, before.id, kept);
  await insertNewReports(work.trx, reports);
  await refreshReportedPeriods(work.trx, [before.id]);
  report.updated++;
}

/**
 * The monitoring reports the periods came from: one a period and side (the values of every
 * indicator it measured), unless the project already holds that side's report of the period
 * (asked only when `stored`: the projects are not new).
 */
async function newReports(
  deps: Deps,
  actor: Actor,
  work: Work,
  projects: { projectId: string; periods: Mapped['periods'] }[],
  stored: boolean,
): Promise<NewReport[]> {
  const reports = new Map<
    string,
    { projectId: string; start: string; end: string; side: string; agency: string; progress: ProgressValue[] }
  >();
  for (const { projectId, periods } of projects) {
    for (const p of periods) {
      const agency = p.agency ?? deps.agency.code;
      const key = `${projectId}|${p.start}|${p.end}|${p.side}|${agency}`;
      const r = reports.get(key) ?? { projectId, start: p.start, end: p.end, side: p.side, agency, progress: [] };
      r.progress.push(p.progress);
      reports.set(key, r);
    }
  }
  const held = stored
    ? await reportsHeld(
        work.trx,
        [...reports.values()].map((r) => ({ projectId: r.projectId, agency: r.agency, periodStart: r.start, periodEnd: r.end })),
      )
    : new Set<string>();
  const fresh = [...reports.values()].filter((r) => !held.has(`${r.projectId}|${r.agency}|${r.start}|${r.end}`));
  const ids = await work.nextIds('MonitoringReport', 'report_numbers', fresh.length);
  return fresh.map((r, k) => ({
    id: ids[k] as string,
    project_id: r.projectId,
    period_start: r.start,
    period_end: r.end,
    side: r.side,
    agency: r.agency,
    author: actor.identity.user,
    summary: null,
    progress: JSON.stringify(r.progress),
    issues: null,
    next_steps: null,
  }));
}

const RELATED_ACTIVITY_TYPE_NAMES = new Set(Object.values(RELATED_ACTIVITY_TYPE).map(String));
