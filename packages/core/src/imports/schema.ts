// The query parameters and the answer of the import and export routes.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas } from '../shared/schema.ts';
import { IMPORT_JOB_STATUSES } from './job-model.ts';
import { IMPORT_KINDS, IMPORT_MODES } from './types.ts';

/** The file formats imports read and exports write. */
export const SHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SheetFileFormat = (typeof SHEET_FORMATS)[number];

export const importSchemas = schemaGroup(() => {
  const Rejection = z.object({
    /** The spreadsheet's row number (the header is row 1). */
    row: z.int(),
    /** The column header as in the template; absent when the whole row is meant. */
    column: z.optional(z.string()),
    message: z.string(),
  });
  return {
    ImportQuery: z.strictObject({
      kind: z.enum(IMPORT_KINDS),
      mode: z._default(z.enum(IMPORT_MODES), 'valid-rows'),
      /** `true`: always an import job (202); `false`: always in the request; absent: a job for large files. */
      async: z.optional(z.enum(['true', 'false'])),
    }),
    JobParams: z.strictObject({ jobId: sharedSchemas().Id }),
    FileQuery: z.strictObject({ format: z._default(z.enum(SHEET_FORMATS), 'xlsx') }),
    Rejection,
    Report: z.object({
      kind: z.enum(IMPORT_KINDS),
      mode: z.enum(IMPORT_MODES),
      rows: z.int(),
      created: z.int(),
      updated: z.int(),
      unchanged: z.int(),
      /** Valid rows left unwritten when the time ran out: import the same file again to write them. */
      pending: z.int(),
      rejected: z.array(Rejection),
    }),
    Job: z.object({
      id: z.string(),
      status: z.enum(IMPORT_JOB_STATUSES),
      kind: z.enum(IMPORT_KINDS),
      mode: z.enum(IMPORT_MODES),
      rows: z.int(),
      created: z.int(),
      updated: z.int(),
      unchanged: z.int(),
      /** Valid rows not written yet: the job writes them. */
      pending: z.int(),
      rejected: z.array(Rejection),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  };
});
