// Rows that passed every check but could not be written (a concurrent change, a unit deleted meanwhile),
// reported like the other rejected rows: the row, the column, a message in Chinese and English.
import type { DomainError } from '../shared/errors.ts';
import { headerOf, ORG_COLUMNS, UNIT_COLUMNS } from './columns.ts';
import { type ImportKind, type RowRejection, type Text, text } from './types.ts';

const reasons = (error: DomainError): { field?: string; message: Text } => {
  const p = error.params;
  switch (error.code) {
    case 'unit.nameTaken':
      return {
        field: 'name',
        message: text(`名称“${p.name}”已被另一单位使用`, `名称 “${p.name}” belongs to another unit`),
      };
    case 'unit.creditCodeTaken':
      return {
        field: 'creditCode',
        message: text(
          `统一社会信用代码 ${p.creditCode} 已被另一单位使用`,
          `统一社会信用代码 ${p.creditCode} belongs to another unit`,
        ),
      };
    case 'chain.tooManyChains':
      return {
        field: 'chains',
        message: text(
          `一个单位最多属于 ${p.limit} 条产业链`,
          `A unit can belong to at most ${p.limit} chains`,
        ),
      };
    case 'org.parentNotFound':
      return { field: 'parent', message: text('上级党组织已被删除', 'The parent organization was deleted') };
    case 'org.cycle':
      return {
        field: 'parent',
        message: text('不能把党组织放在自身的下级之下', 'An organization cannot be placed under itself'),
      };
    case 'org.hostNotFound':
    case 'chain.unitNotFound':
      return { field: 'hosts', message: text('所在单位已被删除', 'A host unit was deleted') };
    case 'write.tooLarge':
      return {
        message: text(
          `此行一次需写入 ${p.operations} 项，超过上限 ${p.limit}`,
          `This row needs ${p.operations} writes, over the limit of ${p.limit}`,
        ),
      };
    case 'version.mismatch':
    case 'write.conflict':
      return {
        message: text(
          '此行的数据正被他人同时修改，未能导入；请稍后重新导入',
          'Someone changed this data at the same time; import the file again',
        ),
      };
    case 'resource.notFound':
      return {
        message: text(
          '此行对应的数据已被他人删除，未能导入；请重新导入',
          'This data was deleted meanwhile; import the file again',
        ),
      };
    default:
      return { message: text(`未能写入（${error.code}）`, `Could not be written (${error.code})`) };
  }
};

export const writeRejection = (kind: ImportKind, row: number, error: DomainError): RowRejection => {
  const { field, message } = reasons(error);
  const columns = kind === 'units' ? UNIT_COLUMNS : ORG_COLUMNS;
  return { row, ...(field === undefined ? {} : { column: headerOf(columns, field) }), message };
};

export const parentNotImported = (row: number, name: string, parentRow: number): RowRejection => ({
  row,
  column: headerOf(ORG_COLUMNS, 'parent'),
  message: text(
    `上级党组织“${name}”（第 ${parentRow} 行）未能导入`,
    `Parent “${name}” (row ${parentRow}) was not imported`,
  ),
});
