import { AGENCIES, codelists } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineAgency } from '../agency.ts';
import type { AgencyDatabase } from '../tables.ts';
import { iatiActivities, iatiOrganisation } from './export.ts';
import { validateIati } from './schema.ts';
import { escapeXml } from './xml.ts';

const agency = AGENCIES[0];
const def = defineAgency(agency);
const fresh = useFreshDatabase<AgencyDatabase>(def.migrations, 'iati');

async function exported(pageSize?: number): Promise<string> {
  let xml = '';
  for await (const chunk of iatiActivities(fresh().db, agency, { pageSize, now: new Date('2026-12-07T00:00:00Z') })) xml += chunk;
  return xml;
}

/** Every value of `attribute` on the `element`s of a file. */
function values(xml: string, element: string, attribute: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'g'))) {
    const v = new RegExp(`\\s${attribute}="([^"]*)"`).exec(m[0]);
    if (v?.[1] !== undefined) out.push(v[1]);
  }
  return out;
}

const activities = (xml: string) => [...xml.matchAll(/<iati-activity\b[\s\S]*?<\/iati-activity>/g)].map((m) => m[0]);

beforeAll(async () => {
  await def.seed(fresh().db, { projects: 120 });
  // the generated seed names no reports and holds no draft: one final evaluation and one made a draft get a report each
  const db = fresh().db;
  const [final, draft] = await db.selectFrom('evaluations').select('id').orderBy('id').limit(2).execute();
  if (!final || !draft) throw new Error('the seed holds fewer than two evaluations');
  await db
    .updateTable('evaluations')
    .set({ report_url: `https://reports.example.org/${final.id}?a=1&b=2` })
    .where('id', '=', final.id)
    .execute();
  await db
    .updateTable('evaluations')
    .set({ report_url: `https://reports.example.org/${draft.id}`, status: 'DRAFT' })
    .where('id', '=', draft.id)
    .execute();
});

describe('the IATI activity file', () => {
  it('validates against the IATI 2.03 schema', async () => {
    const xml = await exported();
    const result = await validateIati(xml);
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('holds one activity per dated project, identified by the agency IATI organisation id', async () => {
    const xml = await exported();
    const projects = await fresh()
      .db.selectFrom('projects')
      .select(['iati_identifier', 'planned_start', 'actual_start', 'planned_end', 'actual_end'])
      .execute();
    const dated = projects.filter((p) => p.planned_start || p.actual_start || p.planned_end || p.actual_end);
    const identifiers = [...xml.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)].map((m) => m[1]);
    expect(identifiers.sort()).toEqual(dated.map((p) => escapeXml(p.iati_identifier)).sort());
    for (const id of identifiers) expect(id?.startsWith(`${agency.iatiOrgId}-`)).toBe(true);
    expect(values(xml, 'reporting-org', 'ref').every((r) => r === agency.iatiOrgId)).toBe(true);
  });

  it('is the same file whatever the page size it is read with', async () => {
    expect(await exported(7)).toBe(await exported(500));
  });

  it('uses only codes of the IATI code lists', async () => {
    const xml = await exported();
    const check = (list: { get(code: string): unknown }, codes: string[], what: string) => {
      expect(codes.length, what).toBeGreaterThan(0);
      expect(
        codes.filter((c) => !list.get(c)),
        what,
      ).toEqual([]);
    };
    check(codelists.activityStatus, values(xml, 'activity-status', 'code'), 'activity-status');
    check(codelists.activityDateType, values(xml, 'activity-date', 'type'), 'activity-date');
    check(codelists.country, values(xml, 'recipient-country', 'code'), 'recipient-country');
    check(codelists.sector, values(xml, 'sector', 'code'), 'sector');
    check(codelists.sdgGoal, values(xml, 'tag', 'code'), 'SDG tag');
    check(codelists.organisationRole, values(xml, 'participating-org', 'role'), 'participating-org role');
    check(codelists.organisationType, values(xml, 'participating-org', 'type'), 'participating-org type');
    check(codelists.collaborationType, values(xml, 'collaboration-type', 'code'), 'collaboration-type');
    check(codelists.currency, values(xml, 'value', 'currency'), 'currency');
    check(codelists.resultType, values(xml, 'result', 'type'), 'result');
    check(codelists.indicatorMeasure, values(xml, 'indicator', 'measure'), 'indicator');
  });

  it("gives each activity's recipient countries and sectors percentages that sum to 100", async () => {
    for (const activity of activities(await exported())) {
      for (const element of ['recipient-country', 'sector']) {
        const shares = values(activity, element, 'percentage').map(Number);
        if (shares.length) expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
      }
    }
  });

  it('publishes final evaluations as document links and never a draft', async () => {
    const xml = await exported();
    const evaluations = await fresh()
      .db.selectFrom('evaluations')
      .select(['id', 'status', 'report_url'])
      .where('report_url', 'is not', null)
      .execute();
    const final = evaluations.filter((e) => e.status === 'FINAL');
    const drafts = evaluations.filter((e) => e.status !== 'FINAL');
    expect(final.length).toBeGreaterThan(0);
    const links = values(xml, 'document-link', 'url');
    for (const e of final) expect(links).toContain(escapeXml(e.report_url ?? ''));
    for (const e of drafts) expect(links).not.toContain(escapeXml(e.report_url ?? ''));
  });

  it('carries results with indicators, and the values measured in monitoring reports as actuals', async () => {
    const xml = await exported();
    const measured = await fresh().db.selectFrom('monitoring_reports').select('progress').execute();
    const actuals = measured.flatMap((r) => r.progress.map((p) => String(p.actualValue)));
    expect(actuals.length).toBeGreaterThan(0);
    const written = values(xml, 'actual', 'value');
    for (const a of new Set(actuals)) expect(written).toContain(a);
  });

  it('writes no contact and no unpublished text', async () => {
    const xml = await exported();
    const contacts = await fresh().db.selectFrom('cooperation_requests').select('contact').execute();
    for (const c of contacts) {
      const email = (c.contact as { email?: string } | null)?.email;
      if (email) expect(xml).not.toContain(email);
    }
  });
});

describe('the IATI organisation file', () => {
  it('validates against the IATI 2.03 organisation schema and names the agency', async () => {
    const xml = iatiOrganisation(agency, new Date('2026-12-07T00:00:00Z'));
    const result = await validateIati(xml, 'organisations');
    expect(result.errors).toEqual([]);
    expect(xml).toContain(`<organisation-identifier>${agency.iatiOrgId}</organisation-identifier>`);
  });
});
