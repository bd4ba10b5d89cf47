// What an import takes and answers: rows of text in, counts and the rejected rows (with Chinese and English
// messages) out. No file formats here: the API reads the file into rows with @lianjian/sheets.

/** What can be imported and exported: units (单位) and Party organisations (党组织). */
export const IMPORT_KINDS = ['units', 'orgs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * `valid-rows` (the default) writes every row that passes and reports the others; `all-or-nothing` writes
 * nothing when any row fails its checks.
 */
export const IMPORT_MODES = ['valid-rows', 'all-or-nothing'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A message in both languages the API answers in. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export const text = (zh: string, en: string): Text => ({ zh, en });

/** One row of the file as text, numbered as the spreadsheet shows it (the header is row 1). */
export interface ImportRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** Why a row (or, for the header, the file) was not imported. */
export interface RowRejection {
  /** The spreadsheet's row number. */
  readonly row: number;
  /** The column header (Chinese, as in the template); absent when the whole row is meant. */
  readonly column?: string;
  readonly message: Text;
}

export interface ImportReport {
  readonly kind: ImportKind;
  readonly mode: ImportMode;
  /** Data rows read (the header and blank rows not counted). */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  /** Rows equal to what is stored: nothing was written for them. */
  readonly unchanged: number;
  /**
   * Valid rows not written because the import's time ran out (see `writeBudgetMs`); importing the same file
   * again writes them, skipping the rows already written.
   */
  readonly pending: number;
  /** Every problem found, in row order; a row may have several. */
  readonly rejected: readonly RowRejection[];
}
