/**
 * Narratives in every language through the gateway: a record's title and description in the
 * language asked for where it has them, else in its own; translations written by mutations and
 * checked against the IATI Language code list; the seed's records in pt, ja, id, es and fr. The
 * same for participants' names, results' and indicators' titles and progress comments.
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

/** A project in English (its default language) whose participant, result and indicator have translations. */
const TRANSLATED = {
  title: 'Cocoa value chain: technical cooperation with Ghana',
  status: 'IMPLEMENTATION',
  modality: 'BILATERAL',
  plannedStartDate: '2026-01-01',
  actualStartDate: '2026-01-01',
  plannedEndDate: '2028-12-31',
  recipientCountries: ['GH'],
  sectors: ['31166'],
  sdgs: [2],
  participants: [
    {
      role: 'PROVIDER',
      organisationRole: 'EXTENDING',
      name: 'Brazilian Cooperation Agency',
      nameTranslations: [
        { lang: 'pt', text: 'Agência Brasileira de Cooperação' },
        { lang: 'fr', text: ' Agence brésilienne de coopération ' },
      ],
      country: 'BR',
      agency: 'ABC',
    },
    { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Cocoa Research Institute of Ghana', country: 'GH' },
  ],
  results: [
    {
      type: '1',
      title: 'Extension workers trained in cocoa processing',
      titleTranslations: [{ lang: 'fr', text: 'Vulgarisateurs formés à la transformation du cacao' }],
      indicators: [
        {
          ref: '1.1',
          title: 'Extension workers trained',
          titleTranslations: [{ lang: 'fr', text: 'Vulgarisateurs formés' }],
          measure: '1',
          targetValue: 40,
        },
      ],
    },
  ],
  programmeLine: 'BILATERAL_TECHNICAL_COOPERATION',
};
const FILE = `mutation($input: MonitoringReportInput!) { fileAbcMonitoringReport(input: $input) { id } }`;
const PARTS = `participants { name fr: name(lang: "fr") de: name(lang: "de") nameTranslations { lang text } }
  results { title fr: title(lang: "fr") titleTranslations { lang text } indicators { title fr: title(lang: "fr") titleTranslations { lang } } }
  monitoringReports { progress { indicatorTitle(lang: "fr") comment fr: comment(lang: "fr") de: comment(lang: "de") commentTranslations { lang text } } }`;
type Parts = {
  participants: { name: string; fr: string; de: string; nameTranslations: { lang: string; text: string }[] }[];
  results: {
    title: string;
    fr: string;
    titleTranslations: { lang: string; text: string }[];
    indicators: { title: string; fr: string }[];
  }[];
  monitoringReports: {
    progress: {
      indicatorTitle: string;
      comment: string | null;
      fr: string | null;
      de: string | null;
      commentTranslations: { lang: string }[];
    }[];
  }[];
};

describe("narratives in every language: participants' names, results' and indicators' titles, progress comments", () => {
  const parts = async (id: string) =>
    (await federation().query<{ project: Parts }>(`query($id: ID!) { project(id: $id) { ${PARTS} } }`, { id })).data?.project;

  it('answers them in the language asked for where the record has it, else in its own; the seed has some', async () => {
    const prosavana = await parts('ABC-P-000002');
    expect(prosavana?.participants.map((p) => p.nameTranslations[0]?.text)).toContain('Empresa Brasileira de Pesquisa Agropecuária');
    const cycle = (
      await federation().query<{ project: Parts & { results: { id: string }[] } }>(
        '{ project(id: "ABC-P-000004") { results { title(lang: "id") indicators { title(lang: "pt") } } monitoringReports { progress { comment(lang: "id") indicatorTitle(lang: "id") } } } }',
      )
    ).data?.project;
    expect(cycle?.results[0]?.title).toBe('Kapasitas penelitian dan penyuluhan kedelai tropis di Kementerian Pertanian diperkuat');
    expect(cycle?.results[0]?.indicators[0]?.title).toBe('Pesquisadores e extensionistas capacitados');
    expect(cycle?.monitoringReports.flatMap((m) => m.progress.map((g) => g.comment))).toContain('Panen pertama dari dua uji coba saja.');
    expect(cycle?.monitoringReports.flatMap((m) => m.progress.map((g) => g.indicatorTitle))).toContain(
      'Rata-rata hasil kedelai di petak uji coba (t/ha)',
    );
  });

  it('takes them from mutations, trimmed, and a monitoring report takes a comment in several languages', async () => {
    const officer = await federation().token('ABC', ['officer']);
    const created = await federation().as<{ createAbcProject: { id: string } }>(officer, CREATE, { input: TRANSLATED });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createAbcProject.id;
    const filed = await federation().as(officer, FILE, {
      input: {
        projectId: id,
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        progress: [
          {
            indicatorRef: '1.1',
            actualValue: 12,
            comment: 'First course held.',
            commentTranslations: [{ lang: 'fr', text: 'Premier cours tenu.' }],
          },
        ],
      },
    });
    expect(filed.errors).toBeUndefined();
    const read = await parts(String(id));
    expect(read?.participants[0]).toEqual({
      name: 'Brazilian Cooperation Agency',
      fr: 'Agence brésilienne de coopération',
      de: 'Brazilian Cooperation Agency',
      nameTranslations: [
        { lang: 'pt', text: 'Agência Brasileira de Cooperação' },
        { lang: 'fr', text: 'Agence brésilienne de coopération' },
      ],
    });
    // no translation: the text itself
    expect(read?.participants[1]).toMatchObject({ fr: 'Cocoa Research Institute of Ghana', nameTranslations: [] });
    expect(read?.results[0]).toMatchObject({
      title: 'Extension workers trained in cocoa processing',
      fr: 'Vulgarisateurs formés à la transformation du cacao',
      indicators: [{ title: 'Extension workers trained', fr: 'Vulgarisateurs formés' }],
    });
    expect(read?.monitoringReports[0]?.progress[0]).toEqual({
      indicatorTitle: 'Vulgarisateurs formés',
      comment: 'First course held.',
      fr: 'Premier cours tenu.',
      de: 'First course held.',
      commentTranslations: [{ lang: 'fr', text: 'Premier cours tenu.' }],
    });
  });

  it('refuses a code outside the list, the own language, a second text in a language or an empty one, storing nothing', async () => {
    const officer = await federation().token('ABC', ['officer']);
    const count = async () =>
      (await federation().query<{ projects: { totalCount: number } }>('{ projects(filter: { agencies: ["ABC"] }) { totalCount } }')).data
        ?.projects.totalCount;
    const before = await count();
    const [provider, recipient] = TRANSLATED.participants;
    const [result] = TRANSLATED.results;
    const withName = (nameTranslations: { lang: string; text: string }[]) => ({
      participants: [recipient, { ...provider, nameTranslations }],
    });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [withName([{ lang: 'zz', text: 'x' }]), 'participants[1].nameTranslations[0].lang', /ISO 639-1/],
      [withName([{ lang: 'en', text: 'x' }]), 'participants[1].nameTranslations[0].lang', /project's own language/],
      [
        withName([
          { lang: 'fr', text: 'a' },
          { lang: 'fr', text: 'b' },
        ]),
        'participants[1].nameTranslations[1].lang',
        /a second text in "fr"/,
      ],
      [
        { results: [{ ...result, titleTranslations: [{ lang: 'pt', text: ' ' }] }] },
        'results[0].titleTranslations[0].text',
        /must not be empty/,
      ],
      [
        { language: 'fr', participants: [recipient], results: [{ ...result, titleTranslations: [] }] },
        'results[0].indicators[0].titleTranslations[0].lang',
        /project's own language/,
      ],
    ];
    for (const [change, argument, message] of cases) {
      const res = await federation().as(officer, CREATE, { input: { ...TRANSLATED, ...change } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect(await count()).toBe(before);

    const created = await federation().as<{ createAbcProject: { id: string } }>(officer, CREATE, { input: TRANSLATED });
    const projectId = created.data?.createAbcProject.id;
    const report = (commentTranslations: { lang: string; text: string }[], comment: string | null = 'A comment.') => ({
      input: {
        projectId,
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        progress: [{ indicatorRef: '1.1', actualValue: 3, comment, commentTranslations }],
      },
    });
    for (const [variables, message] of [
      [report([{ lang: 'en', text: 'x' }]), /project's own language/],
      [report([{ lang: 'xx', text: 'x' }]), /ISO 639-1/],
      [report([{ lang: 'fr', text: 'x' }], null), /translations of no comment/],
    ] as const) {
      const res = await federation().as(officer, FILE, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: expect.stringMatching(/^input\.progress\[0\]\.commentTranslations/),
      });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect((await parts(String(projectId)))?.monitoringReports).toEqual([]);
  });
});
