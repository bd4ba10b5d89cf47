// @lianjian/sheets: spreadsheet files (xlsx, CSV) to rows of text and back. Knows nothing of the domain.

export { writeCsv } from './csv/write.ts';
export { detectFormat, type SheetFormat } from './detect.ts';
export { isSheetError, SheetError, type SheetErrorCode, type SheetLimitName } from './errors.ts';
export { DEFAULT_LIMITS, type SheetLimits } from './limits.ts';
export { readTable, type Table } from './read.ts';
export type { SheetRow } from './rows.ts';
export { writeXlsx, type XlsxOptions } from './xlsx/write.ts';
