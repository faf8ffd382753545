/**
 * Reading an IATI activity file for the import: each activity is parsed (parse.ts), passed by
 * the fast schema check or set aside, with its text, for libxml2's, checked against the code
 * lists and mapped to the graph's terms, in batches. Nothing here touches the database: it runs
 * in a worker thread of its own (reader-thread.ts), while the import's thread stores the batches
 * read before.
 */
import { ACTIVITY_STATUS, AGENCIES, codelists, codeName, MODALITIES, ORGANISATION_ROLE, PARTICIPANT_ROLES } from '@ssc/contract';
import type { IatiExtra, IatiPercentages, ProgressValue } from '../tables.ts';
import { jsonTranslations, LIMITS, type ProjectValues, text, translations } from '../validate.ts';
import { readActivities, toXml, type XmlNode } from './parse.ts';
import { fastSchemaCheck } from './xsd.ts';

/** One refused activity (or the whole file): where, which, and the rule it breaks. */
export interface Refusal {
  line: number;
  /** The activity's iati-identifier, when it has one. */
  activity: string | null;
  rule: string;
}

/** An activity as the import holds it until its batch is stored: its tree is read and let go. */
export interface Read {
  /** The line the activity starts on. */
  line: number;
  id: string | null;
  /** The activity in the graph's terms, unless its code list checks refused it. */
  mapped: Mapped | null;
  /** What the code list checks refused (the schema's findings come later). */
  refusals: Refusal[];
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

export interface Mapped {
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
          text('progress.comment', comment.text, LIMITS.comment);
          translations('progress.commentTranslations', comment.translations, lang, LIMITS.comment);
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

/** An activity's text as the file has it, for libxml2's check, and the lines it spans. */
export interface ActivityText {
  text: string;
  firstLine: number;
  lastLine: number;
}

/** What reading a file gives, in its order: its root's namespace declarations, then batches of activities. */
export type ReadItem =
  | { kind: 'root'; namespaces: string }
  | {
      kind: 'batch';
      reads: Read[];
      /** The activities of the batch the fast check did not pass (by position), and their text. */
      unchecked: number[];
      texts: ActivityText[];
    };

/** The file's activities, read and mapped, in batches of `size`; throws IatiFileError where the file is not well-formed or not IATI 2.03. */
export async function* readBatches(chunks: AsyncIterable<string | Uint8Array>, size: number): AsyncGenerator<ReadItem> {
  let root: Record<string, string> = {};
  let fast: ((a: XmlNode) => boolean) | null = null;
  let namespaces: string | null = null;
  const seen = new Set<string>();
  let batch: Extract<ReadItem, { kind: 'batch' }> = { kind: 'batch', reads: [], unchecked: [], texts: [] };
  for await (const { node, text, firstLine, lastLine } of readActivities(chunks, (attrs) => {
    root = attrs;
    fast = fastSchemaCheck(attrs);
    namespaces = Object.entries(root)
      .filter(([k]) => k.startsWith('xmlns'))
      .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
      .join('');
  })) {
    if (namespaces !== null) {
      yield { kind: 'root', namespaces };
      namespaces = null;
    }
    // libxml2 reads only what the fast check does not pass (its text is let go otherwise)
    if (!(fast as ((a: XmlNode) => boolean) | null)?.(node)) {
      batch.unchecked.push(batch.reads.length);
      batch.texts.push({ text, firstLine, lastLine });
    }
    batch.reads.push(read(node, root, seen));
    if (batch.reads.length >= size) {
      yield batch;
      batch = { kind: 'batch', reads: [], unchecked: [], texts: [] };
    }
  }
  if (namespaces !== null) yield { kind: 'root', namespaces };
  if (batch.reads.length) yield batch;
}
