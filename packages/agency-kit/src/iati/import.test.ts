import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { AGENCIES } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineAgency } from '../agency.ts';
import { CountCache } from '../query.ts';
import type { Deps } from '../records/common.ts';
import type { AgencyDatabase, TranslationValue } from '../tables.ts';
import { unitOfWork } from '../unit-of-work.ts';
import { runIati } from './cli.ts';
import { iatiActivities } from './export.ts';
import { ImportRefused, type ImportReport, importIati } from './import.ts';
import { validateIati } from './schema.ts';

const agency = AGENCIES[1];
const def = defineAgency(agency);
const source = useFreshDatabase<AgencyDatabase>(def.migrations, 'iati_source');
const target = useFreshDatabase<AgencyDatabase>(def.migrations, 'iati_target');
const EXAMPLE = readFileSync(new URL('./fixtures/activity-standard-example-annotated.xml', import.meta.url), 'utf8');
const admin = { identity: { agency: agency.code, user: 'importer', roles: ['admin' as const] }, requestId: 'test', clientRequestId: null };
const deps = (db: AgencyDatabase extends never ? never : ReturnType<typeof target>['db']): Deps => ({
  agency,
  db,
  uow: unitOfWork(agency, db, new CountCache(0)),
  projectColumns: {},
});

async function* chunks(text: string, size = 4_096): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function exportOf(db: ReturnType<typeof target>['db']): Promise<string> {
  let xml = '';
  for await (const c of iatiActivities(db, agency, { now: new Date('2026-12-07T00:00:00Z') })) xml += c;
  return xml;
}
const count = async (db: ReturnType<typeof target>['db']) =>
  Number(
    (
      await db
        .selectFrom('projects')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
async function refusal(xml: string): Promise<ImportReport> {
  const before = await count(target().db);
  const error = await importIati(deps(target().db), admin, chunks(xml, 97)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  expect(await count(target().db)).toBe(before);
  return (error as ImportRefused).report;
}

beforeAll(async () => {
  await def.seed(source().db, { projects: 40 });
  // one project in Portuguese with English and French translations: the round trip keeps every language
  const first = await source().db.selectFrom('projects').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  await source()
    .db.updateTable('projects')
    .set({
      language: 'pt',
      narratives: JSON.stringify([
        { field: 'TITLE', lang: 'en', text: 'An English title' },
        { field: 'TITLE', lang: 'fr', text: 'Un titre français' },
        { field: 'DESCRIPTION', lang: 'en', text: 'An English description' },
      ]),
    })
    .where('id', '=', first.id)
    .execute();
  // a monitored project's first participant, result, indicator and progress comment in other languages too
  const db = source().db;
  const report = await db
    .selectFrom('monitoring_reports')
    .select(['id', 'project_id', 'progress'])
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const project = await db.selectFrom('projects').select('results').where('id', '=', report.project_id).executeTakeFirstOrThrow();
  const [result] = project.results;
  const [measured] = report.progress;
  if (!result || !measured) throw new Error('the seed has no measured result');
  result.titleTranslations = [{ lang: 'fr', text: 'Un résultat traduit' }];
  for (const i of result.indicators) i.titleTranslations = [{ lang: 'es', text: `Indicador ${i.ref}` }];
  await db
    .updateTable('projects')
    .set({ results: JSON.stringify(project.results) })
    .where('id', '=', report.project_id)
    .execute();
  measured.comment ??= 'A comment on the period';
  measured.commentTranslations = [
    { lang: 'fr', text: 'Un commentaire sur la période' },
    { lang: 'ja', text: '期間についてのコメント' },
  ];
  await db
    .updateTable('monitoring_reports')
    .set({ progress: JSON.stringify(report.progress) })
    .where('id', '=', report.id)
    .execute();
  await db
    .updateTable('project_participants')
    .set({ name_translations: sql<TranslationValue[]>`${JSON.stringify([{ lang: 'pt', text: 'Um participante' }])}::jsonb` })
    .where('project_id', '=', report.project_id)
    .where('position', '=', 0)
    .execute();
});

describe('importing an IATI file', () => {
  it("imports IATI's annotated example activity", async () => {
    const report = await importIati(deps(target().db), admin, chunks(EXAMPLE));
    expect(report).toMatchObject({ activities: 1, created: 1, updated: 0, unchanged: 0, refused: [] });
    const row = await target()
      .db.selectFrom('projects')
      .selectAll()
      .where('iati_identifier', '=', 'AA-AAA-123456789-ABC123')
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('Activity title');
    expect(row.recipient_countries).toEqual(['AF', 'AG']);
    // what the graph does not model is kept, and the export gives it back and stays valid
    expect(row.iati_extra.map((x) => x.element)).toEqual(expect.arrayContaining(['transaction', 'location', 'contact-info']));
    // the title's other languages are kept as its translations
    expect(row.narratives.filter((n) => n.field === 'TITLE').map((n) => n.lang)).toEqual(['fr', 'es']);
    // the countries' percentages are the file's (with its regions', kept as they are, they sum to 100)
    expect(row.iati_percentages).toEqual({ country: { AF: '25', AG: '25' } });
    const again = await exportOf(target().db);
    expect((await validateIati(again)).errors.slice(0, 3)).toEqual([]);
    expect(again).toContain('<transaction');
    expect(again).toContain('<recipient-country code="AF" percentage="25"/><recipient-country code="AG" percentage="25"/>');
  });

  it('changes nothing the second time, and says so', async () => {
    const report = await importIati(deps(target().db), admin, chunks(EXAMPLE, 1_000));
    expect(report).toMatchObject({ activities: 1, created: 0, updated: 0, unchanged: 1, stored: false });
  });

  it("loads an agency's own export into a fresh database, and exports it again alike", async () => {
    const first = await exportOf(source().db);
    const report = await importIati(deps(target().db), admin, chunks(first));
    expect(report.refused).toEqual([]);
    expect(report.created).toBeGreaterThan(0);
    const second = await exportOf(target().db);
    expect((await validateIati(second)).errors.slice(0, 3)).toEqual([]);
    // activity by activity, identical apart from the time it was last updated
    const byId = (xml: string) =>
      new Map(
        [...xml.matchAll(/<iati-activity\b[\s\S]*?<\/iati-activity>/g)].map((m) => [
          /<iati-identifier>([^<]*)</.exec(m[0])?.[1],
          m[0].replace(/last-updated-datetime="[^"]*"/, ''),
        ]),
      );
    const before = byId(first);
    const after = byId(second);
    expect(before.size).toBeGreaterThan(0);
    expect(first).toContain('<narrative xml:lang="fr">Un titre français</narrative>');
    for (const translated of [
      '<narrative xml:lang="pt">Um participante</narrative></participating-org>',
      '<narrative xml:lang="fr">Un résultat traduit</narrative></title>',
      '<narrative xml:lang="es">Indicador ',
      '<narrative xml:lang="fr">Un commentaire sur la période</narrative><narrative xml:lang="ja">期間についてのコメント</narrative></comment>',
    ])
      expect(first).toContain(translated);
    for (const [id, activity] of before) expect(after.get(id), id).toBe(activity);
  });

  it("writes back a file's percentages of countries and sectors, and equal shares once the codes change", async () => {
    const xml = EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-PCT1')
      .replace('<recipient-region code="489" vocabulary="1" percentage="25" />', '')
      .replace('<recipient-region code="A1" vocabulary="99" vocabulary-uri="http://example.com/vocab.html" percentage="25" />', '')
      .replace('<recipient-country code="AF" percentage="25" />', '<recipient-country code="AF" percentage="70.5" />')
      .replace('<recipient-country code="AG" percentage="25" />', '<recipient-country code="AG" percentage="29.5" />')
      .replace(
        '<sector vocabulary="2" code="111" percentage="50" />',
        '<sector vocabulary="1" code="11110" percentage="60" /><sector vocabulary="1" code="12220" percentage="40" /><sector vocabulary="2" code="111" percentage="50" />',
      );
    expect(await importIati(deps(target().db), admin, chunks(xml))).toMatchObject({ created: 1, refused: [] });
    const activity = async () =>
      /<iati-activity\b(?:(?!<\/iati-activity>)[\s\S])*AA-AAA-123456789-PCT1[\s\S]*?<\/iati-activity>/.exec(
        await exportOf(target().db),
      )?.[0] ?? '';
    const written = await activity();
    expect(written).toContain('<recipient-country code="AF" percentage="70.5"/><recipient-country code="AG" percentage="29.5"/>');
    expect(written).toContain('<sector vocabulary="1" code="11110" percentage="60"/><sector vocabulary="1" code="12220" percentage="40"/>');
    // the same file again: nothing changed
    expect(await importIati(deps(target().db), admin, chunks(xml))).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    // a project whose countries changed since: equal shares of its countries, the sectors' still the file's
    await target()
      .db.updateTable('projects')
      .set({ recipient_countries: ['AF', 'AG', 'MZ'] })
      .where('iati_identifier', '=', 'AA-AAA-123456789-PCT1')
      .execute();
    const changed = await activity();
    expect(changed).toContain(
      '<recipient-country code="AF" percentage="33.33"/><recipient-country code="AG" percentage="33.33"/><recipient-country code="MZ" percentage="33.34"/>',
    );
    expect(changed).toContain('<sector vocabulary="1" code="11110" percentage="60"/>');
  });

  it('imports the same export again as unchanged, registering no organisation a second time', async () => {
    const first = await exportOf(source().db);
    // organisations named without an IATI identifier but with a type are registered institutions
    expect(first).toMatch(/<participating-org role="4" type="\d+"/);
    const institutions = async () =>
      (await target().db.selectFrom('institutions').select(['name', 'organisation_type']).execute()).map(
        (r) => `${r.name}|${r.organisation_type}`,
      );
    const before = await institutions();
    expect(new Set(before).size).toBe(before.length);
    // small batches: an organisation registered by one batch is found by the next ones
    const report = await importIati(deps(target().db), admin, chunks(first), { batchSize: 7 });
    expect(report).toMatchObject({ created: 0, updated: 0, refused: [], stored: false });
    expect(report.unchanged).toBe(report.activities);
    expect(await institutions()).toEqual(before);
  });

  it("keeps every language of participants' names, results' and indicators' titles and progress comments, and exports them", async () => {
    const xml = EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-LANG1')
      .replace(
        '<narrative>Result title</narrative>',
        '<narrative>Result title</narrative><narrative xml:lang="pt">Título do resultado</narrative>',
      )
      .replace(
        '<narrative>Indicator title</narrative>',
        '<narrative xml:lang="es">Título del indicador</narrative><narrative>Indicator title</narrative>',
      )
      .replace(
        '<narrative>Actual comment text</narrative>',
        '<narrative>Actual comment text</narrative><narrative xml:lang="fr">Texte du commentaire</narrative><narrative xml:lang="ja">実績のコメント</narrative>',
      );
    expect(await importIati(deps(target().db), admin, chunks(xml))).toMatchObject({ created: 1, refused: [] });
    const db = target().db;
    const project = await db
      .selectFrom('projects')
      .select(['id', 'results', 'last_report_end'])
      .where('iati_identifier', '=', 'AA-AAA-123456789-LANG1')
      .executeTakeFirstOrThrow();
    // the periods with an actual value are monitoring reports, and the project knows the end of its last
    const { last } = await db
      .selectFrom('monitoring_reports')
      .select((e) => e.fn.max('period_end').as('last'))
      .where('project_id', '=', project.id)
      .executeTakeFirstOrThrow();
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(project.last_report_end).toBe(last);
    const participants = await db
      .selectFrom('project_participants')
      .select(['name', 'name_translations'])
      .where('project_id', '=', project.id)
      .orderBy('position')
      .execute();
    expect(participants).toContainEqual({ name: 'Name of Agency A', name_translations: [{ lang: 'fr', text: "Nom de l'agence A" }] });
    expect(participants).toContainEqual({ name: 'Name of Agency C', name_translations: [] });
    const [result] = project.results;
    expect(result).toMatchObject({ title: 'Result title', titleTranslations: [{ lang: 'pt', text: 'Título do resultado' }] });
    expect(result?.indicators[0]).toMatchObject({
      title: 'Indicator title',
      titleTranslations: [{ lang: 'es', text: 'Título del indicador' }],
    });
    const report = await db
      .selectFrom('monitoring_reports')
      .select('progress')
      .where('project_id', '=', project.id)
      .executeTakeFirstOrThrow();
    expect(report.progress[0]).toMatchObject({
      indicatorTitle: 'Indicator title',
      indicatorTitleTranslations: [{ lang: 'es', text: 'Título del indicador' }],
      comment: 'Actual comment text',
      commentTranslations: [
        { lang: 'fr', text: 'Texte du commentaire' },
        { lang: 'ja', text: '実績のコメント' },
      ],
    });
    const exported = await exportOf(db);
    expect((await validateIati(exported)).errors.slice(0, 3)).toEqual([]);
    const activity =
      /<iati-activity\b(?:(?!<\/iati-activity>)[\s\S])*AA-AAA-123456789-LANG1[\s\S]*?<\/iati-activity>/.exec(exported)?.[0] ?? '';
    for (const written of [
      `<narrative>Name of Agency A</narrative><narrative xml:lang="fr">Nom de l'agence A</narrative>`,
      '<narrative>Result title</narrative><narrative xml:lang="pt">Título do resultado</narrative>',
      '<narrative>Indicator title</narrative><narrative xml:lang="es">Título del indicador</narrative>',
      '<comment><narrative>Actual comment text</narrative><narrative xml:lang="fr">Texte du commentaire</narrative><narrative xml:lang="ja">実績のコメント</narrative></comment>',
    ])
      expect(activity).toContain(written);
  });

  it('refuses a translation in a language outside the IATI code list, naming it', async () => {
    const named = EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-LANG2');
    const participant = await refusal(
      named.replace(`<narrative xml:lang="fr">Nom de l'agence A</narrative>`, '<narrative xml:lang="zz">Zz</narrative>'),
    );
    expect(participant.refused[0]?.rule).toMatch(/participants\[\d\]\.nameTranslations\[0\]\.lang: "zz" is not an ISO 639-1 language code/);
    const comment = await refusal(
      named.replace(
        '<narrative>Actual comment text</narrative>',
        '<narrative>Actual comment text</narrative><narrative xml:lang="zz">Zz</narrative>',
      ),
    );
    expect(comment.refused[0]?.rule).toMatch(/progress\.commentTranslations\[0\]\.lang: "zz" is not an ISO 639-1 language code/);
  });

  it('refuses a file that is not well-formed, naming the line, and stores nothing', async () => {
    const report = await refusal(EXAMPLE.replace('<title>', '<title><oops>'));
    expect(report.refused[0]?.rule).toMatch(/not well-formed/);
    expect(report.refused[0]?.line).toBeGreaterThan(1);
  });

  it('refuses a file of another IATI version', async () => {
    const report = await refusal(EXAMPLE.replace('version="2.03"', 'version="1.05"'));
    expect(report.refused[0]).toMatchObject({ line: 5, rule: expect.stringMatching(/version must be 2.03/) });
  });

  it('refuses what the schema forbids, with the line, the activity and the rule', async () => {
    const xml = EXAMPLE.replace('<activity-status code="2" />', '<activity-status />');
    const report = await refusal(xml);
    const line = xml.split('\n').findIndex((l) => l.includes('<activity-status />')) + 1;
    expect(report.refused).toContainEqual({
      line,
      activity: 'AA-AAA-123456789-ABC123',
      rule: expect.stringMatching(/activity-status.*code.*required/i),
    });
  });

  it("places the schema's findings at the file's lines, in any activity of any batch", async () => {
    const inner = (x: string) => x.slice(x.indexOf('<iati-activity '), x.lastIndexOf('</iati-activities>'));
    const named = (n: number) => EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, `AA-AAA-123456789-LINE${n}`);
    const bad = named(4).replace('<activity-status code="2" />', '<activity-status />');
    // four activities, the second on the line the first ends on: batches of two
    const file = `${EXAMPLE.slice(0, EXAMPLE.indexOf('<iati-activity '))}${inner(named(1)).trimEnd()}${inner(named(2))}${inner(named(3))}${inner(bad)}</iati-activities>\n`;
    const error = await importIati(deps(target().db), admin, chunks(file, 97), { batchSize: 2 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefused);
    const line = file.split('\n').findIndex((l) => l.includes('<activity-status />')) + 1;
    expect((error as ImportRefused).report.refused).toEqual([
      { line, activity: 'AA-AAA-123456789-LINE4', rule: expect.stringMatching(/activity-status.*code.*required/i) },
    ]);
  });

  it('links related activities to the projects of the batches before, while the next batches are looked up ahead', async () => {
    const inner = (x: string) => x.slice(x.indexOf('<iati-activity '), x.lastIndexOf('</iati-activities>'));
    const id = (n: number) => `AA-AAA-123456789-CHAIN${n}`;
    // each activity names the one before it (most often in the batch before) and the fifth before it
    const activity = (n: number) =>
      inner(
        EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, id(n)).replace(
          '<related-activity ref="AA-AAA-123456789-6789" type="1" />',
          n >= 5
            ? `<related-activity ref="${id(n - 1)}" type="1" /><related-activity ref="${id(n - 5)}" type="2" />`
            : n >= 1
              ? `<related-activity ref="${id(n - 1)}" type="1" />`
              : '',
        ),
      );
    const file = `${EXAMPLE.slice(0, EXAMPLE.indexOf('<iati-activity '))}${Array.from({ length: 40 }, (_, n) => activity(n)).join('')}</iati-activities>\n`;
    const report = await importIati(deps(target().db), admin, chunks(file, 2_048), { batchSize: 2 });
    expect(report).toMatchObject({ activities: 40, created: 40, refused: [] });
    const links = await target()
      .db.selectFrom('project_relations as r')
      .innerJoin('projects as p', 'p.id', 'r.project_id')
      .innerJoin('projects as q', 'q.id', 'r.related_id')
      .select(['p.iati_identifier as from', 'q.iati_identifier as to', 'r.type'])
      .where('p.iati_identifier', 'like', 'AA-AAA-123456789-CHAIN%')
      .execute();
    const expected = Array.from({ length: 39 }, (_, k) => k + 1).flatMap((n) => [
      { from: id(n), to: id(n - 1), type: 1 },
      ...(n >= 5 ? [{ from: id(n), to: id(n - 5), type: 2 }] : []),
    ]);
    const order = (l: { from: string; to: string }[]) => [...l].sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`));
    expect(order(links)).toEqual(order(expected));
    // none of them is kept as an element the graph does not model
    const kept = await target()
      .db.selectFrom('projects')
      .select('iati_extra')
      .where('iati_identifier', 'like', 'AA-AAA-123456789-CHAIN%')
      .execute();
    expect(kept.flatMap((r) => r.iati_extra).filter((x) => x.element === 'related-activity')).toEqual([]);
  });

  it('refuses codes outside the code lists, and imports nothing', async () => {
    const xml = EXAMPLE.replace('<recipient-country code="AF" percentage="25" />', '<recipient-country code="QQ" percentage="25" />');
    const report = await refusal(xml);
    const line = xml.split('\n').findIndex((l) => l.includes('code="QQ"')) + 1;
    expect(report.refused).toContainEqual({
      line,
      activity: 'AA-AAA-123456789-ABC123',
      rule: expect.stringMatching(/"QQ" is not in the IATI Country code list/),
    });
  });

  it('with skipInvalid, stores the valid activities and reports the rest', async () => {
    const bad = EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-BAD1').replace('code="AF"', 'code="QQ"');
    const good = EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-GOOD1');
    const inner = (x: string) => x.slice(x.indexOf('<iati-activity '), x.lastIndexOf('</iati-activities>'));
    const file = `${good.slice(0, good.indexOf('<iati-activity '))}${inner(good)}${inner(bad)}</iati-activities>\n`;
    const report = await importIati(deps(target().db), admin, chunks(file), { skipInvalid: true });
    expect(report).toMatchObject({ activities: 2, created: 1 });
    expect(report.refused.map((r) => r.activity)).toEqual(['AA-AAA-123456789-BAD1']);
  });

  it('is for the agency admins only', async () => {
    const officer = { ...admin, identity: { ...admin.identity, roles: ['officer' as const] } };
    await expect(importIati(deps(target().db), officer, chunks(EXAMPLE))).rejects.toThrow(/admin/);
  });
});

describe('npm run iati', () => {
  const collect = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c) => {
      text += String(c);
    });
    return { stream, text: () => text };
  };

  it('imports a file, prints a progress line and what it did; a refused file exits 1 naming line, activity and rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iati-cli-'));
    try {
      writeFileSync(join(dir, 'good.xml'), EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-CLI1'));
      writeFileSync(
        join(dir, 'bad.xml'),
        EXAMPLE.replace(/AA-AAA-123456789-ABC123/g, 'AA-AAA-123456789-CLI2').replace('code="AF"', 'code="QQ"'),
      );
      const out = collect();
      const err = collect();
      expect(await runIati(def, target().url, ['import', 'good.xml'], { cwd: dir, out: out.stream, err: err.stream })).toBe(0);
      expect(out.text()).toMatch(new RegExp(`${agency.code}: 1 activities read: 1 created, 0 updated, 0 unchanged, 0 refused`));
      expect(err.text()).toMatch(/1 activities read \(\d[\d,]*\/s\)/);
      const refused = collect();
      expect(await runIati(def, target().url, ['import', 'bad.xml'], { cwd: dir, out: refused.stream, err: collect().stream })).toBe(1);
      expect(refused.text()).toMatch(/refused, nothing imported/);
      expect(refused.text()).toMatch(
        /line \d+ \(AA-AAA-123456789-CLI2\): recipient-country\/@code "QQ" is not in the IATI Country code list/,
      );
      const exported = collect();
      expect(await runIati(def, target().url, ['export'], { out: exported.stream, err: collect().stream })).toBe(0);
      expect(exported.text()).toContain('AA-AAA-123456789-CLI1');
      expect(exported.text()).not.toContain('AA-AAA-123456789-CLI2');
      expect(await runIati(def, target().url, ['import'], { out: collect().stream, err: collect().stream })).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
