/**
 * The IATI files through real servers: each agency subgraph's own, and the gateway's per agency
 * and joined, all valid IATI 2.03; related projects of other agencies named by their owners'
 * IATI identifiers; an agency that is down costs only its own activities.
 */
import { readFileSync } from 'node:fs';
import { validateIati } from '@ssc/agency-kit/iati';
import { AGENCIES } from '@ssc/contract';
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

// no response cache: imports write at the agency, around the gateway (whose cached reads would lag by CACHE_MAX_AGE)
const federation = useFederation({ seedProjects: 30, env: { CACHE_MAX_AGE: '0' } });

const base = (graphqlUrl: string | undefined) => (graphqlUrl ?? '').replace(/\/graphql$/, '');
const identifiers = (xml: string) => [...xml.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)].map((m) => m[1]);
const withoutTimes = (xml: string) => xml.replace(/generated-datetime="[^"]*"/g, '');

async function get(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('IATI files', () => {
  it.each(AGENCIES.map((a) => [a.code, a] as const))(
    "%s's subgraph serves a valid activity file and organisation file",
    async (_, agency) => {
      const url = base(federation().subgraphUrls[agency.subgraph]);
      const activities = await get(`${url}/iati/activities.xml`);
      expect(activities.status).toBe(200);
      expect(activities.type).toMatch(/^application\/xml/);
      expect((await validateIati(activities.text)).errors.slice(0, 3)).toEqual([]);
      expect(identifiers(activities.text).length).toBeGreaterThan(0);
      for (const id of identifiers(activities.text)) expect(id?.startsWith(`${agency.iatiOrgId}-`)).toBe(true);
      const organisation = await get(`${url}/iati/organisation.xml`);
      expect(organisation.status).toBe(200);
      expect((await validateIati(organisation.text, 'organisations')).errors).toEqual([]);
    },
  );

  it("names a related project of another agency by that agency's IATI identifier", async () => {
    const answer = await federation().query<{
      project: { iatiIdentifier: string; relatedProjects: { project: { iatiIdentifier: string; agency: { code: string } } | null }[] };
    }>('{ project(id: "ABC-P-000002") { iatiIdentifier relatedProjects { project { iatiIdentifier agency { code } } } } }');
    const partners = (answer.data?.project.relatedProjects ?? []).flatMap((r) =>
      r.project && r.project.agency.code !== 'ABC' ? [r.project] : [],
    );
    expect(partners.length).toBeGreaterThan(0);
    const xml = (await get(`${base(federation().subgraphUrls.abc)}/iati/activities.xml`)).text;
    const activity = xml
      .split('</iati-activity>')
      .find((a) => a.includes(`<iati-identifier>${answer.data?.project.iatiIdentifier}</iati-identifier>`));
    for (const p of partners) expect(activity).toContain(`<related-activity ref="${p.iatiIdentifier}"`);
  });

  it("serves each agency's file at the gateway as the agency gives it, and all of them joined in one valid file", async () => {
    const gateway = base(federation().gatewayUrl);
    let all: string[] = [];
    for (const agency of AGENCIES) {
      const own = await get(`${base(federation().subgraphUrls[agency.subgraph])}/iati/activities.xml`);
      const through = await get(`${gateway}/iati/${agency.code}/activities.xml`);
      expect(through.status).toBe(200);
      expect(withoutTimes(through.text)).toBe(withoutTimes(own.text));
      all = [...all, ...identifiers(own.text).map(String)];
    }
    const joined = await get(`${gateway}/iati/activities.xml`);
    expect(joined.status).toBe(200);
    expect((await validateIati(joined.text)).errors.slice(0, 3)).toEqual([]);
    expect(identifiers(joined.text)).toEqual(all);
  });

  it('joins the agencies that answer and names the one that does not; its own file is refused with AGENCY_UNAVAILABLE', async () => {
    const gateway = base(federation().gatewayUrl);
    const full = identifiers((await get(`${gateway}/iati/activities.xml`)).text);
    const jica = AGENCIES.find((a) => a.code === 'JICA');
    await federation().stopSubgraph('jica');
    try {
      const joined = await get(`${gateway}/iati/activities.xml`);
      expect((await validateIati(joined.text)).errors.slice(0, 3)).toEqual([]);
      expect(joined.text).toMatch(/<!-- JICA: unavailable, its activities are missing/);
      expect(identifiers(joined.text)).toEqual(full.filter((id) => !id?.startsWith(`${jica?.iatiOrgId}-`)));
      const alone = await fetch(`${gateway}/iati/JICA/activities.xml`);
      expect(alone.status).toBe(502);
      expect(await alone.json()).toMatchObject({ errors: [{ extensions: { code: 'AGENCY_UNAVAILABLE', agency: 'JICA' } }] });
    } finally {
      await federation().restartSubgraph('jica');
    }
    expect(identifiers((await get(`${gateway}/iati/activities.xml`)).text)).toEqual(full);
  });
});

describe('POST /iati/import at an agency subgraph', () => {
  const EXAMPLE = readFileSync(
    new URL('../../packages/agency-kit/src/iati/fixtures/activity-standard-example-annotated.xml', import.meta.url),
    'utf8',
  );
  const post = async (token: string | null, body: string, query = '') => {
    const res = await fetch(`${base(federation().subgraphUrls.unossc)}/iati/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const total = async () =>
    (await federation().query<{ projects: { totalCount: number } }>('{ projects(filter: { agencies: ["UNOSSC"] }) { totalCount } }')).data
      ?.projects.totalCount;

  it("takes a file from the agency's admins only, imports it once, and refuses a broken one whole", async () => {
    expect((await post(null, EXAMPLE)).status).toBe(401);
    const officer = await post(await federation().token('UNOSSC', ['officer']), EXAMPLE);
    expect(officer.status).toBe(403);
    expect(officer.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const partner = await post(await federation().token('ABC', ['admin']), EXAMPLE);
    expect(partner.status).toBe(403);

    const admin = await federation().token('UNOSSC', ['admin']);
    const before = await total();
    expect((await post(admin, EXAMPLE)).body).toMatchObject({ activities: 1, created: 1, refused: [] });
    expect(await total()).toBe((before ?? 0) + 1);
    expect((await post(admin, EXAMPLE)).body).toMatchObject({ activities: 1, created: 0, unchanged: 1, stored: false });

    const broken = await post(admin, EXAMPLE.replace(/ABC123/g, 'XYZ9').replace('<activity-status code="2" />', '<activity-status />'));
    expect(broken.status).toBe(422);
    expect(broken.body).toMatchObject({
      errors: [
        {
          extensions: {
            code: 'IATI_FILE_REFUSED',
            report: {
              refused: [{ activity: 'AA-AAA-123456789-XYZ9', line: expect.any(Number), rule: expect.stringMatching(/code.*required/) }],
            },
          },
        },
      ],
    });
    expect(await total()).toBe((before ?? 0) + 1);
    // the imported activity is in the agency's IATI file with what the graph keeps of it
    const xml = await (await fetch(`${base(federation().subgraphUrls.unossc)}/iati/activities.xml`)).text();
    expect(xml).toContain('<iati-identifier>AA-AAA-123456789-ABC123</iati-identifier>');
    expect((await validateIati(xml)).errors.slice(0, 3)).toEqual([]);
  });
});
