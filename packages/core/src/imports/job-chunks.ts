// An import job's rows are kept in chunks, each one item: DynamoDB refuses items over 400 KB, and a file of
// 10,000 rows is 1–2 MB as text.
import type { ImportRow } from './types.ts';

const utf8 = new TextEncoder();

/** A row as a chunk stores it: its number, then its cells. */
export type StoredRow = [number, ...string[]];

export const storedRow = (row: ImportRow): StoredRow => [row.rowNumber, ...row.cells];
export const rowOfStored = ([rowNumber, ...cells]: StoredRow): ImportRow => ({ rowNumber, cells });

/**
 * Splits rows, in order, into chunks whose JSON stays under `maxBytes` (the chunk item adds its keys and a
 * few attributes, well within DynamoDB's 400 KB). Only rows that passed their checks are kept, and every
 * column bounds its text (100 characters at most), so no single row comes near the limit.
 */
export const rowsPerChunk = (rows: readonly ImportRow[], maxBytes = 300_000): ImportRow[][] => {
  const chunks: ImportRow[][] = [];
  let current: ImportRow[] = [];
  let size = 2;
  for (const row of rows) {
    const bytes = utf8.encode(JSON.stringify(storedRow(row))).length + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};
