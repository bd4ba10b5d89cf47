// Formula-injection guard for CSV (OWASP's list): Excel may run a CSV cell that starts with = + - @, a tab or a
// CR, so such a cell is written with a leading apostrophe and Excel shows it as text. Signed numbers (-5, +86,
// -0.5) and a lone - stay as they are. Reading removes the apostrophe, so export → import returns the same
// values; a cell that already starts with apostrophes before such a character gets one more, so it survives too.

const GUARDED = /^'*(?:[=@\t\r]|[+-](?![\d.]*$))/;

/** The cell as written to CSV. */
export const guardCell = (cell: string): string => (GUARDED.test(cell) ? `'${cell}` : cell);

/** The cell as read from CSV: the inverse of `guardCell`. */
export const unguardCell = (cell: string): string =>
  cell.charCodeAt(0) === 0x27 && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
