// The reading entry point: one function for both formats, every failure a SheetError.
import { readCsv } from './csv/read.ts';
import type { SheetFormat } from './detect.ts';
import { isSheetError, tooLarge, unreadable } from './errors.ts';
import { DEFAULT_LIMITS, type SheetLimits } from './limits.ts';
import type { SheetRow } from './rows.ts';
import { readXlsx } from './xlsx/read.ts';

export interface Table {
  /** The non-empty rows in order, each with its spreadsheet row number. */
  readonly rows: readonly SheetRow[];
}

/**
 * Reads the rows of a CSV file or of the first worksheet of an .xlsx file as text. Cells are not trimmed;
 * rows with no text are skipped, but every row keeps the number Excel shows for it, for error reports.
 * CSV may be UTF-8 (with or without BOM) or GB18030/GBK; xlsx numbers and dates come as their stored text.
 *
 * @throws SheetError `sheet.tooLarge` past a limit (`params.limit` says which), `sheet.unreadable` for anything
 * that is not a readable file of that format, `sheet.noSheet` for a workbook without a worksheet.
 * @example
 * const { rows } = readTable(bytes, 'xlsx', { maxRows: 5_001 });
 * const [header, ...records] = rows; // records[0].rowNumber === 2 when row 2 has text
 */
export function readTable(bytes: Uint8Array, format: SheetFormat, limits: Partial<SheetLimits> = {}): Table {
  const resolved: SheetLimits = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length > resolved.maxBytes) throw tooLarge('bytes', resolved.maxBytes);
  try {
    if (format === 'xlsx') return { rows: readXlsx(bytes, resolved) };
    if (format === 'csv') return { rows: readCsv(bytes, resolved) };
  } catch (error) {
    if (isSheetError(error)) throw error;
    // Malformed input can still trip an unplanned path (a DataView read past the end); callers get one answer.
    throw unreadable(error instanceof Error ? error.message : 'unexpected error', error);
  }
  throw unreadable(`unknown format ${String(format)}`);
}
