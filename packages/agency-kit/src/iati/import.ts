import { setImmediate } from 'node:timers/promises';
import {
  ACTIVITY_STATUS,
  AGENCIES,
  codelists,
  codeName,
  MODALITIES,
  nameSortKey,
  ORGANISATION_ROLE,
  PARTICIPANT_ROLES,
  RELATED_ACTIVITY_TYPE,
} from '@ssc/contract';
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
import { jsonTranslations, type ProjectValues, progressComment, validateProject } from '../validate.ts';
import { IatiFileError, readActivities, toXml, type XmlNode } from './parse.ts';
import { insertRows } from './rows.ts';
import { schemaErrors } from './schema.ts';
import { fastSchemaCheck } from './xsd.ts';

/** One refused activity (or the whole file): where, which, and the rule it breaks. */
export interface Refusal {
  line: number;
  /** The activity's iati-identifier, when it has one. */
  activity: string | null;
  rule: string;
}

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

/** An activity as the import holds it until its batch is stored: its tree is read and let go. */
interface Read {
  /** The line the activity starts on. */
  line: number;
  id: string | null;
  /** The activity in the graph's terms, unless its code list checks refused it. */
  mapped: Mapped | null;
  /** What the code list checks refused (the schema's findings come later). */
  refusals: Refusal[];
}

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

const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
const all = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
/**
 * The narrative of an element in the activity's language (or without one), else its first: the
 * text; every other narrative in another language is kept as its translation.
 */
function narrativeOf(n: XmlNode | undefined, lang: string): { text: string | null; translations: { lang: string; text: string }[] } {
  const narratives = n ? all(n, 'narrative') : [];
  const chosen = narratives.find((x) => !x.attrs['xml:lang'] || x.attrs['xml:lang'] === lang) ?? narratives[0];
  const translations = narratives.flatMap((x) => {
    const l = x.attrs['xml:lang'];
    const text = x.text.trim();
    return x !== chosen && l && l !== lang && text ? [{ lang: l, text }] : [];
  });
  return { text: chosen ? chosen.text.trim() : null, translations };
}

/** The SSC role a participating organisation plays, from its IATI role when the file does not say it (`ssc:role`). */
const SSC_ROLE: Record<string, string> = { '1': 'FUNDER', '2': 'PROVIDER', '3': 'PROVIDER', '4': 'RECIPIENT' };

interface Mapped {
  identifier: string;
  values: ProjectValues;
  extra: IatiExtra[];
  /** The percentages the file gave recipient countries and DAC sectors, by code. */
  percentages: IatiPercentages;
  /** Related activities, resolved to this agency's projects where they are (kept as they are otherwise). */
  related: { ref: string; type: string; xml: string }[];
  /** The measured values of the results' indicators, by period: the monitoring reports they came from. */
  periods: { start: string; end: string; side: string; agency: string | null; progress: ProgressValue }[];
  /** Participating organisations to be found or registered as institutions, by position. */
  institutions: { position: number; ref: string | undefined; type: string | undefined; name: string }[];
}

/** An activity in the graph's terms; problems with codes and values come back as refusals. */
function mapActivity(
  a: XmlNode,
  lang: string,
  defaultCurrency: string | undefined,
  refuse: (node: XmlNode, rule: string) => void,
): Mapped | null {
  const identifier = child(a, 'iati-identifier')?.text.trim() ?? '';
  const code = (node: XmlNode, attr: string, list: { get(code: string): unknown }, what: string): string | null => {
    const v = node.attrs[attr];
    if (v === undefined) return null;
    if (!list.get(v)) {
      refuse(node, `${node.name}/@${attr} "${v}" is not in the IATI ${what} code list`);
      return null;
    }
    return v;
  };
  const handled = new Set<XmlNode>();
  const use = (n: XmlNode | undefined) => {
    if (n) handled.add(n);
    return n;
  };
  use(child(a, 'iati-identifier'));
  use(child(a, 'reporting-org'));
  const titled = narrativeOf(use(child(a, 'title')), lang);
  const title = titled.text ?? '';
  const general = all(a, 'description').find((d) => (d.attrs.type ?? '1') === '1');
  // the export describes a project without a description by its title: that is no description
  const described = narrativeOf(use(general), lang);
  const description = described.text === title ? null : described.text;
  const narratives = [
    ...titled.translations.map((t) => ({ field: 'TITLE', ...t })),
    ...(description === null ? [] : described.translations.map((t) => ({ field: 'DESCRIPTION', ...t }))),
  ];
  const statusNode = use(child(a, 'activity-status'));
  const statusCode = statusNode ? code(statusNode, 'code', codelists.activityStatus, 'ActivityStatus') : null;
  const dates: Record<string, string | null> = { '1': null, '2': null, '3': null, '4': null };
  for (const d of all(a, 'activity-date')) {
    const type = code(d, 'type', codelists.activityDateType, 'ActivityDateType');
    if (type && dates[type] === null) {
      dates[type] = d.attrs['iso-date'] ?? null;
      use(d);
    }
  }
  const percentages: IatiPercentages = {};
  const percentage = (kind: 'country' | 'sector', node: XmlNode, v: string) => {
    const p = node.attrs.percentage;
    if (p === undefined) return;
    percentages[kind] ??= {};
    percentages[kind][v] = p.trim();
  };
  const countries: string[] = [];
  for (const c of all(a, 'recipient-country')) {
    const v = code(c, 'code', codelists.country, 'Country');
    if (v) {
      countries.push(v);
      percentage('country', c, v);
    }
    use(c);
  }
  const sectors: string[] = [];
  for (const s of all(a, 'sector')) {
    if ((s.attrs.vocabulary ?? '1') !== '1') continue; // another vocabulary: kept as it is
    const v = code(s, 'code', codelists.sector, 'Sector (DAC 5-digit)');
    if (v) {
      sectors.push(v);
      percentage('sector', s, v);
    }
    use(s);
  }
  const sdgs: number[] = [];
  for (const t of all(a, 'tag')) {
    if (t.attrs.vocabulary !== '2') continue;
    const v = code(t, 'code', codelists.sdgGoal, 'UN SDG goal');
    if (v) sdgs.push(Number(v));
    use(t);
  }
  const collaborationNode = use(child(a, 'collaboration-type'));
  const collaborationType = collaborationNode ? code(collaborationNode, 'code', codelists.collaborationType, 'CollaborationType') : null;
  const budgetNode = child(a, 'budget');
  const valueNode = budgetNode ? child(budgetNode, 'value') : undefined;
  let budget: { amount: number; currency: string } | null = null;
  if (budgetNode && valueNode) {
    const currency = valueNode.attrs.currency ?? defaultCurrency;
    if (!currency) refuse(valueNode, 'budget/value has no @currency and the activity no @default-currency');
    else if (!codelists.currency.get(currency))
      refuse(valueNode, `budget/value/@currency "${currency}" is not in the IATI Currency code list`);
    else {
      budget = { amount: Number(valueNode.text.trim()), currency };
      use(budgetNode);
    }
  }
  const participants: ProjectValues['participants'] = [];
  const institutions: Mapped['institutions'] = [];
  for (const o of all(a, 'participating-org')) {
    const role = code(o, 'role', codelists.organisationRole, 'OrganisationRole');
    if (o.attrs.type !== undefined) code(o, 'type', codelists.organisationType, 'OrganisationType');
    if (!role) {
      if (o.attrs.role === undefined) refuse(o, 'participating-org needs a @role');
      continue;
    }
    const named = narrativeOf(o, lang);
    const name = named.text ?? o.attrs.ref ?? '';
    const agency = AGENCIES.find((x) => o.attrs.ref && x.iatiOrgId === o.attrs.ref);
    const ssc = o.attrs['ssc:role'];
    participants.push({
      role: ssc && (PARTICIPANT_ROLES as readonly string[]).includes(ssc) ? ssc : (SSC_ROLE[role] ?? 'PROVIDER'),
      organisationRole: codeName(ORGANISATION_ROLE, Number(role)),
      name,
      nameTranslations: named.translations,
      country: o.attrs['ssc:country'] ?? null,
      agency: agency?.code ?? null,
    });
    if (!agency && (o.attrs.ref || o.attrs.type))
      institutions.push({ position: participants.length - 1, ref: o.attrs.ref, type: o.attrs.type, name });
    use(o);
  }
  const results: NonNullable<ProjectValues['results']> = [];
  const periods: Mapped['periods'] = [];
  for (const r of all(a, 'result')) {
    const type = code(r, 'type', codelists.resultType, 'ResultType');
    if (!type) continue;
    const indicators = all(r, 'indicator').map((i, k) => {
      const baseline = child(i, 'baseline');
      const target = all(i, 'period').flatMap((p) => all(p, 'target'))[0];
      const ref = i.attrs['ssc:ref'] ?? `R${results.length + 1}.${k + 1}`;
      const titled = narrativeOf(child(i, 'title'), lang);
      const title = titled.text ?? '';
      // each period with an actual value is what a monitoring report measured
      for (const p of all(i, 'period')) {
        const start = child(p, 'period-start')?.attrs['iso-date'];
        const end = child(p, 'period-end')?.attrs['iso-date'];
        const actual = child(p, 'actual');
        if (!start || !end || actual?.attrs.value === undefined) continue;
        const periodTarget = child(p, 'target')?.attrs.value;
        const comment = narrativeOf(child(actual, 'comment'), lang);
        // a report is not a project: its comment is checked here by the rules a filed report's is
        try {
          progressComment('progress', comment.text, comment.translations, lang);
        } catch (e) {
          refuse(actual, e instanceof Error ? e.message : String(e));
        }
        periods.push({
          start,
          end,
          side: p.attrs['ssc:side'] ?? 'PROVIDER',
          agency: p.attrs['ssc:agency'] ?? null,
          progress: {
            indicatorRef: ref,
            indicatorTitle: title,
            indicatorTitleTranslations: jsonTranslations(titled.translations),
            baselineValue: null,
            targetValue: periodTarget !== undefined ? Number(periodTarget) : null,
            actualValue: Number(actual.attrs.value),
            comment: comment.text,
            commentTranslations: jsonTranslations(comment.translations),
          },
        });
      }
      return {
        ref,
        title,
        titleTranslations: jsonTranslations(titled.translations),
        measure: code(i, 'measure', codelists.indicatorMeasure, 'IndicatorMeasure') ?? '1',
        ascending: i.attrs.ascending !== '0' && i.attrs.ascending !== 'false',
        baselineYear: baseline?.attrs.year ? Number(baseline.attrs.year) : null,
        baselineValue: baseline?.attrs.value ? Number(baseline.attrs.value) : null,
        targetValue: target?.attrs.value ? Number(target.attrs.value) : null,
      };
    });
    const resultTitle = narrativeOf(child(r, 'title'), lang);
    results.push({ type, title: resultTitle.text ?? '', titleTranslations: jsonTranslations(resultTitle.translations), indicators });
    use(r);
  }
  const modality = a.attrs['ssc:modality'];
  const interval = a.attrs['ssc:reporting-interval-months'];
  const values: ProjectValues = {
    title,
    description,
    language: lang,
    narratives,
    status: statusCode ? codeName(ACTIVITY_STATUS, Number(statusCode)) : 'PIPELINE',
    modality:
      modality && (MODALITIES as readonly string[]).includes(modality) ? modality : collaborationType === '8' ? 'TRIANGULAR' : 'BILATERAL',
    collaborationType,
    plannedStartDate: dates['1'] ?? null,
    actualStartDate: dates['2'] ?? null,
    plannedEndDate: dates['3'] ?? null,
    actualEndDate: dates['4'] ?? null,
    recipientCountries: countries,
    sectors,
    sdgs,
    budget,
    participants,
    relatedProjects: [],
    results,
    ...(interval && /^\d+$/.test(interval) ? { reportingIntervalMonths: Number(interval) } : {}),
  };
  // the graph's related projects are resolved in the transaction; every other element is kept
  const related = all(a, 'related-activity').map((c) => ({ ref: c.attrs.ref ?? '', type: c.attrs.type ?? '', xml: toXml(c) }));
  const extra = a.children.filter((c) => !handled.has(c) && c.name !== 'related-activity').map((c) => ({ element: c.name, xml: toXml(c) }));
  return { identifier, values, extra, percentages, related, institutions, periods };
}

/** Batches read ahead of the one being stored (each with its schema check under way). */
const AHEAD = 2;
/** Activities read between two turns of the event loop (where the batch being stored goes on). */
const YIELD_EVERY = 8;

/** An activity's code list checks and its mapping, as it is read; a second one with its identifier is refused. */
function read(a: XmlNode, root: Record<string, string>, seen: Set<string>): Read {
  const id = child(a, 'iati-identifier')?.text.trim() || null;
  const refusals: Refusal[] = [];
  const refuse = (node: XmlNode, rule: string) => refusals.push({ line: node.line, activity: id, rule });
  const lang = a.attrs['xml:lang'] ?? root['xml:lang'] ?? 'en';
  const mapped = mapActivity(a, lang, a.attrs['default-currency'], refuse);
  if (mapped && seen.has(mapped.identifier)) refuse(a, `iati-identifier ${mapped.identifier} appears twice in the file`);
  // a copy: the parser's text is a slice of the file's chunk, which it would keep in memory
  if (mapped) seen.add(` ${mapped.identifier}`.slice(1));
  return { line: a.line, id, mapped, refusals };
}

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
      let root: Record<string, string> = {};
      let namespaces = '';
      let batch: Read[] = [];
      // the activities of the batch the fast check did not pass (by position), and their text
      let unchecked: number[] = [];
      let texts: { text: string; firstLine: number; lastLine: number }[] = [];
      const schema: { fast: ((a: XmlNode) => boolean) | null } = { fast: null };
      const seen = new Set<string>();
      // each batch is stored in its turn, while the next ones are read and checked against the
      // schema (libxml2, in a worker thread, for what the fast check did not pass): at most
      // `AHEAD` batches wait to be stored
      let stored: Promise<void> = Promise.resolve();
      const waiting: Promise<void>[] = [];
      let handled = 0;
      const flush = () => {
        if (!batch.length) return;
        const reads = batch;
        const positions = unchecked;
        const checked = positions.length
          ? schemaRefusals(
              texts,
              positions.map((i) => reads[i] as Read),
              namespaces,
            ).then((found) => new Map([...found].map(([k, refusals]) => [positions[k] as number, refusals])))
          : Promise.resolve(new Map<number, Refusal[]>());
        // a failure is awaited in its turn; until then it must not count as unhandled
        checked.catch(() => {});
        batch = [];
        unchecked = [];
        texts = [];
        stored = stored.then(async () => {
          await importBatch(deps, actor, work, reads, await checked, report);
          handled += reads.length;
          options.onProgress?.(handled);
        });
        stored.catch(() => {});
        waiting.push(stored);
      };
      try {
        for await (const { node, text, firstLine, lastLine } of readActivities(chunks, (attrs) => {
          root = attrs;
          schema.fast = fastSchemaCheck(attrs);
          namespaces = Object.entries(root)
            .filter(([k]) => k.startsWith('xmlns'))
            .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
            .join('');
        })) {
          report.activities++;
          // the statements storing the batch before wait for this thread to take their answers:
          // let them in every few activities, not once a chunk of the file
          if (report.activities % YIELD_EVERY === 0) await setImmediate();
          // libxml2 reads only what the fast check does not pass (its text is let go otherwise)
          if (!schema.fast?.(node)) {
            unchecked.push(batch.length);
            texts.push({ text, firstLine, lastLine });
          }
          batch.push(read(node, root, seen));
          if (batch.length >= size) {
            flush();
            while (waiting.length > AHEAD) await waiting.shift();
          }
        }
        flush();
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
    const refusals = [...(bySchema.get(i) ?? []), ...r.refusals];
    if (refusals.length || !r.mapped) report.refused.push(...refusals);
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
  await insertRows(
    trx,
    'projects',
    rows.map((row) => ({ ...row, last_report_end: lastEnd.get(row.id) ?? null })),
    'id',
  );
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
