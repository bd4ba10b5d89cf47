// Test helper (not exported): what reading gives back for rows that were written.
import type { SheetRow } from './rows.ts';

/** Trailing empty cells dropped, rows without text skipped, every row keeping its 1-based position. */
export const expectedRows = (rows: readonly (readonly string[])[]): SheetRow[] =>
  rows.flatMap((row, index) => {
    const cells = [...row];
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells.length === 0 ? [] : [{ rowNumber: index + 1, cells }];
  });
