/**
 * IATI 2.03 code lists, vendored as JSON in `../codelists` (CC BY 4.0, IATI Standard,
 * http://iatistandard.org/). Every code a mutation or the seed accepts is checked here.
 */
import { readFileSync } from 'node:fs';

export interface CodeItem {
  readonly code: string;
  readonly name: string;
  readonly category?: string;
  readonly withdrawn?: true;
}

export class CodeList {
  readonly items: readonly CodeItem[];
  readonly #byCode: ReadonlyMap<string, CodeItem>;
  constructor(
    readonly list: string,
    items: readonly CodeItem[],
  ) {
    this.items = items;
    this.#byCode = new Map(items.map((i) => [i.code, i]));
  }
  get(code: string): CodeItem | undefined {
    return this.#byCode.get(code);
  }
  /** True for a code that is in the list and not withdrawn. */
  has(code: string): boolean {
    const item = this.#byCode.get(code);
    return item !== undefined && !item.withdrawn;
  }
  name(code: string): string | undefined {
    return this.#byCode.get(code)?.name;
  }
}

function load(list: string): CodeList {
  const url = new URL(`../codelists/${list}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { items: CodeItem[] };
  return new CodeList(list, data.items);
}

export const codelists = {
  activityStatus: load('ActivityStatus'),
  activityDateType: load('ActivityDateType'),
  collaborationType: load('CollaborationType'),
  country: load('Country'),
  currency: load('Currency'),
  indicatorMeasure: load('IndicatorMeasure'),
  language: load('Language'),
  organisationRole: load('OrganisationRole'),
  organisationType: load('OrganisationType'),
  relatedActivityType: load('RelatedActivityType'),
  resultType: load('ResultType'),
  /** DAC 5-digit sectors (vocabulary 1). */
  sector: load('Sector'),
  sdgGoal: load('UNSDG-Goals'),
  sdgTarget: load('UNSDG-Targets'),
} as const;

/** The folder of the vendored IATI 2.03 schemas (`iati/*.xsd`, CC BY 4.0), which the tests validate IATI files against. */
export const IATI_SCHEMA_DIR = new URL('../iati/', import.meta.url);

/**
 * The namespace of the federation's own attributes in IATI files (IATI allows attributes of other
 * namespaces): what the graph holds that IATI has no element for (`ssc:modality`, `ssc:role`, ...).
 */
export const IATI_SSC_NAMESPACE = 'urn:ssc-federation:iati:1';

/** The attribution every IATI file the federation writes carries. */
export const IATI_ATTRIBUTION = 'IATI Standard 2.03 (http://iatistandard.org/), CC BY 4.0';

/** The opening of an IATI activity file, up to its first activity (`note` joins the attribution comment). */
export function iatiActivitiesHead(now: Date, note = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${IATI_ATTRIBUTION}${note ? `; ${note}` : ''} -->\n<iati-activities version="2.03" generated-datetime="${now.toISOString()}" xmlns:ssc="${IATI_SSC_NAMESPACE}">\n`;
}
export const IATI_ACTIVITIES_TAIL = '</iati-activities>\n';
