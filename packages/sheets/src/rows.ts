// Collects the rows a reader finds: drops empty ones, keeps their spreadsheet row numbers, enforces the limits.
import { tooLarge } from './errors.ts';
import type { SheetLimits } from './limits.ts';

/** One non-empty row. `cells` ends at the row's last non-empty cell: read a missing cell as `''`. */
export interface SheetRow {
  /** 1-based, as Excel shows it (for CSV: the record's position, a quoted line break staying in its record). */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export interface RowCollector {
  /** Takes `cells` (and may shorten it); `rowNumber` is 1-based. */
  add(rowNumber: number, cells: string[]): void;
  readonly rows: SheetRow[];
}

export function createRowCollector(limits: SheetLimits): RowCollector {
  const rows: SheetRow[] = [];
  return {
    rows,
    add(rowNumber, cells) {
      let end = cells.length;
      while (end > 0 && cells[end - 1] === '') end--;
      if (end === 0) return;
      if (end > limits.maxColumns) throw tooLarge('columns', limits.maxColumns);
      if (rows.length >= limits.maxRows) throw tooLarge('rows', limits.maxRows);
      cells.length = end;
      rows.push({ rowNumber, cells });
    },
  };
}
