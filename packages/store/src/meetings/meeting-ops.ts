// The writes of a meeting: the meeting itself (new, or over the version read) and its index entries, moved
// when its date, status or kind change, in the same transaction.
import { type ActionItem, DomainError, type Meeting } from '@lianjian/core';
import { type MeetingEntryIndex, meetingEntryKey, meetingKey } from '../keys.ts';
import type { TransactOp } from '../transact.ts';
import { versionFailure } from '../write-meta.ts';

const indexesOf = (meeting: Meeting): MeetingEntryIndex[] => [
  {},
  { status: meeting.status },
  { kind: meeting.kind },
  { status: meeting.status, kind: meeting.kind },
];

const entryKeys = (meeting: Meeting) =>
  indexesOf(meeting).map((index) => meetingEntryKey(meeting.allianceId, index, meeting.date, meeting.id));

/** What an entry carries: the fields list filters test, and the date the next-meeting read answers with. */
const entryFields = (meeting: Meeting) => ({
  meetingId: meeting.id,
  date: meeting.date,
  status: meeting.status,
  kind: meeting.kind,
  hostTenantId: meeting.hostTenantId,
});

/** Put `item` as new (`before` absent) or over `before`'s version. */
export const versionedPut = (
  tableName: string,
  item: Record<string, unknown>,
  before: { readonly version: number } | undefined,
): TransactOp => ({
  item: {
    Put: {
      TableName: tableName,
      Item: item,
      ...(before
        ? {
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':version': before.version },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
    },
  },
  onConditionFailed: versionFailure,
});

/** The entry writes taking a meeting from `before` (absent: new) to `after`; none when no entry field changed. */
const entryOps = (tableName: string, before: Meeting | undefined, after: Meeting): TransactOp[] => {
  if (before && JSON.stringify(entryFields(before)) === JSON.stringify(entryFields(after))) return [];
  const kept = new Set(entryKeys(after).map((key) => key.sk));
  const deletes = (before ? entryKeys(before) : [])
    .filter((key) => !kept.has(key.sk))
    .map((Key): TransactOp => ({ item: { Delete: { TableName: tableName, Key } } }));
  const puts = entryKeys(after).map(
    (key): TransactOp => ({
      item: { Put: { TableName: tableName, Item: { ...key, type: 'MEETING_ENTRY', ...entryFields(after) } } },
    }),
  );
  return [...deletes, ...puts];
};

export const meetingOps = (tableName: string, before: Meeting | undefined, after: Meeting): TransactOp[] => [
  versionedPut(tableName, { ...meetingKey(after.allianceId, after.id), type: 'MEETING', ...after }, before),
  ...entryOps(tableName, before, after),
];

/** A new action item needs its meeting there and not cancelled. */
export const meetingTakesActionItems = (tableName: string, item: ActionItem): TransactOp => ({
  item: {
    ConditionCheck: {
      TableName: tableName,
      Key: meetingKey(item.allianceId, item.meetingId),
      ConditionExpression: 'attribute_exists(pk) AND #status <> :cancelled',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':cancelled': 'cancelled' },
    },
  },
  onConditionFailed: (stored) => new DomainError(stored ? 'meeting.cancelled' : 'resource.notFound'),
});
