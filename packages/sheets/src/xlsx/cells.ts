// The shared string table and the rows of one worksheet, as text.
import { tooLarge, unreadable } from '../errors.ts';
import type { SheetLimits } from '../limits.ts';
import type { RowCollector } from '../rows.ts';
import { attributesOf, decodeXstring, scanXml, textOf } from './xml.ts';

/** The `<si>` items of sharedStrings.xml: plain or rich text, phonetic runs (`<rPh>`) left out. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let raw: string | undefined;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _, selfClosing) {
      if (selfClosing) {
        if (name === 'si') strings.push('');
        return;
      }
      if (name === 'si') raw = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(decodeXstring(textOf(raw ?? '')));
        raw = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && raw !== undefined) raw += text;
    },
  });
  return strings;
}

const CELL_REFERENCE = /^([A-Za-z]{1,3})\d*$/;

/** 0-based column of a reference such as `AB12`, or undefined when it has none. */
export function columnOf(reference: string): number | undefined {
  const letters = CELL_REFERENCE.exec(reference)?.[1];
  if (letters === undefined) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/**
 * Feeds each `<row>` of a worksheet to `collector` as text: shared and inline strings as written, numbers as
 * their stored text (dates are day serials, e.g. 45658), booleans as TRUE/FALSE, errors as #N/A etc.,
 * formulas as their cached result.
 */
export function parseSheet(
  xml: string,
  shared: readonly string[],
  limits: SheetLimits,
  rows: RowCollector,
): void {
  let rowNumber = 0;
  let cells: string[] | undefined;
  let column = -1;
  let type: string | undefined;
  let value: string | undefined;
  let inline: string | undefined;
  let target: 'value' | 'inline' | undefined;
  let inInline = false;
  let phonetic = 0;

  const endCell = (): void => {
    const text = cellText(type, value, inline, shared);
    if (text !== '' && cells !== undefined) {
      if (column >= limits.maxColumns) throw tooLarge('columns', limits.maxColumns);
      for (let fill = cells.length; fill < column; fill++) cells[fill] = '';
      cells[column] = text;
    }
  };
  const endRow = (): void => {
    if (cells !== undefined) rows.add(rowNumber, cells);
    cells = undefined;
  };

  scanXml(xml, {
    open(name, raw, selfClosing) {
      if (name === 'row') {
        const r = Number(attributesOf(raw).r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        column = -1;
        if (selfClosing) endRow();
      } else if (name === 'c') {
        const attributes = attributesOf(raw);
        column = columnOf(attributes.r ?? '') ?? column + 1;
        type = attributes.t;
        value = undefined;
        inline = undefined;
        if (selfClosing) endCell();
      } else if (selfClosing) {
        return;
      } else if (name === 'v') {
        value = '';
        target = 'value';
      } else if (name === 'is') {
        inline = '';
        inInline = true;
      } else if (name === 'rPh') {
        phonetic++;
      } else if (name === 't' && inInline && phonetic === 0) {
        target = 'inline';
      }
    },
    close(name) {
      if (name === 'c') endCell();
      else if (name === 'row') endRow();
      else if (name === 'v' || name === 't') target = undefined;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (target === 'value') value += text;
      else if (target === 'inline') inline += text;
    },
  });
}

function cellText(
  type: string | undefined,
  value: string | undefined,
  inline: string | undefined,
  shared: readonly string[],
): string {
  switch (type) {
    case 's': {
      if (value === undefined) return '';
      const text = shared[Number(value)];
      if (text === undefined) throw unreadable(`no shared string ${value}`);
      return text;
    }
    case 'inlineStr':
      return decodeXstring(textOf(inline ?? value ?? ''));
    case 'b':
      return value === undefined ? '' : textOf(value).trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
      return decodeXstring(textOf(value ?? ''));
    default:
      return textOf(value ?? '');
  }
}
