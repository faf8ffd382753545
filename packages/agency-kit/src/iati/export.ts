/**
 * An agency's IATI 2.03 activity file, streamed: projects are read a page at a time (a constant
 * number of statements per page), so a file of any size is made in the memory of one page.
 */
import { type AgencyEntry, IATI_ACTIVITIES_TAIL, IATI_ATTRIBUTION, iatiActivitiesHead, parseId } from '@ssc/contract';
import type { Db } from '../query.ts';
import { finalEvaluationsOf } from '../records/evaluations/repository.ts';
import { institutionsByIds } from '../records/institutions/repository.ts';
import { reportsByProjects } from '../records/monitoring/repository.ts';
import { iatiIdentifiersOf, projectsAfter } from '../records/projects/repository.ts';
import { type ActivityContext, activityXml } from './activity.ts';
import { el, narrative } from './xml.ts';

/** The IATI identifiers of other agencies' projects, by id: asked of the agencies that own them. */
export type PartnerIati = (ids: readonly string[]) => Promise<Map<string, string>>;

export interface ExportOptions {
  /** Projects read per statement (default 500). */
  readonly pageSize?: number;
  /** How related projects of other agencies get their IATI identifiers (left out without it). */
  readonly partnerIati?: PartnerIati;
  /** The file's `generated-datetime` (default: now). */
  readonly now?: Date;
}

/** The activities of the agency's projects, in id order, each followed by a newline. */
export async function* iatiActivityElements(db: Db, agency: AgencyEntry, options: ExportOptions = {}): AsyncGenerator<string> {
  const size = options.pageSize ?? 500;
  let after: string | null = null;
  let undated = 0;
  for (;;) {
    const page = await projectsAfter(db, after, size);
    const last = page.at(-1);
    if (!last) break;
    after = last.id;
    const ids = page.map((p) => p.id);
    const related = [...new Set(page.flatMap((p) => p.relations.map((r) => r.related_id)))];
    const own = related.filter((id) => parseId(id)?.agency.code === agency.code);
    const others = related.filter((id) => parseId(id)?.agency.code !== agency.code);
    const institutionIds = [
      ...new Set(page.flatMap((p) => p.participants.flatMap((pp) => (pp.institution_id ? [pp.institution_id] : [])))),
    ];
    const institutions = new Map(
      (await institutionsByIds(db, institutionIds)).flatMap((i) =>
        i ? [[i.id, { iatiIdentifier: i.iati_identifier, organisationType: i.organisation_type }] as const] : [],
      ),
    );
    const relatedIati = new Map([
      ...(await iatiIdentifiersOf(db, own)),
      ...(others.length && options.partnerIati ? await options.partnerIati(others) : []),
    ]);
    const reports = await reportsByProjects(db, ids);
    const context: ActivityContext = {
      agency,
      institutions,
      relatedIati,
      evaluations: await finalEvaluationsOf(db, ids),
      reports: new Map(ids.map((id, i) => [id, reports[i] ?? []])),
    };
    for (const p of page) {
      const xml = activityXml(p, context);
      if (xml) yield `${xml}\n`;
      else undated++;
    }
  }
  if (undated) yield `<!-- ${agency.code}: ${undated} project(s) without any date left out (IATI requires an activity date) -->\n`;
}

/** The whole activity file of the agency. */
export async function* iatiActivities(db: Db, agency: AgencyEntry, options: ExportOptions = {}): AsyncGenerator<string> {
  yield iatiActivitiesHead(options.now ?? new Date());
  yield* iatiActivityElements(db, agency, options);
  yield IATI_ACTIVITIES_TAIL;
}

/** The agency's IATI organisation file: who it is, as the reporting organisation of its activities. */
export function iatiOrganisation(agency: AgencyEntry, now = new Date()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${IATI_ATTRIBUTION} -->\n${el(
    'iati-organisations',
    { version: '2.03', 'generated-datetime': now.toISOString() },
    el(
      'iati-organisation',
      { 'last-updated-datetime': now.toISOString(), 'xml:lang': 'en' },
      el('organisation-identifier', {}, agency.iatiOrgId),
      el('name', {}, narrative(agency.name)),
      el('reporting-org', { ref: agency.iatiOrgId, type: agency.iatiOrgType }, narrative(agency.name)),
    ),
  )}\n`;
}
