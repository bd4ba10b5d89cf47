// The writes of an action item: the item (new, or over the version read), its copy under its meeting, and its
// copies in the status and assignee indexes, moved when status, assignee or due date change.
import type { ActionItem } from '@lianjian/core';
import { actionItemEntryKey, actionItemKey, meetingActionItemKey } from '../keys.ts';
import type { TransactOp } from '../transact.ts';
import { versionedPut } from './meeting-ops.ts';

const indexKeys = (item: ActionItem) =>
  [undefined, item.assigneeTenantId].map((assignee) =>
    actionItemEntryKey(item.allianceId, assignee, item.status, item.dueOn, item.id),
  );

export const actionItemOps = (
  tableName: string,
  before: ActionItem | undefined,
  after: ActionItem,
): TransactOp[] => {
  const copy = (key: { pk: string; sk: string }): TransactOp => ({
    item: { Put: { TableName: tableName, Item: { ...key, type: 'ACTION_ENTRY', ...after } } },
  });
  const kept = new Set(indexKeys(after).map((key) => key.sk));
  const moved = (before ? indexKeys(before) : [])
    .filter((key) => !kept.has(key.sk))
    .map((Key): TransactOp => ({ item: { Delete: { TableName: tableName, Key } } }));
  return [
    versionedPut(
      tableName,
      { ...actionItemKey(after.allianceId, after.id), type: 'ACTION', ...after },
      before,
    ),
    copy(meetingActionItemKey(after.allianceId, after.meetingId, after.id)),
    ...moved,
    ...indexKeys(after).map(copy),
  ];
};
