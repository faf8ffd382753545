import { readFileSync } from 'node:fs';
import { AGENCIES, IATI_SSC_NAMESPACE } from '@ssc/contract';
import { useFreshDatabase } from '@ssc/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineAgency } from '../agency.ts';
import { Random } from '../seed/random.ts';
import type { AgencyDatabase } from '../tables.ts';
import { iatiActivities } from './export.ts';
import { readActivities, type XmlNode } from './parse.ts';
import { schemaErrors } from './schema.ts';
import { escapeXml } from './xml.ts';
import { fastSchemaCheck } from './xsd.ts';

const agency = AGENCIES[1];
const def = defineAgency(agency);
const fresh = useFreshDatabase<AgencyDatabase>(def.migrations, 'iati_xsd');
const EXAMPLE = readFileSync(new URL('./fixtures/activity-standard-example-annotated.xml', import.meta.url), 'utf8');
const ROOT = `<iati-activities version="2.03" xmlns:ssc="${IATI_SSC_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`;

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}
const copy = (n: XmlNode | Node): Node => ({ name: n.name, attrs: { ...n.attrs }, children: n.children.map(copy), text: n.text });
const xml = (n: Node): string =>
  `<${n.name}${Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('')}>${escapeXml(n.text)}${n.children.map(xml).join('')}</${n.name}>`;

/** The activities of a file, as trees, and the root's attributes. */
async function read(file: string): Promise<{ root: Record<string, string>; activities: XmlNode[] }> {
  let root: Record<string, string> = {};
  const activities: XmlNode[] = [];
  for await (const a of readActivities(
    (async function* () {
      yield file;
    })(),
    (attrs) => {
      root = attrs;
    },
  ))
    activities.push(a.node);
  return { root, activities };
}
/** The fast check's and libxml2's verdicts on one activity. */
async function verdicts(activity: Node): Promise<{ fast: boolean; libxml2: boolean }> {
  const file = `${ROOT}\n${xml(activity)}\n</iati-activities>\n`;
  const { root, activities } = await read(file);
  const check = fastSchemaCheck(root);
  const [node] = activities;
  if (!check || !node) throw new Error('the test document was not read');
  return { fast: check(node), libxml2: (await schemaErrors(file)).length === 0 };
}

const VALUES = [
  '',
  'abc',
  '2023-02-30',
  '2023-02-28',
  '2024-02-29',
  '2023-02-28Z',
  '2023-01-01T10:00:00',
  '2023-01-01T25:00:00',
  '1.5',
  '-1',
  '1e3',
  '.5',
  '1.',
  '+7',
  'true',
  'yes',
  '0',
  ' 12 ',
  '12345678901234567890123',
  'http://x y',
  'https://example.org/a?b=1&c=%20',
  '%zz',
  'en',
  'x-',
  'fr-CA',
];
const ELEMENTS = ['narrative', 'title', 'description', 'sector', 'value', 'period-start', 'foo', 'ssc:note', 'zz:foo', 'result'];

/** 1 to 3 random changes to a copy of the activity. */
function mutant(source: Node, next: () => number): Node {
  const m = copy(source);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const all: { node: Node; parent: Node | null }[] = [];
  const walk = (node: Node, parent: Node | null) => {
    all.push({ node, parent });
    for (const c of node.children) walk(c, node);
  };
  walk(m, null);
  for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
    const { node, parent } = pick(all);
    const attrs = Object.keys(node.attrs);
    const siblings = parent?.children ?? [];
    const at = siblings.indexOf(node);
    switch (Math.floor(next() * 12)) {
      case 0:
        if (parent) siblings.splice(at, 1);
        break;
      case 1:
        if (parent) siblings.splice(at, 0, copy(node));
        break;
      case 2:
        if (parent && at + 1 < siblings.length) siblings.splice(at, 2, siblings[at + 1] as Node, node);
        break;
      case 3:
        if (attrs.length) delete node.attrs[pick(attrs)];
        break;
      case 4:
        node.attrs[pick(['foo', 'ssc:extra', 'xsi:nil', 'xml:lang', 'xml:space', 'zz:bar'])] = pick(['1', 'true', 'en', 'preserve', '123']);
        break;
      case 5:
        if (attrs.length) node.attrs[pick(attrs)] = pick(VALUES);
        break;
      case 6:
        node.text = pick(VALUES);
        break;
      case 7:
        node.children.push({ name: pick(ELEMENTS), attrs: {}, children: [], text: pick(['', 'x']) });
        break;
      case 8:
        node.children.push({
          name: 'ssc:note',
          attrs: {},
          children: [{ name: pick(ELEMENTS), attrs: {}, children: [], text: '' }],
          text: '',
        });
        break;
      case 9:
        if (parent) node.name = pick(ELEMENTS);
        break;
      case 10:
        if (parent) parent.children.push(...siblings.splice(at, 1));
        break;
      default:
        node.attrs['xmlns:yy'] = 'urn:example';
        break;
    }
  }
  return m;
}

let sources: Node[] = [];
beforeAll(async () => {
  await def.seed(fresh().db, { projects: 12 });
  let exported = '';
  for await (const c of iatiActivities(fresh().db, agency)) exported += c;
  sources = [...(await read(EXAMPLE)).activities, ...(await read(exported)).activities].map(copy);
});

describe('the fast schema check', () => {
  it('passes the annotated example and an agency export, which libxml2 finds valid', async () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const s of sources) expect(await verdicts(s)).toEqual({ fast: true, libxml2: true });
  });

  it('passes no activity libxml2 refuses (changed activities at random, replayable by seed)', async () => {
    // the seed generator's PRNG: the same changes on every run, so that a failure can be replayed
    const rnd = new Random(2026_12_07);
    const next = () => rnd.next();
    const seen = { both: 0, refused: 0, leftToLibxml2: 0 };
    for (let i = 0; i < 400; i++) {
      const m = mutant(sources[i % sources.length] as Node, next);
      const v = await verdicts(m);
      if (v.fast && !v.libxml2) expect.fail(`mutant ${i} passed the fast check but libxml2 refuses it:\n${xml(m)}`);
      if (v.fast) seen.both++;
      else if (v.libxml2) seen.leftToLibxml2++;
      else seen.refused++;
    }
    // the corpus holds both kinds: valid changes the check passes, and many refusals
    expect(seen.both).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(150);
  }, 120_000);

  it('passes no value libxml2 refuses, for every attribute and every text the sources hold', async () => {
    // each attribute (by element and name) and each element's text set to each value, every
    // changed activity on lines of its own in one document
    const changed: Node[] = [];
    const done = new Set<string>();
    for (const source of sources) {
      const nodes: Node[] = [];
      const walk = (n: Node) => {
        nodes.push(n);
        n.children.forEach(walk);
      };
      walk(source);
      for (const [k, n] of nodes.entries()) {
        const targets = [...Object.keys(n.attrs).map((a) => `@${a}`), ...(n.children.length ? [] : ['#text'])];
        for (const target of targets) {
          if (done.has(`${n.name}${target}`)) continue;
          done.add(`${n.name}${target}`);
          for (const value of VALUES) {
            const m = copy(source);
            const all: Node[] = [];
            const flat = (x: Node) => {
              all.push(x);
              x.children.forEach(flat);
            };
            flat(m);
            const at = all[k] as Node;
            if (target === '#text') at.text = value;
            else at.attrs[target.slice(1)] = value;
            changed.push(m);
          }
        }
      }
    }
    const lines = changed.map((m) => xml(m));
    const starts: number[] = [];
    let line = 2;
    for (const l of lines) {
      starts.push(line);
      line += l.split('\n').length;
    }
    const file = `${ROOT}\n${lines.join('\n')}\n</iati-activities>\n`;
    const refused = new Set<number>();
    for (const e of await schemaErrors(file)) {
      const at = e.loc?.lineNumber ?? 0;
      refused.add(starts.findLastIndex((s) => s <= at));
    }
    const { root, activities } = await read(file);
    const check = fastSchemaCheck(root);
    if (!check) throw new Error('the fast check refused the root');
    expect(activities.length).toBe(changed.length);
    const unsound = activities.flatMap((a, i) => (check(a) && refused.has(i) ? [lines[i]] : []));
    expect(unsound.length, `passed by the fast check, refused by libxml2: ${unsound[0]}`).toBe(0);
    expect(refused.size).toBeGreaterThan(changed.length / 4);
  }, 120_000);

  it('leaves to libxml2 what it does not model: a default namespace, xsi attributes, prefixes declared in the activity', async () => {
    expect(fastSchemaCheck({ version: '2.03', xmlns: 'urn:example' })).toBeNull();
    const [source] = sources;
    if (!source) throw new Error('no source activity');
    const extras: Record<string, string>[] = [{ 'xsi:nil': 'false' }, { 'xmlns:ssc': IATI_SSC_NAMESPACE }, { 'xml:space': 'default' }];
    for (const attrs of extras) {
      const v = await verdicts({ ...source, attrs: { ...source.attrs, ...attrs } });
      expect(v.fast).toBe(false);
    }
  });
});
