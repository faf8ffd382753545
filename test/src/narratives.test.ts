/**
 * Narratives in every language through the gateway: a record's title and description in the
 * language asked for where it has them, else in its own; translations written by mutations and
 * checked against the IATI Language code list; the seed's records in pt, ja, id, es and fr.
 */
import { describe, expect, it } from 'vitest';
import { useFederation } from './federation.ts';

const federation = useFederation({ seedProjects: 20 });

type Texts = { language: string; title: string; en: string; narratives: { field: string; lang: string; text: string }[] };
const TEXTS = 'language title(lang: $lang) en: title narratives { field lang text }';

const INPUT = {
  title: 'Cadena de valor del cacao: cooperación técnica con Ghana',
  description: 'Formación de extensionistas en el procesamiento del cacao.',
  language: 'es',
  narratives: [
    { field: 'TITLE', lang: 'en', text: 'Cocoa value chain: technical cooperation with Ghana' },
    { field: 'TITLE', lang: 'fr', text: 'Filière cacao : coopération technique avec le Ghana' },
    { field: 'DESCRIPTION', lang: 'en', text: 'Training of extension workers in cocoa processing.' },
  ],
  status: 'PIPELINE',
  modality: 'BILATERAL',
  plannedStartDate: '2027-01-01',
  plannedEndDate: '2028-12-31',
  recipientCountries: ['GH'],
  sectors: ['31166'],
  sdgs: [2],
  participants: [{ role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agency: 'ABC' }],
  programmeLine: 'BILATERAL_TECHNICAL_COOPERATION',
};
const CREATE = 'mutation($input: AbcProjectInput!) { createAbcProject(input: $input) { id } }';

describe('narratives in every language', () => {
  it("answers a title in the language asked for, or in the record's own; the seed holds pt, ja, id, es and fr", async () => {
    const ask = async (id: string, lang: string | null) =>
      (await federation().query<{ project: Texts }>(`query($id: ID!, $lang: String) { project(id: $id) { ${TEXTS} } }`, { id, lang })).data
        ?.project;
    const abc = await ask('ABC-P-000002', 'pt');
    expect(abc?.title).toMatch(/^ProSAVANA-JBM: componente de pesquisa/);
    expect(abc?.en).toMatch(/^ProSAVANA-JBM: research component/);
    expect(abc?.language).toBe('en');
    // a language the record does not have: its own
    expect((await ask('ABC-P-000002', 'ja'))?.title).toBe(abc?.en);
    expect((await ask('JICA-P-000002', 'ja'))?.title).toMatch(/^プロサバンナ/);
    const all = await federation().query<{ projects: { nodes: { narratives: { lang: string }[] }[] } }>(
      '{ projects(first: 500) { nodes { narratives { lang } } } }',
    );
    const langs = new Set(all.data?.projects.nodes.flatMap((n) => n.narratives.map((x) => x.lang)));
    for (const l of ['pt', 'ja', 'id', 'es', 'fr']) expect(langs).toContain(l);
  });

  it('takes narratives in several languages from a mutation, and the description falls back alike', async () => {
    const token = await federation().token('ABC', ['officer']);
    const created = await federation().as<{ createAbcProject: { id: string } }>(token, CREATE, { input: INPUT });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createAbcProject.id;
    const read = await federation().query<{ project: Texts & { description: string; d: string } }>(
      `query($id: ID!, $lang: String) { project(id: $id) { ${TEXTS} description(lang: $lang) d: description(lang: "de") } }`,
      { id, lang: 'en' },
    );
    expect(read.data?.project).toMatchObject({
      language: 'es',
      title: 'Cocoa value chain: technical cooperation with Ghana',
      en: INPUT.title,
      description: 'Training of extension workers in cocoa processing.',
      d: INPUT.description,
    });
    expect(read.data?.project.narratives).toHaveLength(3);
  });

  it('refuses a language outside the IATI code list, a translation into the own language and a second one of a field, changing nothing', async () => {
    const token = await federation().token('ABC', ['officer']);
    const count = async () =>
      (await federation().query<{ projects: { totalCount: number } }>('{ projects(filter: { agencies: ["ABC"] }) { totalCount } }')).data
        ?.projects.totalCount;
    const before = await count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ language: 'xx' }, 'language', /ISO 639-1/],
      [{ narratives: [{ field: 'TITLE', lang: 'zz', text: 'x' }] }, 'narratives[0].lang', /ISO 639-1/],
      [{ narratives: [{ field: 'TITLE', lang: 'es', text: 'x' }] }, 'narratives[0].lang', /own language/],
      [
        {
          narratives: [
            { field: 'TITLE', lang: 'fr', text: 'a' },
            { field: 'TITLE', lang: 'fr', text: 'b' },
          ],
        },
        'narratives[1]',
        /second TITLE in "fr"/,
      ],
      [{ narratives: [{ field: 'TITLE', lang: 'fr', text: '  ' }] }, 'narratives[0].text', /must not be empty/],
    ];
    for (const [change, argument, message] of cases) {
      const res = await federation().as(token, CREATE, { input: { ...INPUT, ...change } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect(await count()).toBe(before);
  });
});
