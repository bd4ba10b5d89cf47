// Reading one row's cells: text as typed in Excel (是/否, Chinese labels, dates as day serials), with a
// message in Chinese and English for each cell that cannot be read.
import { type Column, headerOf } from './columns.ts';
import type { ColumnIndex } from './header.ts';
import { type ImportRow, type RowRejection, type Text, text } from './types.ts';

/** One data row, read column by column; problems are collected, not thrown, so a row reports them all. */
export class RowReader {
  readonly rejections: RowRejection[] = [];

  constructor(
    private readonly columns: readonly Column[],
    private readonly index: ColumnIndex,
    readonly row: ImportRow,
  ) {}

  get rowNumber(): number {
    return this.row.rowNumber;
  }

  get ok(): boolean {
    return this.rejections.length === 0;
  }

  /** Whether the file has this column at all (an absent column leaves stored values alone). */
  has(field: string): boolean {
    return this.index.has(field);
  }

  /** The cell, trimmed; '' when empty or when the file has no such column. */
  cell(field: string): string {
    const position = this.index.get(field);
    return position === undefined ? '' : trimCell(this.row.cells[position] ?? '');
  }

  header(field: string): string {
    return headerOf(this.columns, field);
  }

  fail(field: string | undefined, message: Text): undefined {
    this.rejections.push({
      row: this.rowNumber,
      ...(field === undefined ? {} : { column: this.header(field) }),
      message,
    });
    return undefined;
  }

  /** Whether every cell of the columns imports read is empty (a row Excel keeps for its formatting). */
  isBlank(): boolean {
    return [...this.index.keys()].every((field) => this.cell(field) === '');
  }
}

const trimCell = (cell: string): string => cell.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘']);

/** 是/否 (also Y/N, TRUE/FALSE, 1/0, √); empty is 否. */
export const readFlag = (reader: RowReader, field: string): boolean | undefined => {
  const value = reader.cell(field).toUpperCase();
  if (value === '' || FALSE_WORDS.has(value)) return false;
  if (TRUE_WORDS.has(value)) return true;
  const header = reader.header(field);
  return reader.fail(
    field,
    text(`${header}须为“是”或“否”，不能是“${reader.cell(field)}”`, `${header} must be 是 or 否 (yes or no)`),
  );
};

/** A whole number ≥ 0 (thousands separators and Excel's `12.0` accepted); empty is undefined. */
export const readCount = (reader: RowReader, field: string): number | undefined => {
  const value = reader.cell(field).replace(/[,，\s]/g, '');
  if (value === '') return undefined;
  const number = /^\d+(?:\.0*)?$|^\d(?:\.\d+)?E\+?\d+$/i.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(number)) return number;
  const header = reader.header(field);
  return reader.fail(field, text(`${header}须为非负整数`, `${header} must be a whole number, 0 or more`));
};

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is on the far side of day 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const pad = (value: string) => value.padStart(2, '0');

/**
 * A date as `YYYY-MM-DD`: typed as 2021-07-01, 2021/7/1, 2021.7.1 or 2021年7月1日, or an xlsx date cell (a day
 * serial such as 44378). Whether the day exists is left to the schema. Empty is undefined.
 */
export const readDate = (reader: RowReader, field: string): string | undefined => {
  const value = reader.cell(field);
  if (value === '') return undefined;
  const typed = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (typed) return `${typed[1]}-${pad(typed[2] ?? '')}-${pad(typed[3] ?? '')}`;
  if (/^\d{1,7}(?:\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial >= 1 && serial <= 2_958_465)
      return new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10);
  }
  const header = reader.header(field);
  return reader.fail(
    field,
    text(
      `${header}须为日期，格式为 YYYY-MM-DD（如 2021-07-01）`,
      `${header} must be a date YYYY-MM-DD (e.g. 2021-07-01)`,
    ),
  );
};

/** Compared loosely: no spaces, half-width brackets, case ignored (for codes). */
const choiceKey = (value: string): string =>
  value
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

/**
 * One of a fixed list, by its Chinese label or its English code; empty is undefined. The message lists the
 * labels.
 */
export const readChoice = <C extends string>(
  reader: RowReader,
  field: string,
  labels: Readonly<Record<C, string>>,
): C | undefined => {
  const value = reader.cell(field);
  if (value === '') return undefined;
  const key = choiceKey(value);
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (choiceKey(label) === key || code.toLowerCase() === key) return code;
  }
  const header = reader.header(field);
  const list = Object.values<string>(labels);
  return reader.fail(
    field,
    text(`${header}须为以下之一：${list.join('、')}`, `${header} must be one of: ${list.join(', ')}`),
  );
};

const LIST_SEPARATORS = /[、，,；;\r\n]+/;

/**
 * Names joined with 、 (also ，,；; or line breaks). A cell that is itself one known name is not split, so a
 * name that contains a separator still works.
 */
export const readNames = (reader: RowReader, field: string, isKnown: (name: string) => boolean): string[] => {
  const value = reader.cell(field);
  if (value === '') return [];
  if (isKnown(value)) return [value];
  const names = value
    .split(LIST_SEPARATORS)
    .map(trimCell)
    .filter((name) => name !== '');
  return [...new Set(names)];
};
