/**
 * Development-time tool: converts the IATI 2.03 code lists (XML) into the JSON files in
 * `codelists/`, which are committed and are all the project reads at run time.
 *
 *   npm run vendor -w @ssc/contract -- <folder with IATI codelist XML files>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LISTS = [
  'ActivityDateType',
  'ActivityStatus',
  'CollaborationType',
  'Country',
  'Currency',
  'IndicatorMeasure',
  'Language',
  'OrganisationRole',
  'OrganisationType',
  'RelatedActivityType',
  'ResultType',
  'Sector',
  'UNSDG-Goals',
  'UNSDG-Targets',
] as const;

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function parse(xml: string): { code: string; name: string; withdrawn?: true; category?: string }[] {
  const items: { code: string; name: string; withdrawn?: true; category?: string }[] = [];
  for (const m of xml.matchAll(/<codelist-item([^>]*)>([\s\S]*?)<\/codelist-item>/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const code = /<code>([\s\S]*?)<\/code>/.exec(body)?.[1];
    // the first narrative without xml:lang is the English name
    const name = /<name>\s*<narrative>([\s\S]*?)<\/narrative>/.exec(body)?.[1];
    if (!code || !name) continue;
    const category = /<category>([\s\S]*?)<\/category>/.exec(body)?.[1];
    items.push({
      code: decode(code),
      name: decode(name),
      ...(category ? { category: decode(category) } : {}),
      ...(/status="withdrawn"/.test(attrs) ? { withdrawn: true as const } : {}),
    });
  }
  return items;
}

const from = process.argv[2];
if (!from) {
  console.error('usage: vendor-iati <folder with IATI codelist XML files>');
  process.exit(2);
}
const out = new URL('../codelists/', import.meta.url);
for (const list of LISTS) {
  const items = parse(readFileSync(join(from, `${list}.xml`), 'utf8'));
  writeFileSync(new URL(`${list}.json`, out), `${JSON.stringify({ list, items }, null, 1)}\n`);
  console.log(`${list}: ${items.length} codes`);
}
