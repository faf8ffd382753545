/** Writing XML as text: escaping, and elements whose empty parts are left out. */

// XML 1.0 has no way to carry most control characters, even escaped: they are dropped
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped. */
export function escapeXml(value: string): string {
  return value.replace(INVALID, '').replace(/[&<>"]/g, (c) => TEXT[c] ?? c);
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;
type Child = string | null | undefined | false;

/**
 * An element: attributes whose value is null or undefined are left out; children are XML text
 * already (made by `el` or `text`). Without children the element is self-closing.
 */
export function el(name: string, attributes: Attributes = {}, ...children: (Child | Child[])[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'boolean' ? (v ? '1' : '0') : String(v))}"`)
    .join('');
  const inner = children
    .flat()
    .filter((c): c is string => typeof c === 'string' && c !== '')
    .join('');
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
}

/** Escaped text content. */
export const text = (value: string): string => escapeXml(value);

/** IATI's narrative: text in a language (the activity's default when `lang` is not given). */
export const narrative = (value: string, lang?: string): string => el('narrative', { 'xml:lang': lang }, text(value));
