/**
 * Reading an IATI activity file as a stream: saxes parses it chunk by chunk and each
 * `iati-activity` comes out whole, as a small tree that knows the line of every element, with
 * its text as the file has it (for the schema check). Only one activity (and the batches the
 * importer holds) is in memory, whatever the file's size.
 */
import { SaxesParser } from 'saxes';
import { el, escapeXml } from './xml.ts';

export interface XmlNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  /** The element's own text (its children's not included). */
  text: string;
  /** The line of the file the element starts on. */
  readonly line: number;
}

/** An activity as read: its tree, and its text as it is in the file, for the schema check. */
export interface ReadActivity {
  readonly node: XmlNode;
  /**
   * The file's text from the end of the element before (the root's start tag or the previous
   * activity) to the end of this one: whitespace and comments before it, then the activity.
   */
  readonly text: string;
  /** The file's line `text` starts on, and the one it ends on. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/** The file is not XML, or not an IATI 2.03 activity file: nothing of it can be read. */
export class IatiFileError extends Error {
  constructor(
    readonly line: number,
    readonly rule: string,
  ) {
    super(`line ${line}: ${rule}`);
  }
}

/** The activities of a file, one at a time; throws IatiFileError where the file is not well-formed or not IATI 2.03. */
export async function* readActivities(
  chunks: AsyncIterable<string | Uint8Array>,
  onRoot: (attrs: Record<string, string>) => void,
): AsyncGenerator<ReadActivity> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  const done: ReadActivity[] = [];
  // the text read and not yet handed out: `buffer` starts at the stream's position `bufferAt`;
  // the next activity's text starts at `from`, on line `fromLine`
  let buffer = '';
  let bufferAt = 0;
  let from = 0;
  let fromLine = 1;
  let failure: IatiFileError | null = null;
  let rootSeen = false;
  let tagLine = 1;
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    // without namespace processing, saxes gives the attributes as a new object of strings
    const attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      if (tag.name !== 'iati-activities') throw new IatiFileError(tagLine, `the root element must be iati-activities, not ${tag.name}`);
      if (attrs.version !== '2.03')
        throw new IatiFileError(tagLine, `iati-activities/@version must be 2.03, not ${attrs.version ?? '(none)'}`);
      onRoot(attrs);
      from = parser.position;
      fromLine = parser.line;
      return;
    }
    const node: XmlNode = { name: tag.name, attrs, children: [], text: '', line: tagLine };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (tag.name !== 'iati-activity')
      throw new IatiFileError(tagLine, `iati-activities may hold only iati-activity elements, not ${tag.name}`);
    stack.push(node);
  });
  const addText = (t: string) => {
    const node = stack[stack.length - 1];
    if (node) node.text = node.text ? node.text + t : t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && stack.length === 0) {
      const to = parser.position;
      done.push({ node, text: buffer.slice(from - bufferAt, to - bufferAt), firstLine: fromLine, lastLine: parser.line });
      from = to;
      fromLine = parser.line;
    }
  });
  parser.on('error', (e) => {
    failure ??= new IatiFileError(parser.line, `not well-formed XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });
  const decoder = new TextDecoder();
  const feed = (text: string) => {
    // what the activities handed out held is dropped (once an activity: slicing flattens the text)
    if (from > bufferAt) {
      buffer = buffer.slice(from - bufferAt);
      bufferAt = from;
    }
    buffer += text;
    try {
      parser.write(text);
    } catch (e) {
      failure ??= e instanceof IatiFileError ? e : new IatiFileError(parser.line, `not well-formed XML: ${(e as Error).message}`);
    }
    if (failure) throw failure;
  };
  for await (const chunk of chunks) {
    feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield* done.splice(0);
  }
  feed(decoder.decode());
  try {
    parser.close();
  } catch (e) {
    failure ??= new IatiFileError(parser.line, `not well-formed XML: ${(e as Error).message}`);
  }
  if (failure) throw failure;
  if (!rootSeen) throw new IatiFileError(1, 'the file holds no iati-activities element');
  yield* done.splice(0);
}

/** An element as compact XML (what an import keeps of elements the graph does not model). */
export function toXml(node: XmlNode): string {
  return el(node.name, node.attrs, node.text.trim() ? escapeXml(node.text) : null, node.children.map(toXml));
}
