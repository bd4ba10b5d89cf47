// The spreadsheet columns of each kind, with their Chinese headers: one definition for the template, the
// header check, the import and the export, so an export always re-imports.
import type { ImportKind } from './types.ts';

export interface Column<F extends string = string> {
  /** The header as the template writes it, without the `*` that marks a required column. */
  readonly header: string;
  readonly field: F;
  /** The header must be present and the cell filled. */
  readonly required?: boolean;
  /** Written by exports for reading, ignored by imports (derived data). */
  readonly exportOnly?: boolean;
  /** Column width in characters for the xlsx template and export. */
  readonly width: number;
}

export const UNIT_COLUMNS = [
  { header: '名称', field: 'name', required: true, width: 36 },
  { header: '类型', field: 'kind', required: true, width: 14 },
  { header: '所有制', field: 'ownership', width: 10 },
  { header: '统一社会信用代码', field: 'creditCode', width: 22 },
  { header: '所在镇街', field: 'town', width: 16 },
  { header: '职工人数', field: 'employeeCount', width: 10 },
  { header: '党员人数', field: 'partyMemberCount', width: 10 },
  { header: '规上企业', field: 'above_size', width: 10 },
  { header: '高新技术企业', field: 'high_tech', width: 14 },
  { header: '专精特新', field: 'little_giant', width: 10 },
  { header: '所属产业链', field: 'chains', width: 30 },
  { header: '已建党组织', field: 'hasPartyOrg', exportOnly: true, width: 12 },
] as const satisfies readonly Column[];

export const ORG_COLUMNS = [
  { header: '名称', field: 'name', required: true, width: 40 },
  { header: '类型', field: 'kind', required: true, width: 16 },
  { header: '上级党组织', field: 'parent', width: 40 },
  { header: '党员人数', field: 'memberCount', width: 10 },
  { header: '成立日期', field: 'establishedOn', width: 12 },
  { header: '书记', field: 'secretaryName', width: 12 },
  { header: '所在镇街', field: 'town', width: 16 },
  { header: '所在单位', field: 'hosts', width: 40 },
] as const satisfies readonly Column[];

export type UnitField = (typeof UNIT_COLUMNS)[number]['field'];
export type OrgField = (typeof ORG_COLUMNS)[number]['field'];

export const columnsOf = (kind: ImportKind): readonly Column[] =>
  kind === 'units' ? UNIT_COLUMNS : ORG_COLUMNS;

/** The header as written in templates and exports: required columns end with `*`. */
export const headerText = (column: Column): string => (column.required ? `${column.header}*` : column.header);

/** The header row of the template and of exports. */
export const headerRow = (kind: ImportKind): string[] => columnsOf(kind).map(headerText);

/** Column widths for xlsx, in header order. */
export const columnWidths = (kind: ImportKind): number[] => columnsOf(kind).map((column) => column.width);

/** The header shown in rejections for a field. */
export const headerOf = (columns: readonly Column[], field: string): string =>
  columns.find((column) => column.field === field)?.header ?? field;
