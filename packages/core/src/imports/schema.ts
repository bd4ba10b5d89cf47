// The query parameters and the answer of the import and export routes.
import * as z from 'zod/mini';
import { schemaGroup } from '../shared/schema.ts';
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
    }),
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
  };
});
