// Meetings, their action items and the meeting cadence, in the alliance partition, read and written through the
// caller's tenant session. Every write carries its counter deltas (statOps) in its own transaction.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ActionItem,
  type DatedMeeting,
  DomainError,
  type Meeting,
  type MeetingCadence,
  type MeetingRepository,
  type MeetingScope,
} from '@lianjian/core';
import { allianceWriteMetaOps } from '../alliance-meta.ts';
import { activeMemberCheck, allianceSession, onAllianceTable } from '../alliance-session.ts';
import { statOps } from '../alliance-stats.ts';
import type { StoreContext } from '../context.ts';
import { filteredPage, type Row } from '../filtered-page.ts';
import { prefixRange } from '../key-range.ts';
import {
  actionItemEntryPrefix,
  actionItemKey,
  alliancePartition,
  meetingActionItemPrefix,
  meetingCadenceKey,
  meetingEntryPrefix,
  meetingKey,
  withoutKeys,
} from '../keys.ts';
import { queryPage } from '../query.ts';
import { transact } from '../transact.ts';
import { actionItemOps } from './action-item-ops.ts';
import { meetingOps, meetingTakesActionItems } from './meeting-ops.ts';

const tables = (s: StoreContext) => ({ tableName: s.tableName, allianceTableName: s.allianceTableName });

/** The first entry of an index from `from` on (ascending) or the last (descending): one key-range read. */
const firstEntry = async (
  s: StoreContext,
  allianceId: string,
  prefix: string,
  newestFirst: boolean,
  from?: string,
): Promise<DatedMeeting | undefined> => {
  const range = prefixRange(prefix);
  const { Items = [] } = await s.doc.send(
    new QueryCommand({
      TableName: s.allianceTableName,
      ConsistentRead: true,
      KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: {
        ':pk': alliancePartition(allianceId),
        ...range.values,
        ...(from === undefined ? {} : { ':from': `${prefix}${from}` }),
      },
      ScanIndexForward: !newestFirst,
      Limit: 1,
    }),
  );
  const entry = Items[0];
  return entry && { id: String(entry.meetingId), date: String(entry.date) };
};

export const createMeetingRepository = (platform: StoreContext): MeetingRepository => {
  const session = (scope: MeetingScope) => allianceSession(platform, scope);

  const meetingsOf =
    (s: StoreContext, allianceId: string) =>
    (rows: Row[]): Promise<(Row | undefined)[]> =>
      Promise.all(rows.map((row) => s.allianceItems.get(meetingKey(allianceId, String(row.meetingId)))));

  const actionItemPage = async (
    scope: MeetingScope,
    name: string,
    skPrefix: string,
    page: { limit: number; cursor?: string | undefined },
  ) => {
    const s = await session(scope);
    return queryPage<ActionItem>(onAllianceTable(s), {
      name,
      partition: alliancePartition(scope.allianceId),
      skPrefix,
      limit: page.limit,
      cursor: page.cursor,
    });
  };

  return {
    async get(scope, meetingId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(meetingKey(scope.allianceId, meetingId));
      return item ? withoutKeys<Meeting>(item) : undefined;
    },

    async list(scope, { status, kind, host }, page) {
      const s = await session(scope);
      const found = await filteredPage(s, {
        binding: `meetings|${scope.allianceId}|${status ?? ''}|${kind ?? ''}|${host ?? ''}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: meetingEntryPrefix({ status, kind }),
        newestFirst: true,
        filter:
          host === undefined
            ? undefined
            : { expression: 'hostTenantId = :host', names: {}, values: { ':host': host } },
        resolve: meetingsOf(s, scope.allianceId),
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<Meeting>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async lastHeld(scope, kind) {
      const s = await session(scope);
      return firstEntry(s, scope.allianceId, meetingEntryPrefix({ status: 'held', kind }), true);
    },

    async firstScheduled(scope, kind, from) {
      const s = await session(scope);
      const prefix = meetingEntryPrefix({ status: 'scheduled', kind });
      return firstEntry(s, scope.allianceId, prefix, false, from);
    },

    async write(scope, { before, after, deltas }, meta, response) {
      const s = await session(scope);
      const table = s.allianceTableName;
      const hostMoved = !before || before.hostTenantId !== after.hostTenantId;
      await transact(s, [
        ...meetingOps(table, before, after),
        ...(hostMoved ? [activeMemberCheck(table, scope.allianceId, after.hostTenantId)] : []),
        ...statOps(table, scope.allianceId, deltas),
        ...allianceWriteMetaOps(
          tables(s),
          scope.allianceId,
          meta,
          response && { type: 'meeting', body: response },
        ),
      ]);
    },

    async cadence(scope) {
      const s = await session(scope);
      const item = await s.allianceItems.get(meetingCadenceKey(scope.allianceId));
      return item ? withoutKeys<MeetingCadence>(item) : undefined;
    },

    async setCadence(scope, next, meta) {
      const s = await session(scope);
      const expected = next.version - 1;
      await transact(s, [
        {
          item: {
            Put: {
              TableName: s.allianceTableName,
              Item: { ...meetingCadenceKey(scope.allianceId), type: 'MEETING_CADENCE', ...next },
              ...(expected === 0
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : {
                    ConditionExpression: 'version = :expected',
                    ExpressionAttributeValues: { ':expected': expected },
                  }),
            },
          },
          onConditionFailed: () => new DomainError('version.mismatch'),
        },
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },

    async actionItem(scope, actionItemId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(actionItemKey(scope.allianceId, actionItemId));
      return item ? withoutKeys<ActionItem>(item) : undefined;
    },

    actionItemsOf: (scope, meetingId, page) =>
      actionItemPage(scope, `actionItems.ofMeeting|${meetingId}`, meetingActionItemPrefix(meetingId), page),

    actionItems: (scope, { status, assignee }, page) =>
      actionItemPage(
        scope,
        `actionItems|${status ?? ''}|${assignee ?? ''}`,
        actionItemEntryPrefix(assignee, status),
        page,
      ),

    async writeActionItem(scope, { before, after, deltas }, meta, response) {
      const s = await session(scope);
      const table = s.allianceTableName;
      const assigneeMoved = !before || before.assigneeTenantId !== after.assigneeTenantId;
      await transact(s, [
        ...actionItemOps(table, before, after),
        ...(before ? [] : [meetingTakesActionItems(table, after)]),
        ...(assigneeMoved ? [activeMemberCheck(table, scope.allianceId, after.assigneeTenantId)] : []),
        ...statOps(table, scope.allianceId, deltas),
        ...allianceWriteMetaOps(
          tables(s),
          scope.allianceId,
          meta,
          response && { type: 'actionItem', body: response },
        ),
      ]);
    },
  };
};
