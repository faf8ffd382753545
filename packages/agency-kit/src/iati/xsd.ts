/**
 * A fast first check of an activity against the IATI 2.03 activity schema, on the tree the import
 * has already read: the vendored XSD (@ssc/contract's `iati/`, CC BY 4.0) compiled to content
 * models once, then each activity walked in a few microseconds. libxml2 (schema.ts) costs some
 * 150 µs an activity and a core of its own; with this check it reads only the activities this
 * one does not pass.
 *
 * It answers only "surely valid": every rule it applies is at least as strict as the schema's
 * (dates without time zones, decimals of at most 18 digits, URIs of plain characters, no
 * `xsi:` attributes, no default namespace, ...), and whatever it is not sure of counts as not
 * passed. An activity it does not pass goes to libxml2, whose verdict and messages (line and
 * rule) are the only ones a refusal gives: this check can make an import faster, never
 * refuse or accept differently. The IATI schema uses only a few constructs (sequences of
 * elements and `xsd:any`, attributes and `xsd:anyAttribute`, simple content over built-in
 * types, one extension); compiling any other construct throws, so a new schema cannot be
 * misread in silence.
 */
import { readFileSync } from 'node:fs';
import { IATI_SCHEMA_DIR, isIsoDate } from '@ssc/contract';
import { SaxesParser } from 'saxes';
import type { XmlNode } from './parse.ts';

/** A schema element, as read from the XSD. */
interface XsdNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XsdNode[];
}

function readXsd(file: string): XsdNode {
  const parser = new SaxesParser();
  const stack: XsdNode[] = [];
  let root: XsdNode | null = null;
  parser.on('opentag', (tag) => {
    const node: XsdNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => stack.pop());
  parser.write(readFileSync(new URL(file, IATI_SCHEMA_DIR), 'utf8')).close();
  if (!root) throw new Error(`${file} holds no schema`);
  return root;
}

type Simple = (value: string) => boolean;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](0\d|1[0-3]):[0-5]\d)?$/;
// URIs: RFC 3986's characters with well-formed escapes and no brackets (IPv6 hosts are left to
// libxml2); a colon in the first segment only after a scheme; an authority of a plain host and
// a numeric port
const URI = /^([A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const AUTHORITY = /^([A-Za-z0-9\-._~!$&'()*+,;=%]+@)?[A-Za-z0-9\-._~!$&'()*+,;=%]*(:\d*)?$/;
function authority(uri: string): boolean {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)/.exec(uri);
  return !m || AUTHORITY.test(m[2] as string);
}
/** The built-in types the schema uses, each as a stricter test than the schema's own. */
const BUILT_IN: Record<string, Simple> = {
  'xsd:string': () => true,
  'xsd:date': (v) => isIsoDate(v),
  'xsd:dateTime': (v) => v.length > 11 && v[10] === 'T' && isIsoDate(v.slice(0, 10)) && TIME.test(v.slice(11)),
  'xsd:decimal': (v) => DECIMAL.test(v) && v.replace(/\D/g, '').length <= 18,
  'xsd:boolean': (v) => v === 'true' || v === 'false' || v === '1' || v === '0',
  'xsd:int': (v) => /^-?\d{1,9}$/.test(v),
  'xsd:positiveInteger': (v) => /^0*[1-9]\d{0,17}$/.test(v),
  'xsd:nonNegativeInteger': (v) => /^\d{1,18}$/.test(v),
  'xsd:NMTOKEN': (v) => /^[A-Za-z0-9._:-]+$/.test(v),
  'xsd:anyURI': (v) => URI.test(v) && (!/^[^/?#]*:/.test(v) || SCHEME.test(v)) && authority(v),
};
/** xml:lang (xml.xsd: xs:language, or empty to undeclare, which is left to libxml2). */
const LANGUAGE: Simple = (v) => /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(v);

interface Attribute {
  readonly check: Simple;
  readonly required: boolean;
}
interface Particle {
  /** The element's name; undefined for `xsd:any namespace="##other"`. */
  readonly name?: string;
  readonly min: number;
  readonly max: number;
  /** The element's type (resolved when first needed); null for one this check leaves to libxml2. */
  type(): ElementType | null;
}
interface ElementType {
  readonly attributes: ReadonlyMap<string, Attribute>;
  /** How many of them are required. */
  readonly required: number;
  readonly anyAttribute: boolean;
  /** Elements in sequence, text of a simple type, or nothing. */
  readonly content: { readonly particles: readonly Particle[] } | { readonly text: Simple } | null;
}

const SKIPPED = new Set(['xsd:annotation', 'xsd:documentation', 'xsd:include', 'xsd:import']);
const occurs = (v: string | undefined, fallback: number) => (v === undefined ? fallback : v === 'unbounded' ? Infinity : Number(v));

/** The activity schema's global elements, attributes and types, compiled as they are first needed. */
function compile(): { element(name: string): Particle } {
  const globals = { element: new Map<string, XsdNode>(), attribute: new Map<string, XsdNode>(), complexType: new Map<string, XsdNode>() };
  for (const file of ['iati-activities-schema.xsd', 'iati-common.xsd']) {
    for (const n of readXsd(file).children) {
      const kind = n.name.slice(4);
      if (SKIPPED.has(n.name)) continue;
      const table = kind === 'element' || kind === 'attribute' || kind === 'complexType' ? globals[kind] : undefined;
      if (!table || !n.attrs.name) throw new Error(`${file}: ${n.name} is a construct the fast schema check does not know`);
      table.set(n.attrs.name, n);
    }
  }
  const types = new Map<XsdNode, ElementType>();
  const unknown = (n: XsdNode): never => {
    throw new Error(`the IATI schema's ${n.name} ${JSON.stringify(n.attrs)} is a construct the fast schema check does not know`);
  };
  const parts = (n: XsdNode) => n.children.filter((c) => !SKIPPED.has(c.name));

  function attribute(n: XsdNode): [string, Attribute] {
    const ref = n.attrs.ref;
    const decl = ref && ref !== 'xml:lang' ? globals.attribute.get(ref) : n;
    if (!decl) return unknown(n);
    const type = decl.attrs.type;
    const check = ref === 'xml:lang' ? LANGUAGE : type === undefined ? BUILT_IN['xsd:string'] : BUILT_IN[type];
    if (!check || (decl !== n && n.attrs.type)) return unknown(n);
    return [ref ?? n.attrs.name ?? unknown(n), { check, required: n.attrs.use === 'required' }];
  }

  function particle(n: XsdNode): Particle {
    const min = occurs(n.attrs.minOccurs, 1);
    const max = occurs(n.attrs.maxOccurs, 1);
    if (n.name === 'xsd:any') {
      if (n.attrs.namespace !== '##other' || n.attrs.processContents !== 'lax') return unknown(n);
      return { min, max, type: () => null };
    }
    if (n.name !== 'xsd:element') return unknown(n);
    const decl = n.attrs.ref ? globals.element.get(n.attrs.ref) : n;
    if (!decl?.attrs.name) return unknown(n);
    let resolved: ElementType | null | undefined;
    return {
      name: decl.attrs.name,
      min,
      max,
      type: () => {
        if (resolved === undefined) resolved = elementType(decl);
        return resolved;
      },
    };
  }

  /** The content and attributes of an element declaration; null for anyType (no type given), left to libxml2. */
  function elementType(decl: XsdNode): ElementType | null {
    const named = decl.attrs.type;
    if (named) {
      const simple = BUILT_IN[named];
      if (simple) return { attributes: new Map(), required: 0, anyAttribute: false, content: { text: simple } };
      const complex = globals.complexType.get(named);
      return complex ? complexType(complex) : unknown(decl);
    }
    const [inner, ...rest] = parts(decl);
    if (!inner) return null;
    if (rest.length || inner.name !== 'xsd:complexType') return unknown(decl);
    return complexType(inner);
  }

  function complexType(n: XsdNode): ElementType {
    const known = types.get(n);
    if (known) return known;
    const attributes = new Map<string, Attribute>();
    let anyAttribute = false;
    let content: ElementType['content'] = null;
    const members = (holder: XsdNode) => {
      for (const m of parts(holder)) {
        if (m.name === 'xsd:attribute') attributes.set(...attribute(m));
        else if (m.name === 'xsd:anyAttribute') {
          if (m.attrs.namespace !== '##other' || m.attrs.processContents !== 'lax') unknown(m);
          anyAttribute = true;
        } else if (m.name === 'xsd:sequence') {
          if (content) unknown(m);
          content = { particles: parts(m).map(particle) };
        } else if (m.name === 'xsd:simpleContent' || m.name === 'xsd:complexContent') {
          const [extension, ...more] = parts(m);
          const base = extension?.attrs.base;
          if (!extension || more.length || extension.name !== 'xsd:extension' || !base) return unknown(m);
          if (m.name === 'xsd:simpleContent') {
            const text = BUILT_IN[base];
            if (!text) return unknown(m);
            content = { text };
          } else {
            const inherited = complexType(globals.complexType.get(base) ?? unknown(m));
            for (const [k, v] of inherited.attributes) attributes.set(k, v);
            anyAttribute ||= inherited.anyAttribute;
            content = inherited.content;
          }
          members(extension);
        } else unknown(m);
      }
    };
    members(n);
    const required = [...attributes.values()].filter((a) => a.required).length;
    const type = { attributes, required, anyAttribute, content };
    types.set(n, type);
    return type;
  }

  return {
    element(name) {
      const decl = globals.element.get(name);
      if (!decl) throw new Error(`the IATI schema declares no element ${name}`);
      return particle({ name: 'xsd:element', attrs: { ref: name }, children: [] });
    },
  };
}

let activity: Particle | undefined;

/** Namespaces whose attributes libxml2 reads by their own rules (the schema instance's, XML's own). */
const SPECIAL = new Set(['http://www.w3.org/2001/XMLSchema-instance', 'http://www.w3.org/XML/1998/namespace']);

/**
 * The check, for a file whose root element declares these attributes: a function telling
 * whether an activity surely follows the schema, or null when no activity of the file can be
 * passed here (a default namespace). A prefix of the schema instance's namespace counts as
 * undeclared: whatever uses it is left to libxml2.
 */
export function fastSchemaCheck(root: Record<string, string>): ((a: XmlNode) => boolean) | null {
  const prefixes = new Set<string>();
  for (const [k, v] of Object.entries(root)) {
    if (k === 'xmlns' || (k.startsWith('xmlns:') && v === '')) return null;
    if (k.startsWith('xmlns:') && !SPECIAL.has(v)) prefixes.add(k.slice(6));
  }
  activity ??= compile().element('iati-activity');
  const declared = activity;
  /** An attribute's or element's prefix, when declared by the root (`xml` for attributes only). */
  const prefixOf = (name: string): string | null | undefined => {
    const colon = name.indexOf(':');
    if (colon < 0) return null;
    const prefix = name.slice(0, colon);
    return prefixes.has(prefix) ? prefix : undefined;
  };
  /** An element of another namespace, under `xsd:any` (lax, no schema known): its subtree must be of such elements. */
  const foreign = (n: XmlNode): boolean => {
    if (!prefixOf(n.name)) return false;
    for (const k in n.attrs) {
      if (k.startsWith('xmlns') || (k.startsWith('xml:') && (k !== 'xml:lang' || !LANGUAGE(n.attrs[k] as string)))) return false;
      if (k.includes(':') && !k.startsWith('xml:') && !prefixOf(k)) return false;
    }
    return n.children.every(foreign);
  };
  const valid = (n: XmlNode, type: ElementType | null): boolean => {
    if (!type) return false;
    let required = 0;
    for (const k in n.attrs) {
      const value = n.attrs[k] as string;
      const a = type.attributes.get(k);
      if (a) {
        if (!a.check(value)) return false;
        if (a.required) required++;
      } else if (!type.anyAttribute || k.startsWith('xmlns')) return false;
      else if (k.startsWith('xml:')) {
        if (k !== 'xml:lang' || !LANGUAGE(value)) return false;
      } else if (!prefixOf(k)) return false;
    }
    if (required !== type.required) return false;
    const content = type.content;
    if (!content) return n.children.length === 0 && n.text === '';
    if ('text' in content) return n.children.length === 0 && content.text(n.text);
    if (/\S/.test(n.text)) return false;
    const particles = content.particles;
    let p = 0;
    let count = 0;
    for (const c of n.children) {
      const isForeign = c.name.includes(':');
      for (;;) {
        const part = particles[p];
        if (!part) return false;
        if (count < part.max && (part.name === undefined ? isForeign : part.name === c.name)) {
          count++;
          break;
        }
        if (count < part.min) return false;
        p++;
        count = 0;
      }
      const part = particles[p] as Particle;
      if (part.name === undefined ? !foreign(c) : !valid(c, part.type())) return false;
    }
    for (; p < particles.length; p++, count = 0) if (count < (particles[p] as Particle).min) return false;
    return true;
  };
  return (a) => a.name === 'iati-activity' && valid(a, declared.type());
}
