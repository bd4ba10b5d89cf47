// Guesses a spreadsheet upload's format from its first bytes, its file name or its declared content type.

export type SheetFormat = 'xlsx' | 'csv';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv']);

/**
 * The format of an upload, or undefined when it is neither xlsx nor CSV. The bytes decide when given: a zip
 * archive (PK\x03\x04) is xlsx, an OLE2 file (legacy .xls, or an .xlsx saved with a password) is refused.
 * Then the file name's extension, then the content type (parameters ignored). `application/vnd.ms-excel`,
 * which Windows browsers send for both .xls and .csv, decides nothing.
 *
 * @example detectFormat('导入模板.xlsx', undefined, bytes) // 'xlsx'
 */
export function detectFormat(
  filename?: string,
  contentType?: string,
  bytes?: Uint8Array,
): SheetFormat | undefined {
  if (bytes !== undefined && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (bytes !== undefined && startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return undefined;
  const extension = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'xlsx' || extension === 'csv') return extension;
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === XLSX_TYPE) return 'xlsx';
  if (type !== undefined && CSV_TYPES.has(type)) return 'csv';
  return undefined;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);
