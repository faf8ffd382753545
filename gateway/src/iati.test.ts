import { describe, expect, it } from 'vitest';
import { innerActivities } from './iati.ts';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

const FILE =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- x -->\n<iati-activities version="2.03" generated-datetime="2026-12-07T00:00:00.000Z">\n' +
  '<iati-activity><iati-identifier>A-1</iati-identifier></iati-activity>\n' +
  '<iati-activity><iati-identifier>A-2</iati-identifier></iati-activity>\n' +
  '<!-- A: 1 project(s) without any date left out -->\n</iati-activities>\n';

describe("an agency's activities inside the joined file", () => {
  it.each([1, 7, 64, 10_000])('are what lies inside <iati-activities>, however the file is cut into chunks (%i)', async (size) => {
    expect(await collect(innerActivities(chunked(FILE, size)))).toBe(
      '<iati-activity><iati-identifier>A-1</iati-identifier></iati-activity>\n<iati-activity><iati-identifier>A-2</iati-identifier></iati-activity>\n<!-- A: 1 project(s) without any date left out -->\n',
    );
  });

  it('leave no half activity behind when the file is cut short, and the cut is an error', async () => {
    const cut = FILE.slice(0, FILE.indexOf('A-2'));
    let passed = '';
    await expect(
      (async () => {
        for await (const c of innerActivities(chunked(cut, 5))) passed += c;
      })(),
    ).rejects.toThrow(/ended before <\/iati-activities>/);
    expect(passed).toBe('<iati-activity><iati-identifier>A-1</iati-identifier></iati-activity>\n');
  });

  it('refuse what is not an activity file', async () => {
    await expect(collect(innerActivities(chunked('{"errors":[]}', 4)))).rejects.toThrow(/not an IATI activity file/);
  });
});
