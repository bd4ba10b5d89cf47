// Index entries of a list item (see `listEntryPrefix`): one per index (status, category, owner), beside the
// item in the alliance partition. They move when the item's status, category, hidden flag or valid-until
// change, in the item's own transaction, so list filters read key ranges instead of the whole partition.
import type { StoredListItem } from '@lianjian/core';
import { type ListEntryIndex, listEntryKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

const indexesOf = (item: StoredListItem): ListEntryIndex[] => [
  { by: 'status' },
  { by: 'category', value: item.category },
  { by: 'owner', value: item.ownerTenantId },
];

const entryKeys = (item: StoredListItem) =>
  indexesOf(item).map((index) => listEntryKey(item.allianceId, item.kind, index, item.status, item.id));

/** What an entry carries: the fields filters test, so passing over an entry needs no read of its item. */
export const entryFields = (item: StoredListItem) => ({
  itemId: item.id,
  status: item.status,
  category: item.category,
  ownerTenantId: item.ownerTenantId,
  hidden: item.hidden,
  ...(item.validUntil === undefined ? {} : { validUntil: item.validUntil }),
});

/** The entry writes taking an item from `before` (absent: new) to `after`; none when no entry field changed. */
export const entryOps = (
  tableName: string,
  before: StoredListItem | undefined,
  after: StoredListItem,
): TransactOp[] => {
  if (before && JSON.stringify(entryFields(before)) === JSON.stringify(entryFields(after))) return [];
  const kept = new Set(entryKeys(after).map((key) => key.sk));
  const deletes = (before ? entryKeys(before) : [])
    .filter((key) => !kept.has(key.sk))
    .map((Key): TransactOp => ({ item: { Delete: { TableName: tableName, Key } } }));
  const puts = entryKeys(after).map(
    (key): TransactOp => ({
      item: { Put: { TableName: tableName, Item: { ...key, type: 'LIST_ENTRY', ...entryFields(after) } } },
    }),
  );
  return [...deletes, ...puts];
};
