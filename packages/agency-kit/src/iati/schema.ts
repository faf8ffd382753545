/**
 * The IATI 2.03 schemas (vendored in @ssc/contract's `iati/`, CC BY 4.0) checked by libxml2
 * compiled to WebAssembly (xmllint-wasm): nothing to install, no network. The import checks
 * each batch with it; the tests check every file the federation writes.
 *
 * xmllint-wasm's own `validateXML` starts a worker thread for every document and compiles the
 * WebAssembly in it again each time (a quarter of a second before the first element is read:
 * most of an import's time when it checked 500 activities at once). The checks here run in
 * a long-lived worker instead, which compiles libxml2
 * once: a document costs one fresh instance of it (a few milliseconds) and its own reading.
 * libxml2 checks the document as its SAX parser reads it (`--sax`: no tree is built, so its
 * memory stays the same whatever the document's size; half the time of `--stream`'s reader).
 * The idle worker does not keep the process alive.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IATI_SCHEMA_DIR } from '@ssc/contract';
import type { XMLValidationError } from 'xmllint-wasm';

type Kind = 'activities' | 'organisations';

/** One finding of libxml2: its message as printed, the rule, and the line of the document (as xmllint-wasm gives them). */
export type SchemaError = XMLValidationError;

const schemaFile = (name: string) => readFileSync(new URL(name, IATI_SCHEMA_DIR), 'utf8');
const schemas = new Map<Kind, { fileName: string; contents: string }[]>();
/** The schema of `kind` and the schemas it imports, as files for libxml2 (the main one first). */
function schemaFiles(kind: Kind): { fileName: string; contents: string }[] {
  let files = schemas.get(kind);
  if (!files) {
    files = [`iati-${kind}-schema.xsd`, 'iati-common.xsd', 'xml.xsd'].map((fileName) => ({ fileName, contents: schemaFile(fileName) }));
    schemas.set(kind, files);
  }
  return files;
}

// The worker, as CommonJS run from this string: no loader (tsx, vitest) is needed in it. It
// compiles libxml2 once; each message is a document, checked by a new instance of xmllint's
// program (xmllint-wasm's Module, whose own message listener ignores these messages).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const Module = require(workerData.program);
const wasm = new WebAssembly.Module(readFileSync(workerData.wasm));
const schemas = new Map();
parentPort.on('message', (m) => {
  if (!m || m.ssc !== 'iati-schema') return;
  if (m.schema) schemas.set(m.kind, m.schema);
  const files = schemas.get(m.kind);
  let stderr = '';
  let done = false;
  const finish = (code, text) => {
    if (done) return;
    done = true;
    parentPort.postMessage({ ssc: 'iati-schema', id: m.id, code, stderr: text });
  };
  try {
    const ready = Module({
      inputFiles: [{ fileName: 'document.xml', contents: m.xml }, ...files],
      arguments: ['--schema', files[0].fileName, '--noout', '--sax', 'document.xml'],
      print() {},
      printErr(line) {
        stderr += line + '\\n';
      },
      instantiateWasm(imports, ok) {
        const instance = new WebAssembly.Instance(wasm, imports);
        ok(instance, wasm);
        return instance.exports;
      },
      wasmMemory: new WebAssembly.Memory({ initial: 256, maximum: 16384 }),
      onExit: (code) => finish(code, stderr),
      onAbort: (reason) => finish(-1, 'WASM Abort: ' + reason),
    });
    if (ready && ready.catch) ready.catch((e) => finish(-1, String(e && e.message || e)));
  } catch (e) {
    finish(-1, String(e && e.message || e));
  }
});
`;

interface Pending {
  resolve(result: { code: number; stderr: string }): void;
  reject(e: unknown): void;
}
interface Checker {
  worker: Worker;
  pending: Map<number, Pending>;
  kinds: Set<Kind>;
}

const pool: Checker[] = [];
let nextId = 0;
/** xmllint-wasm's program: from its package, or next to a bundle, which carries it (scripts/build.mjs). */
function xmllintProgram(): string {
  try {
    return createRequire(import.meta.url).resolve('xmllint-wasm/xmllint-node.js');
  } catch {
    return fileURLToPath(new URL('./xmllint-node.js', import.meta.url));
  }
}
const program = xmllintProgram();
/**
 * Workers the checks run in: one. libxml2 checks some 10,000 activities/s in it, three times
 * what the import's own thread reads and maps or PostgreSQL stores: a second would only take
 * memory and compete for the cores.
 */
const POOL_SIZE = 1;

function startChecker(): Checker {
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { program, wasm: join(dirname(program), 'xmllint.wasm') } });
  const checker: Checker = { worker, pending: new Map(), kinds: new Set() };
  const fail = (e: unknown) => {
    pool.splice(pool.indexOf(checker), 1);
    for (const p of checker.pending.values()) p.reject(e);
    checker.pending.clear();
  };
  worker.on('message', (m: { ssc?: string; id: number; code: number; stderr: string }) => {
    if (m?.ssc !== 'iati-schema') return;
    const p = checker.pending.get(m.id);
    checker.pending.delete(m.id);
    if (!checker.pending.size) worker.unref();
    p?.resolve(m);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (pool.includes(checker)) fail(new Error(`the schema check's worker stopped (${code})`));
  });
  worker.unref();
  pool.push(checker);
  return checker;
}

/** libxml2's exit code and messages for a document. */
function check(xml: string, kind: Kind): Promise<{ code: number; stderr: string }> {
  // the least busy worker, or a new one while there are fewer than the pool's size
  const idle = pool.find((c) => !c.pending.size);
  const checker = idle ?? (pool.length < POOL_SIZE ? startChecker() : pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)));
  const id = nextId++;
  const schema = checker.kinds.has(kind) ? undefined : schemaFiles(kind);
  checker.kinds.add(kind);
  return new Promise((resolve, reject) => {
    checker.pending.set(id, { resolve, reject });
    checker.worker.ref();
    checker.worker.postMessage({ ssc: 'iati-schema', id, kind, xml, schema });
  });
}

/** xmllint's messages (`file:line: rule`) as findings; its closing summary (`... validates` or `... fails to validate`) left out. */
function findings(stderr: string): SchemaError[] {
  return stderr
    .split('\n')
    .filter((line) => line.trim() && !/^document\.xml (validates|fails to validate)$/.test(line.trim()))
    .map((rawMessage) => {
      const [fileName, lineNumber, ...rest] = rawMessage.split(':');
      return fileName && lineNumber && /^\d+$/.test(lineNumber) && rest.length
        ? { rawMessage, message: rest.join(':').trim(), loc: { fileName, lineNumber: Number(lineNumber) } }
        : { rawMessage, message: rawMessage, loc: null };
    });
}

/** libxml2's findings on a document (`kind` picks the activity or the organisation schema), each with its line. */
export async function schemaErrors(xml: string, kind: Kind = 'activities'): Promise<readonly SchemaError[]> {
  const { code, stderr } = await check(xml, kind);
  // 0: valid; 3 and 4: not valid (or not well-formed XML, 1); anything else is libxml2 failing
  if (code === 0) return [];
  if (code === 1 || code === 3 || code === 4) {
    const errors = findings(stderr);
    return errors.length ? errors : [{ rawMessage: stderr.trim(), message: stderr.trim(), loc: null }];
  }
  throw new Error(`the schema check failed (${code}): ${stderr.trim()}`);
}

/** Whether an IATI file is valid against its schema, and libxml2's messages (line and rule) when not. */
export async function validateIati(xml: string, kind: Kind = 'activities'): Promise<{ valid: boolean; errors: string[] }> {
  const errors = await schemaErrors(xml, kind);
  return { valid: errors.length === 0, errors: errors.map((e) => e.rawMessage) };
}
