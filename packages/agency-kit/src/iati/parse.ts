/**
 * Reading an IATI activity file as a stream: saxes parses it chunk by chunk and each
 * `iati-activity` comes out whole, as a small tree that knows the line of every element. Only
 * one activity (and the batch the importer holds) is in memory, whatever the file's size.
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
): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  const done: XmlNode[] = [];
  let failure: IatiFileError | null = null;
  let rootSeen = false;
  let tagLine = 1;
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    if (!rootSeen) {
      rootSeen = true;
      if (tag.name !== 'iati-activities') throw new IatiFileError(tagLine, `the root element must be iati-activities, not ${tag.name}`);
      if (attrs.version !== '2.03')
        throw new IatiFileError(tagLine, `iati-activities/@version must be 2.03, not ${attrs.version ?? '(none)'}`);
      onRoot(attrs);
      return;
    }
    const node: XmlNode = { name: tag.name, attrs, children: [], text: '', line: tagLine };
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else if (tag.name !== 'iati-activity')
      throw new IatiFileError(tagLine, `iati-activities may hold only iati-activity elements, not ${tag.name}`);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const node = stack.at(-1);
    if (node) node.text += t;
  });
  parser.on('cdata', (t) => {
    const node = stack.at(-1);
    if (node) node.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && stack.length === 0) done.push(node);
  });
  parser.on('error', (e) => {
    failure ??= new IatiFileError(parser.line, `not well-formed XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });
  const decoder = new TextDecoder();
  const feed = (text: string) => {
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

/**
 * Activities written one element a line, for the schema check, with the file line each output
 * line comes from: libxml2's messages name the output line, the report names the file's.
 */
export function numbered(
  nodes: readonly XmlNode[],
  firstLine: number,
): { xml: string; lines: Map<number, { line: number; activity: number }> } {
  const lines = new Map<number, { line: number; activity: number }>();
  let at = firstLine;
  let out = '';
  const write = (node: XmlNode, activity: number) => {
    out += '\n';
    at++;
    lines.set(at, { line: node.line, activity });
    const attrs = Object.entries(node.attrs)
      .map(([k, v]) => ` ${k}="${escapeXml(v).replace(/\n/g, '&#10;')}"`)
      .join('');
    // text keeps no line break, so that every line stays the element it began
    const text = escapeXml(node.text).replace(/\r?\n/g, '&#10;');
    out += `<${node.name}${attrs}>${text}`;
    for (const c of node.children) write(c, activity);
    out += `</${node.name}>`;
  };
  nodes.forEach((n, i) => {
    write(n, i);
  });
  return { xml: out, lines };
}
