// Finds the template's columns in the file's first row. People retype headers, so spaces (half- and
// full-width) and the `*` of required columns do not matter; anything else unknown is refused as a whole.
import type { Column } from './columns.ts';
import { ImportRejectedError } from './errors.ts';
import { type ImportRow, type RowRejection, text } from './types.ts';

/** Where each of the file's known columns is: field → cell index. */
export type ColumnIndex = ReadonlyMap<string, number>;

const SPACES = /[\s\u3000\u00a0\ufeff\u200b]/g;

/** A header as compared: no spaces anywhere, no trailing `*` or `＊`. */
export const normalizeHeader = (header: string): string => header.replace(SPACES, '').replace(/[*＊]+$/, '');

/**
 * The column index of the header row, or an `import.invalidHeader` error listing every problem: no header
 * at all, unknown headers, a header given twice, required headers missing.
 */
export const matchHeader = (columns: readonly Column[], header: ImportRow | undefined): ColumnIndex => {
  const known = columns.map((column) => column.header).join('、');
  if (!header) {
    throw new ImportRejectedError('import.invalidHeader', [
      {
        row: 1,
        message: text(
          `文件中没有数据：第 1 行须为表头（${known}）`,
          `The file is empty: row 1 must be the header (${known})`,
        ),
      },
    ]);
  }
  const byName = new Map(columns.map((column) => [normalizeHeader(column.header), column]));
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const problems: RowRejection[] = [];
  header.cells.forEach((cell, position) => {
    const name = normalizeHeader(cell);
    if (name === '') return;
    const column = byName.get(name);
    if (!column) {
      unknown.push(cell.trim());
      return;
    }
    if (index.has(column.field)) {
      problems.push({
        row: header.rowNumber,
        column: column.header,
        message: text(`列“${column.header}”出现了多次`, `Column ${column.header} appears more than once`),
      });
      return;
    }
    index.set(column.field, position);
  });
  if (unknown.length > 0) {
    problems.unshift({
      row: header.rowNumber,
      message: text(
        `无法识别的列：${unknown.join('、')}。可用的列：${known}`,
        `Unknown columns: ${unknown.join(', ')}. The columns are: ${known}`,
      ),
    });
  }
  const missing = columns.filter((column) => column.required && !index.has(column.field));
  if (missing.length > 0) {
    const names = missing.map((column) => column.header);
    problems.push({
      row: header.rowNumber,
      message: text(`缺少必填列：${names.join('、')}`, `Required columns missing: ${names.join(', ')}`),
    });
  }
  if (problems.length > 0) throw new ImportRejectedError('import.invalidHeader', problems);
  return index;
};
