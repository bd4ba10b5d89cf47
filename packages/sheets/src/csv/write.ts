// Rows to CSV bytes that Excel (Chinese editions included) opens correctly.
import { guardCell } from './guard.ts';

const NEEDS_QUOTES = /[",\r\n]/;
const encoder = new TextEncoder();

const field = (cell: string): string => {
  const value = guardCell(cell);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

/**
 * Writes rows as CSV: UTF-8 with a byte order mark (without it Excel reads the file as GBK), CRLF line ends,
 * quotes only where needed. Cells that Excel would run as a formula get a leading apostrophe, which
 * `readTable` removes (see `guard.ts`). Rows with no non-empty cell read back as skipped rows.
 *
 * @example writeCsv([['名称', '代码'], ['金山工业区', '0123']])
 */
export function writeCsv(rows: readonly (readonly string[])[]): Uint8Array {
  let text = '\uFEFF';
  for (const row of rows) text += `${row.map(field).join(',')}\r\n`;
  return encoder.encode(text);
}
