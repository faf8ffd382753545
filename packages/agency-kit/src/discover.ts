/**
 * Every agency's definition, discovered from the registry by convention: the agency whose entry
 * names subgraph `x` has its own fields when a package `@ssc/subgraph-x` is installed (the folder
 * `subgraphs/x` of the monorepo), whose default export is its definition; an agency without a
 * package is the registry entry alone (`defineAgency(entry)`: the shared contract, no field of its
 * own). Nothing lists the agencies by hand: the stack, composition, the generic entry point and
 * the tests all start here.
 */
import { createRequire } from 'node:module';
import { AGENCIES, type AgencyEntry } from '@ssc/contract';
import { type AgencyDefinition, defineAgency } from './agency.ts';

const require = createRequire(import.meta.url);

/** The package that holds an agency's own fields, by convention. */
export const agencyPackage = (entry: AgencyEntry) => `@ssc/subgraph-${entry.subgraph}`;

/**
 * The agency packages a built artifact carries (`scripts/build.mjs` bundles every installed one in
 * and hands them here before the entry point runs): a bundle cannot resolve packages by name.
 */
let bundled: ReadonlyMap<string, unknown> | undefined;
export function provideAgencyPackages(definitions: Record<string, unknown>): void {
  bundled = new Map(Object.entries(definitions));
}

/** The entry module of the agency's own package, or undefined when it has none. */
export function agencyPackageEntry(entry: AgencyEntry): string | undefined {
  if (bundled) return bundled.has(agencyPackage(entry)) ? agencyPackage(entry) : undefined;
  try {
    return require.resolve(agencyPackage(entry));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

/** The agency's definition: its own package's when it has one, else the registry entry alone. */
export async function agencyDefinition(entry: AgencyEntry): Promise<AgencyDefinition> {
  const file = agencyPackageEntry(entry);
  if (!file) return defineAgency(entry);
  const def = (
    bundled ? bundled.get(file) : ((await import(/* @vite-ignore */ agencyPackage(entry))) as { default?: AgencyDefinition }).default
  ) as AgencyDefinition | undefined;
  if (!def || def.agency.code !== entry.code) {
    throw new Error(`${agencyPackage(entry)} must export its agency's definition (defineAgency(${entry.code}, ...)) as default`);
  }
  return def;
}

/** The definition of every agency of the registry, in registry order. */
export function agencyDefinitions(): Promise<AgencyDefinition[]> {
  return Promise.all(AGENCIES.map((a) => agencyDefinition(a)));
}

/** The registry entry named by a code (`JICA`) or a subgraph name (`jica`), case-insensitively. */
export function agencyNamed(name: string): AgencyEntry {
  const wanted = name.trim().toLowerCase();
  const entry = AGENCIES.find((a) => a.code.toLowerCase() === wanted || a.subgraph === wanted);
  if (!entry) throw new Error(`no agency "${name}" in the registry: use one of ${AGENCIES.map((a) => a.code).join(', ')}`);
  return entry;
}
