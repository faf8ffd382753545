/**
 * `npm run cycles` (part of `npm test`): fails when any module of the workspaces (packages,
 * subgraphs, gateway, test) imports itself back through others. Found with madge, counting
 * type-only imports and imports across workspaces: `@ssc/*` names are resolved to their sources
 * through each package's `exports`, as TypeScript resolves them. An `@ssc/*` import it cannot
 * resolve fails the check too, since it would hide edges of the graph.
 */
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await madge(['packages', 'subgraphs', 'gateway', 'apps', 'test'], {
  baseDir: root,
  fileExtensions: ['ts'],
  excludeRegExp: ['(^|/)node_modules/', '\\.d\\.ts$'],
  // given as JSON (not a path): madge would pass a parsed path's options to its resolver in a form it ignores
  tsConfig: {
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, resolveJsonModule: true },
  },
  detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
});
const graph = result.obj();
const modules = Object.keys(graph).length;
const cycles = result.circular();
const unresolved = result.warnings().skipped.filter((name) => name.startsWith('@ssc/'));
// layers: a library (packages/) imports only libraries, never an app, the gateway, an agency or the tests
const upward = Object.entries(graph).flatMap(([from, tos]) =>
  from.startsWith('packages/') ? tos.filter((to) => !to.startsWith('packages/')).map((to) => `${from} -> ${to}`) : [],
);
for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
for (const name of unresolved) console.error(`cannot resolve ${name}: its package's exports name no source file`);
for (const edge of upward) console.error(`a library imports from above packages/: ${edge}`);
if (cycles.length || unresolved.length || upward.length) {
  console.error(
    `${cycles.length} import cycle(s), ${unresolved.length} unresolved workspace import(s), ${upward.length} upward import(s) among ${modules} modules`,
  );
  process.exit(1);
}
console.log(`no import cycle and no library importing above packages/ among ${modules} modules`);
