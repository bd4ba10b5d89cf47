// The chair's schedule (one item, versioned) and its recorded early handovers, in the alliance partition.
import {
  type AllianceMember,
  type ChairHandover,
  type ChairRepository,
  DomainError,
  type StoredSchedule,
} from '@lianjian/core';
import { allianceWriteMetaOps } from '../alliance-meta.ts';
import { activeMemberCheck, allianceSession, onAllianceTable } from '../alliance-session.ts';
import type { StoreContext } from '../context.ts';
import {
  ALLIANCE_MEMBER_PREFIX,
  alliancePartition,
  CHAIR_HANDOVER_PREFIX,
  chairHandoverKey,
  chairScheduleKey,
  withoutKeys,
} from '../keys.ts';
import { queryPage } from '../query.ts';
import { queryAll } from '../query-all.ts';
import { transact } from '../transact.ts';

/** Put the schedule only over the version read (0: none yet). */
const scheduleCondition = (expectedVersion: number) =>
  expectedVersion === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': expectedVersion },
      };

export const createChairRepository = (platform: StoreContext): ChairRepository => ({
  async schedule(scope) {
    const s = await allianceSession(platform, scope);
    const item = await s.allianceItems.get(chairScheduleKey(scope.allianceId));
    return item ? withoutKeys<StoredSchedule>(item) : undefined;
  },

  async members(scope) {
    const s = await allianceSession(platform, scope);
    const partition = alliancePartition(scope.allianceId);
    const items = await queryAll(s, s.allianceTableName, partition, ALLIANCE_MEMBER_PREFIX);
    return items.map((item) => withoutKeys<AllianceMember>(item));
  },

  async setSchedule(scope, next, expectedVersion, meta) {
    const s = await allianceSession(platform, scope);
    const { allianceId } = scope;
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.allianceTableName,
            Item: { ...chairScheduleKey(allianceId), type: 'CHAIR', ...next },
            ...scheduleCondition(expectedVersion),
          },
        },
        onConditionFailed: () => new DomainError('version.mismatch'),
      },
      ...next.rotation.map((tenantId) => activeMemberCheck(s.allianceTableName, allianceId, tenantId)),
      ...allianceWriteMetaOps(s, allianceId, meta),
    ]);
  },

  async handOver(scope, next, handover, meta) {
    const s = await allianceSession(platform, scope);
    const { allianceId } = scope;
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.allianceTableName,
            Item: { ...chairScheduleKey(allianceId), type: 'CHAIR', ...next },
            ...scheduleCondition(next.version - 1),
          },
        },
        // The schedule moved since it was read (a new rotation, another handover): derive again.
        onConditionFailed: () => new DomainError('write.conflict'),
      },
      {
        item: {
          Put: {
            TableName: s.allianceTableName,
            Item: { ...chairHandoverKey(allianceId, handover.id), type: 'CHAIR_HANDOVER', ...handover },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      activeMemberCheck(s.allianceTableName, allianceId, handover.toTenantId),
      ...allianceWriteMetaOps(s, allianceId, meta, { type: 'chairHandover', body: handover }),
    ]);
  },

  async handovers(scope, { limit, cursor }) {
    const s = await allianceSession(platform, scope);
    return queryPage<ChairHandover>(onAllianceTable(s), {
      name: 'chair.handovers',
      partition: alliancePartition(scope.allianceId),
      skPrefix: CHAIR_HANDOVER_PREFIX,
      newestFirst: true,
      limit,
      cursor,
    });
  },
});
