// Imports and exports of units and organisations as rows of text (file formats live in @lianjian/sheets).
export { type Column, columnsOf, columnWidths, headerRow, ORG_COLUMNS, UNIT_COLUMNS } from './columns.ts';
export { ImportRejectedError, isImportRejected } from './errors.ts';
export { normalizeHeader } from './header.ts';
export { rowOfStored, rowsPerChunk, type StoredRow, storedRow } from './job-chunks.ts';
export {
  IMPORT_JOB_STATUSES,
  type ImportJob,
  type ImportJobProgress,
  type ImportJobRepository,
  type ImportJobStatus,
  importJobView,
  type JobStarter,
  MAX_FAILED_RUNS,
  type StoredImportJob,
} from './job-model.ts';
export {
  createImportJobService,
  type ImportJobDeps,
  type ImportJobService,
  type ImportRunOptions,
  type ImportSweepOutcome,
  STALE_QUEUED_MS,
} from './jobs.ts';
export { ORG_KIND_LABELS, OWNERSHIP_LABELS, UNIT_KIND_LABELS } from './labels.ts';
export { importSchemas, SHEET_FORMATS, type SheetFileFormat } from './schema.ts';
export type { DescribeIssue } from './schema-check.ts';
export {
  createImportService,
  type ImportCheck,
  type ImportDeps,
  type ImportOptions,
  type ImportService,
} from './service.ts';
export {
  IMPORT_KINDS,
  IMPORT_MODES,
  type ImportKind,
  type ImportMode,
  type ImportReport,
  type ImportRow,
  type RowRejection,
  type Text,
} from './types.ts';
