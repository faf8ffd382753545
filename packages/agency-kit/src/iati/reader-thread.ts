/**
 * The import reads its file in a worker thread (reader-worker.ts): parsing, the fast schema
 * check, the code list checks and the mapping take as much of a core as storing the batches
 * takes of the import's thread, and PostgreSQL of the other. The file's chunks go to the worker
 * as it asks for them and the batches it read come back, at most a few of each in flight: the
 * memory an import takes does not grow with the file.
 */
import { Worker } from 'node:worker_threads';
import { IatiFileError } from './parse.ts';
import type { ReadItem } from './reader.ts';
import type { FromReader, ToReader } from './reader-worker.ts';

/**
 * The worker's program: in a bundle (whose `import.meta.url` is the bundle's), `iati-reader.js`
 * built next to it; in the repository, the TypeScript through tsx.
 */
const PROGRAM = import.meta.url.endsWith('.ts')
  ? new URL('./reader-worker.mjs', import.meta.url)
  : new URL('./iati-reader.js', import.meta.url);
/** Chunks sent to the worker and not yet taken. */
const CHUNKS_AHEAD = 2;
/** Batches read and not yet taken by the import: the worker is sent no more of the file meanwhile. */
const ITEMS_AHEAD = 1;

/** The file's activities read in batches of `size` by a worker thread, as readBatches (reader.ts) gives them. */
export async function* readInWorker(chunks: AsyncIterable<string | Uint8Array>, size: number): AsyncGenerator<ReadItem> {
  const worker = new Worker(PROGRAM, {
    workerData: { size },
    execArgv: [],
  });
  const items: ReadItem[] = [];
  let credit = CHUNKS_AHEAD;
  let finished = false;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  // the import waiting for an item, and the pump waiting to send a chunk
  let itemWaiter: (() => void) | null = null;
  let pumpWaiter: (() => void) | null = null;
  const wakeItems = () => {
    itemWaiter?.();
    itemWaiter = null;
  };
  const wakePump = () => {
    pumpWaiter?.();
    pumpWaiter = null;
  };
  const fail = (error: unknown) => {
    failure ??= { error };
    wakeItems();
  };
  const send = (m: ToReader) => worker.postMessage(m);
  worker.on('message', (m: FromReader) => {
    if ('item' in m) items.push(m.item);
    else if ('took' in m) credit++;
    else if ('done' in m) finished = true;
    else if ('refused' in m) fail(new IatiFileError(m.refused.line, m.refused.rule));
    else fail(new Error(`the IATI reader failed: ${m.crashed}`));
    wakeItems();
    wakePump();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!finished) fail(new Error(`the IATI reader stopped (exit code ${code})`));
  });
  const source = chunks[Symbol.asyncIterator]();
  const pump = async () => {
    try {
      for (;;) {
        while (!stopped && (credit <= 0 || items.length >= ITEMS_AHEAD)) await new Promise<void>((resolve) => (pumpWaiter = resolve));
        if (stopped) return;
        const next = await source.next();
        if (stopped) return;
        if (next.done) break;
        credit--;
        send({ chunk: next.value });
      }
      send({ end: true });
    } catch (e) {
      fail(e);
    }
  };
  void pump();
  try {
    for (;;) {
      const item = items.shift();
      if (item) {
        wakePump();
        yield item;
      } else if (failure) throw (failure as { error: unknown }).error;
      else if (finished) return;
      else await new Promise<void>((resolve) => (itemWaiter = resolve));
    }
  } finally {
    stopped = true;
    wakePump();
    // a source still being read (a request's body) is let go without waiting for it
    source.return?.().catch(() => {});
    await worker.terminate();
  }
}
