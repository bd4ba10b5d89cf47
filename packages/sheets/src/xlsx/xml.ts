// Just enough XML for the parts of an xlsx we read: elements by local name (prefixes dropped), attributes,
// text with the five entities and character references. No DTDs (OOXML forbids them), so no entity expansion.
import { unreadable } from '../errors.ts';

export interface XmlVisitor {
  /** `attributes` is the raw text after the name; read it with `attributesOf`. */
  open?(name: string, attributes: string, selfClosing: boolean): void;
  close?(name: string): void;
  /** Raw text: pass it through `textOf` before use. */
  text?(raw: string): void;
}

const TAG = /<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Walks `xml` once, calling the visitor for each element start, end and run of text. */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  let at = 0;
  let depth = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      visitor.text?.(xml.slice(at));
      break;
    }
    if (lt > at) visitor.text?.(xml.slice(at, lt));
    if (xml.startsWith('<!--', lt)) {
      at = after(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = after(xml, ']]>', lt);
      // Escaped again so that textOf, which every reader applies, gives the CDATA content back unchanged.
      visitor.text?.(xml.slice(lt + 9, end - 3).replaceAll('&', '&amp;'));
      at = end;
    } else if (xml.startsWith('<?', lt)) {
      at = after(xml, '?>', lt);
    } else if (xml.startsWith('<!', lt)) {
      throw unreadable('DTD in xml part');
    } else {
      TAG.lastIndex = lt;
      const tag = TAG.exec(xml);
      if (tag === null) throw unreadable('malformed xml tag');
      const [, closing, name = '', attributes = '', selfClosing] = tag;
      if (closing) {
        if (--depth < 0) throw unreadable('unbalanced xml');
        visitor.close?.(localName(name));
      } else {
        if (selfClosing !== '/') depth++;
        visitor.open?.(localName(name), attributes, selfClosing === '/');
      }
      at = TAG.lastIndex;
    }
  }
  // A part cut short (or not XML at all) would otherwise read as fewer rows.
  if (depth !== 0) throw unreadable('unbalanced xml');
}

function after(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw unreadable('unterminated xml markup');
  return end + marker.length;
}

/** Attribute values by local name (`r:id` → `id`). */
export function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', double, single] of raw.matchAll(ATTRIBUTE)) {
    attributes[localName(name)] = decodeReferences(double ?? single ?? '');
  }
  return attributes;
}

/** Element text as the document means it: line ends normalized to LF (XML 1.0 §2.11), references decoded. */
export const textOf = (raw: string): string => decodeReferences(raw.replace(/\r\n?/g, '\n'));

function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, hex: string | undefined, decimal: string | undefined, name = '') => {
    if (hex === undefined && decimal === undefined) return NAMED[name] ?? '';
    const codePoint = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff) throw unreadable('bad character reference');
    return String.fromCodePoint(codePoint);
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot carry (tab and LF aside) plus CR, which XML turns into LF; Excel writes them as _xHHHH_.
const NOT_IN_XML = /[\0-\x08\x0b-\x1f\ufffe\uffff]/g;
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Cell text as Excel means it: `_xHHHH_` stands for the UTF-16 unit HHHH (ECMA-376 ST_Xstring). */
export const decodeXstring = (text: string): string =>
  text.includes('_x')
    ? text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/** The inverse of `decodeXstring` ∘ `textOf` for cell text: what to put between `<t>` and `</t>`. */
export function encodeCellText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Text for an attribute value in double quotes. */
export const escapeAttribute = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
