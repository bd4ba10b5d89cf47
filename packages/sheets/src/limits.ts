// How much a caller lets one file cost: bytes in, bytes inflated, rows and columns out.

export interface SheetLimits {
  /** The file's own size. @default 10 MiB */
  readonly maxBytes: number;
  /** The xlsx parts read (workbook, shared strings, one worksheet), counted as they inflate. @default 64 MiB */
  readonly maxUncompressedBytes: number;
  /** Non-empty rows returned, the header included. @default 50,000 */
  readonly maxRows: number;
  /** The last non-empty column of any row. @default 1,000 */
  readonly maxColumns: number;
}

export const DEFAULT_LIMITS: Readonly<SheetLimits> = {
  maxBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 1_000,
};
