/**
 * The IATI reader's worker thread (started by reader-thread.ts): takes the file's chunks from
 * the import's thread, reads them (reader.ts) and sends back the batches read. It asks for each
 * chunk as it takes the one before (`took`), so that the import's thread sends no more of the
 * file than is being read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IatiFileError } from './parse.ts';
import { readBatches } from './reader.ts';

/** From the import's thread: a chunk of the file, or its end. */
export type ToReader = { chunk: string | Uint8Array } | { end: true };
/** To the import's thread: what was read, a chunk taken, the end of the file, or why reading stopped. */
export type FromReader =
  | { item: import('./reader.ts').ReadItem }
  | { took: true }
  | { done: true }
  | { refused: { line: number; rule: string } }
  | { crashed: string };

const port = parentPort;
if (!port) throw new Error('reader-worker.ts runs as a worker thread (reader-thread.ts starts it)');
const send = (m: FromReader) => port.postMessage(m);
const queue: (string | Uint8Array)[] = [];
let ended = false;
let wake: (() => void) | null = null;
port.on('message', (m: ToReader) => {
  if ('chunk' in m) queue.push(m.chunk);
  else ended = true;
  wake?.();
  wake = null;
});

async function* chunks(): AsyncGenerator<string | Uint8Array> {
  for (;;) {
    const chunk = queue.shift();
    if (chunk !== undefined) {
      send({ took: true });
      yield chunk;
    } else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

try {
  for await (const item of readBatches(chunks(), (workerData as { size: number }).size)) send({ item });
  send({ done: true });
} catch (e) {
  send(
    e instanceof IatiFileError
      ? { refused: { line: e.line, rule: e.rule } }
      : { crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) },
  );
}
port.close();
