// Rows to an .xlsx workbook with one worksheet, every cell a text cell so that codes keep their leading zeros
// and letters (91310116MA1J8K7X0B, 0012). Zipped by fflate.
import { strToU8, type Zippable, zipSync } from 'fflate';
import { tooLarge } from '../errors.ts';
import { encodeCellText, escapeAttribute } from './xml.ts';

export interface XlsxOptions {
  /** Column widths in characters, first column first; columns without one keep Excel's default. */
  readonly columnWidths?: readonly number[];
  /** Show the first row bold and keep it in view when scrolling. @default true */
  readonly header?: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARACTERS = 32_767;
const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed timestamp, so the same rows give the same bytes. */
const MTIME = new Date(2000, 0, 1);

/** Style 0: Excel's default; 1: text (format @); 2: bold text, for the header. */
const STYLES = `<styleSheet xmlns="${SPREADSHEET}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * Writes rows as an .xlsx file (one worksheet named `sheetName`) that Excel, WPS and LibreOffice open. Cells
 * are inline strings formatted as text; empty cells are left out. The sheet name is made valid for Excel: at
 * most 31 characters, none of : \ / ? * [ ], "Sheet1" when nothing is left.
 *
 * @throws SheetError `sheet.tooLarge` past Excel's limits: 1,048,576 rows, 16,384 columns, 32,767 characters a cell.
 * @example writeXlsx('组织', [['名称', '统一社会信用代码'], ['金山工业区', '91310116MA1J8K7X0B']], { columnWidths: [30, 24] })
 */
export function writeXlsx(
  sheetName: string,
  rows: readonly (readonly string[])[],
  options: XlsxOptions = {},
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/></Types>`,
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${DOCUMENT_RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="${SPREADSHEET}" xmlns:r="${DOCUMENT_RELATIONSHIP}"><sheets><sheet name="${escapeAttribute(validSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${DOCUMENT_RELATIONSHIP}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOCUMENT_RELATIONSHIP}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': xml(STYLES),
    'xl/worksheets/sheet1.xml': xml(worksheet(rows, options)),
  };
  return zipSync(files, { level: 6, mtime: MTIME });
}

const xml = (body: string): Uint8Array => strToU8(DECLARATION + body);

function worksheet(rows: readonly (readonly string[])[], options: XlsxOptions): string {
  if (rows.length > MAX_ROWS) throw tooLarge('rows', MAX_ROWS);
  const header = options.header ?? true;
  const parts: string[] = [`<worksheet xmlns="${SPREADSHEET}">`];
  if (header && rows.length > 1) {
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  }
  const widths = options.columnWidths ?? [];
  if (widths.length > 0) {
    parts.push('<cols>');
    widths.slice(0, MAX_COLUMNS).forEach((width, i) => {
      if (Number.isFinite(width) && width > 0) {
        parts.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(width, 255)}" customWidth="1"/>`);
      }
    });
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  rows.forEach((row, index) => {
    if (row.length > MAX_COLUMNS) throw tooLarge('columns', MAX_COLUMNS);
    const style = header && index === 0 ? 2 : 1;
    let cells = '';
    row.forEach((cell, column) => {
      if (cell === '') return;
      if (cell.length > MAX_CELL_CHARACTERS) throw tooLarge('cellCharacters', MAX_CELL_CHARACTERS);
      const space = /^\s|\s$/.test(cell) ? ' xml:space="preserve"' : '';
      cells += `<c r="${columnName(column)}${index + 1}" s="${style}" t="inlineStr"><is><t${space}>${encodeCellText(cell)}</t></is></c>`;
    });
    if (cells !== '') parts.push(`<row r="${index + 1}">${cells}</row>`);
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/** `A` for 0, `Z` for 25, `AA` for 26. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: Excel refuses these in a sheet name, and control characters cannot be in XML.
const NOT_IN_SHEET_NAME = /[:\\/?*[\]\0-\x1f]/g;

function validSheetName(name: string): string {
  const cleaned = name.replace(NOT_IN_SHEET_NAME, '_').replace(/^'+|'+$/g, '');
  const valid = Array.from(cleaned).slice(0, 31).join('').replace(/'+$/, '');
  return valid.trim() === '' ? 'Sheet1' : valid;
}
