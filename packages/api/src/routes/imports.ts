// Imports and exports of units and organisations as Excel (.xlsx) or CSV files, with Chinese column headers.
// Files become rows of text here (@lianjian/sheets); the import service in core checks and writes them.
import {
  columnWidths,
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
  type WriteContext,
} from '@lianjian/core';
import { detectFormat, isSheetError, readTable, writeCsv, writeXlsx } from '@lianjian/sheets';
import type { RawBody } from '../http/route.ts';
import { defineRoute, type FileBody } from '../http/route.ts';
import { localizedRejections } from '../http/to-problem.ts';
import { apiImportService } from '../import-jobs.ts';
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
/**
 * Files with more data rows than this become an import job unless `async=false` is asked: at ~145 new units a
 * second (DynamoDB Local) 2,000 rows take about 14 s, still within one request's writing time.
 */
export const ASYNC_IMPORT_ROWS = 2_000;

const NAMES: Readonly<Record<ImportKind, { zh: string; en: string }>> = {
  units: { zh: '单位', en: 'units' },
  orgs: { zh: '党组织', en: 'orgs' },
};

// The records the import reads and writes, named here so the route manifest sees which services it uses.
const importService = (services: Services): ImportService =>
  apiImportService(
    { units: services.units, orgs: services.orgs, chains: services.chains },
    IMPORT_WRITE_BUDGET_MS,
  );

/** Whether the upload becomes a job: as asked, else when it has more than `ASYNC_IMPORT_ROWS` data rows. */
const asJob = (asked: 'true' | 'false' | undefined, rows: readonly ImportRow[]): boolean =>
  asked === undefined ? rows.length - 1 > ASYNC_IMPORT_ROWS : asked === 'true';

/** A synchronous import needs no claim: the same file posted again writes nothing and answers the same. */
const withoutClaim = ({ idempotency: _claim, ...write }: WriteContext): WriteContext => write;

const jobLocation = (job: { id: string }) => `/v1/imports/${job.id}`;

const JOB_EXAMPLE = {
  id: '01JD6Q3V8Y7M2K5N4P3R2S1T0V',
  status: 'running',
  kind: 'units',
  mode: 'valid-rows',
  rows: 10000,
  created: 4200,
  updated: 0,
  unchanged: 0,
  pending: 5799,
  rejected: [{ row: 7, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' }],
  createdAt: '2026-11-22T08:00:00.000Z',
  updatedAt: '2026-11-22T08:00:31.000Z',
};

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
      `One request writes for at most ${IMPORT_WRITE_BUDGET_MS / 1000} s; valid rows it did not reach are counted in \`pending\`: post the same file again to write them (rows already written are unchanged and skipped). ` +
      `\`async=true\`, or a file of more than ${ASYNC_IMPORT_ROWS.toLocaleString('en')} data rows without \`async=false\`, makes an import job instead: the file is checked in the request (the same 422s, nothing written), then \`202 Accepted\` answers the job with \`Location: /v1/imports/{jobId}\`, where its status and report are followed until \`done\`. \`Idempotency-Key\` replays the job's 202 for the same file and query.`,
    access: TENANT_WRITE,
    schemas: () => ({ query: importSchemas().ImportQuery }),
    responseSchema: () => importSchemas().Report,
    acceptedSchema: () => importSchemas().Job,
    rawBody: { maxBytes: MAX_IMPORT_BYTES, contentTypes: UPLOAD_TYPES },
    idempotent: { resourceType: 'importJob', location: jobLocation, status: 202 },
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
      accepted: {
        description: '已受理，导入任务在后台写入 / accepted: an import job writes the rows (follow Location)',
        example: {
          ...JOB_EXAMPLE,
          status: 'queued',
          created: 0,
          pending: 9999,
          updatedAt: JOB_EXAMPLE.createdAt,
        },
      },
    },
    problems: ['import.invalidHeader', 'import.rejected', 'import.unreadable', 'import.tooLarge'],
    handler: async ({ services, write, tenantId, query, raw, lang }) => {
      const rows = readUpload(raw);
      if (asJob(query.async, rows)) {
        const job = await services.importJobs.start(write, tenantId, query.kind, rows, query.mode);
        return {
          status: 202,
          location: jobLocation(job),
          body: { ...job, rejected: localizedRejections(job.rejected, lang) },
        };
      }
      const report = await importService(services).importRows(
        withoutClaim(write),
        tenantId,
        query.kind,
        rows,
        query.mode,
      );
      return { status: 200, body: { ...report, rejected: localizedRejections(report.rejected, lang) } };
    },
  }),

  defineRoute({
    id: 'imports.get',
    method: 'GET',
    path: '/v1/imports/{jobId}',
    tag: TAG,
    summary: '查看导入任务',
    description:
      "An import job of the caller's tenant: `status` (`queued`, `running`, `done`, `failed`) and the report so far, " +
      'as the synchronous import answers it (`pending`: valid rows the job has yet to write). Poll until `done` or `failed`.',
    access: TENANT_READ,
    schemas: () => ({ params: importSchemas().JobParams }),
    responseSchema: () => importSchemas().Job,
    response: { status: 200, example: JOB_EXAMPLE },
    handler: async ({ services, tenantId, params, lang }) => {
      const job = await services.importJobs.get(tenantId, params.jobId);
      return { status: 200, body: { ...job, rejected: localizedRejections(job.rejected, lang) } };
    },
  }),
  ...IMPORT_KINDS.flatMap(kindRoutes),
];
