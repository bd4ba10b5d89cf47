// Imports and exports of units and organisations as Excel (.xlsx) or CSV files, with Chinese column headers.
// Files become rows of text here (@lianjian/sheets); the import service in core checks and writes them.
import {
  columnWidths,
  createImportService,
  DomainError,
  headerRow,
  IMPORT_KINDS,
  type ImportKind,
  type ImportRow,
  type ImportService,
  importSchemas,
  type SheetFileFormat,
  TENANT_READ,
  TENANT_WRITE,
} from '@lianjian/core';
import { detectFormat, isSheetError, readTable, writeCsv, writeXlsx } from '@lianjian/sheets';
import { PROBLEMS } from '../http/problems.ts';
import type { RawBody } from '../http/route.ts';
import { defineRoute, type FileBody } from '../http/route.ts';
import { localizedRejections } from '../http/to-problem.ts';
import { describeIssue } from '../http/validation.ts';
import type { Services } from '../services.ts';

const TAG = '导入导出 Import and export';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';
/**
 * Media types an upload may declare. Browsers send `application/vnd.ms-excel` for .csv on Windows, and
 * `application/octet-stream` when they do not know: the bytes decide then (a zip is xlsx, anything else CSV).
 */
const UPLOAD_TYPES = [
  XLSX_TYPE,
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
  'application/vnd.ms-excel',
  'application/octet-stream',
];
/**
 * The largest upload. API Gateway passes a binary body to Lambda base64-encoded, and a Lambda request may
 * not exceed 6 MB, so 4 MiB (5.3 MiB encoded) is what reaches the function; 10,000 unit rows are ~0.6 MiB
 * as xlsx and ~1.3 MiB as CSV.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
/** Data rows one import may have (the header not counted). */
export const MAX_IMPORT_ROWS = 10_000;
/**
 * How long one request writes rows. The function times out after 29 s (API Gateway's limit); reading the
 * file and what the tenant has takes about 2 s for 10,000 rows, and new units are written at ~145 rows a
 * second on DynamoDB Local (several to a transaction), so 10,000 new units take 4 requests: the rows left are
 * answered as `pending`, and posting the same file again skips what was written (see `bench/import.ts`).
 */
export const IMPORT_WRITE_BUDGET_MS = 20_000;

const NAMES: Readonly<Record<ImportKind, { zh: string; en: string }>> = {
  units: { zh: '单位', en: 'units' },
  orgs: { zh: '党组织', en: 'orgs' },
};

const importService = (services: Services): ImportService =>
  createImportService(services, {
    describeIssue: (issue) => ({ zh: describeIssue(issue, 'zh'), en: describeIssue(issue, 'en') }),
    writeBudgetMs: IMPORT_WRITE_BUDGET_MS,
  });

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/** The upload's rows; a file that is no spreadsheet is 400, one past the limits 413. */
const readUpload = (raw: RawBody | undefined): ImportRow[] => {
  const bytes = raw?.bytes ?? new Uint8Array(0);
  const legacy = OLE2.every((byte, i) => bytes[i] === byte);
  const format = detectFormat(undefined, raw?.contentType, bytes) ?? (legacy ? undefined : 'csv');
  if (format === undefined) throw new DomainError('import.unreadable');
  try {
    return [
      ...readTable(bytes, format, {
        maxBytes: MAX_IMPORT_BYTES,
        maxRows: MAX_IMPORT_ROWS + 1,
        maxColumns: 200,
      }).rows,
    ];
  } catch (error) {
    if (!isSheetError(error)) throw error;
    if (error.code === 'sheet.tooLarge')
      throw new DomainError('import.tooLarge', {
        limit: String(error.params.limit),
        max: Number(error.params.max),
      });
    throw new DomainError('import.unreadable');
  }
};

/** The day in Asia/Shanghai (no daylight saving), for file names. */
const shanghaiDate = (now: Date): string =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');

const fileOf = (
  kind: ImportKind,
  format: SheetFileFormat,
  rows: readonly (readonly string[])[],
  name: { zh: string; en: string },
): FileBody => {
  const bytes =
    format === 'xlsx'
      ? writeXlsx(NAMES[kind].zh, rows, { columnWidths: columnWidths(kind) })
      : writeCsv(rows);
  return {
    contentType: format === 'xlsx' ? XLSX_TYPE : CSV_TYPE,
    bytes: bytes as Uint8Array<ArrayBuffer>,
    filename: `${name.zh}.${format}`,
    asciiFilename: `${name.en}.${format}`,
  };
};

const columnList = (kind: ImportKind) => headerRow(kind).join('、');

const kindRoutes = (kind: ImportKind) => [
  defineRoute({
    id: `imports.template.${kind}`,
    method: 'GET',
    path: `/v1/imports/templates/${kind}`,
    tag: TAG,
    summary: `下载${NAMES[kind].zh}导入模板`,
    description: `The header row of the ${kind} import (${columnList(kind)}; * marks a required column) as .xlsx (default, with column widths) or CSV (UTF-8 with BOM).`,
    access: TENANT_READ,
    schemas: () => ({ query: importSchemas().FileQuery }),
    response: { status: 200, files: [XLSX_TYPE, CSV_TYPE] },
    handler: async ({ query }) => ({
      status: 200,
      file: fileOf(kind, query.format, [headerRow(kind)], {
        zh: `${NAMES[kind].zh}导入模板`,
        en: `${NAMES[kind].en}-template`,
      }),
    }),
  }),

  defineRoute({
    id: `exports.${kind}`,
    method: 'GET',
    path: `/v1/exports/${kind}`,
    tag: TAG,
    summary: `导出${NAMES[kind].zh}`,
    description: `Every ${kind === 'units' ? 'unit (creation order)' : 'organization (parents before their children)'} of the caller's tenant in the import's columns (${columnList(kind)}), so an export imports again unchanged.`,
    access: TENANT_READ,
    schemas: () => ({ query: importSchemas().FileQuery }),
    response: { status: 200, files: [XLSX_TYPE, CSV_TYPE] },
    handler: async ({ services, tenantId, query, write }) => {
      const rows = await importService(services).exportRows(tenantId, kind);
      const day = shanghaiDate(write.now);
      return {
        status: 200,
        file: fileOf(kind, query.format, rows, {
          zh: `${NAMES[kind].zh}-${day}`,
          en: `${NAMES[kind].en}-${day}`,
        }),
      };
    },
  }),
];

export const importRoutes = [
  defineRoute({
    id: 'imports.create',
    method: 'POST',
    path: '/v1/imports',
    tag: TAG,
    summary: '从 Excel 或 CSV 导入单位或党组织',
    description:
      'The request body is the file itself: .xlsx (first worksheet) or CSV (UTF-8, or GB18030 as Chinese Excel saves it), ' +
      `at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB and ${MAX_IMPORT_ROWS.toLocaleString('en')} data rows, with the template's Chinese column headers in row 1. ` +
      'Every row is checked; rejected rows are listed with their row number (Excel numbering), column and message. ' +
      '`mode=valid-rows` (default) writes the valid rows; `mode=all-or-nothing` writes nothing if any row fails (422 `import_rejected`). ' +
      'Rows are matched to stored data by natural key (units: credit code, else name; organizations: name and parent), ' +
      'so importing the same file again changes nothing. An empty cell clears the field; a column left out of the file leaves the field as it is. ' +
      `One request writes for at most ${IMPORT_WRITE_BUDGET_MS / 1000} s; valid rows it did not reach are counted in \`pending\`: post the same file again to write them (rows already written are unchanged and skipped).`,
    access: TENANT_WRITE,
    schemas: () => ({ query: importSchemas().ImportQuery, response: importSchemas().Report }),
    rawBody: { maxBytes: MAX_IMPORT_BYTES, contentTypes: UPLOAD_TYPES },
    response: {
      status: 200,
      example: {
        kind: 'units',
        mode: 'valid-rows',
        rows: 3,
        created: 1,
        updated: 0,
        unchanged: 1,
        pending: 0,
        rejected: [{ row: 4, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' }],
      },
    },
    problems: [
      PROBLEMS['import.invalidHeader'],
      PROBLEMS['import.rejected'],
      PROBLEMS['import.unreadable'],
      PROBLEMS['import.tooLarge'],
    ],
    handler: async ({ services, write, tenantId, query, raw, lang }) => {
      const rows = readUpload(raw);
      const report = await importService(services).importRows(write, tenantId, query.kind, rows, query.mode);
      return { status: 200, body: { ...report, rejected: localizedRejections(report.rejected, lang) } };
    },
  }),
  ...IMPORT_KINDS.flatMap(kindRoutes),
];
