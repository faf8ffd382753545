import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IatiFileError } from './parse.ts';
import { type ReadItem, readBatches } from './reader.ts';
import { readInWorker } from './reader-thread.ts';

const EXAMPLE = readFileSync(new URL('./fixtures/activity-standard-example-annotated.xml', import.meta.url), 'utf8');
const ACTIVITY = /<iati-activity[\s>][\s\S]*?<\/iati-activity>/.exec(EXAMPLE)?.[0] ?? '';
const ROOT = /<iati-activities[^>]*>/.exec(EXAMPLE)?.[0] ?? '';

/** A file of `n` copies of the example's activity under identifiers of their own, each an element of `parts`. */
function fileParts(n: number): string[] {
  const copies = Array.from({ length: n }, (_, i) => `\n${ACTIVITY.replaceAll('AA-AAA-123456789-ABC123', `AA-AAA-123456789-R${i}`)}`);
  return [`<?xml version="1.0" encoding="UTF-8"?>\n${ROOT}`, ...copies, '\n</iati-activities>\n'];
}
async function all(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}
/** The parts as a source that counts what was asked of it and whether it was let go. */
function counted(parts: readonly string[], failAt = -1) {
  const state = { pulled: 0, closed: false };
  const source = (async function* () {
    try {
      for (const [i, part] of parts.entries()) {
        if (i === failAt) throw new Error('the connection was reset');
        state.pulled++;
        yield new TextEncoder().encode(part);
      }
    } finally {
      state.closed = true;
    }
  })();
  return { state, source };
}

describe('the IATI reader thread', () => {
  it('gives what readBatches gives in the import thread, batch by batch', async () => {
    const parts = fileParts(23);
    const inWorker = await all(readInWorker(counted(parts).source, 5));
    const here = await all(readBatches(counted(parts).source, 5));
    expect(inWorker).toEqual(here);
    expect(inWorker.map((i) => (i.kind === 'batch' ? i.reads.length : i.kind))).toEqual(['root', 5, 5, 5, 5, 3]);
    const last = inWorker.at(-1) as Extract<ReadItem, { kind: 'batch' }>;
    expect(last.reads.at(-1)?.mapped?.identifier).toBe('AA-AAA-123456789-R22');
  }, 60_000);

  it('asks the file for no more than a few chunks ahead of the batches the import took', async () => {
    const { state, source } = counted(fileParts(400));
    const reading = readInWorker(source, 5);
    const first = await reading.next();
    expect(first.value?.kind).toBe('root');
    await reading.next();
    // the import takes its time with the first batch: the worker must not read on meanwhile
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(state.pulled).toBeGreaterThan(5);
    expect(state.pulled).toBeLessThan(30);
    // stopping early lets the file go
    await reading.return(undefined);
    expect(state.closed).toBe(true);
  }, 60_000);

  it('stops with the file source’s own error when it fails', async () => {
    const { state, source } = counted(fileParts(50), 20);
    await expect(all(readInWorker(source, 5))).rejects.toThrow('the connection was reset');
    expect(state.pulled).toBe(20);
  }, 60_000);

  it('refuses a file that is not well-formed with the line where it breaks', async () => {
    const parts = fileParts(12);
    parts[8] = (parts[8] as string).replace('</title>', '</titel>');
    const error = await all(readInWorker(counted(parts).source, 5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IatiFileError);
    expect((error as IatiFileError).rule).toMatch(/not well-formed/);
    const lines = parts.slice(0, 8).join('').split('\n').length;
    expect((error as IatiFileError).line).toBeGreaterThan(lines);
  }, 60_000);
});
