// Committee positions in the alliance partition, and one bookkeeping item (`COMMITTEE`) holding the position
// count and the secretary's position id: every write moves it in the same transaction, conditionally, so
// "at most one secretary" and the size limit hold under concurrent edits.
import {
  type AllianceWriteMeta,
  type CommitteePosition,
  type CommitteeRepository,
  DomainError,
  MAX_COMMITTEE_POSITIONS,
} from '@lianjian/core';
import { allianceWriteMetaOps } from '../alliance-meta.ts';
import { activeMemberCheck, allianceSession, departureMetaOps, unlessGone } from '../alliance-session.ts';
import type { StoreContext } from '../context.ts';
import {
  alliancePartition,
  COMMITTEE_POSITION_PREFIX,
  committeeKey,
  committeePositionKey,
  withoutKeys,
} from '../keys.ts';
import { queryAll } from '../query-all.ts';
import { type TransactOp, transact } from '../transact.ts';
import { versionedUpdate } from '../versioned-update.ts';
import { versionFailure } from '../write-meta.ts';

const isSecretary = (position: CommitteePosition) => position.role === 'secretary';

/** The bookkeeping change of adding a position (and claiming the secretary's seat). */
const addedOp = (table: string, allianceId: string, position: CommitteePosition): TransactOp => {
  const secretary = isSecretary(position);
  return {
    item: {
      Update: {
        TableName: table,
        Key: committeeKey(allianceId),
        UpdateExpression: `SET positionCount = if_not_exists(positionCount, :zero) + :one${secretary ? ', secretaryPositionId = :id' : ''}`,
        ConditionExpression: `(attribute_not_exists(positionCount) OR positionCount < :max)${secretary ? ' AND attribute_not_exists(secretaryPositionId)' : ''}`,
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':max': MAX_COMMITTEE_POSITIONS,
          ...(secretary ? { ':id': position.id } : {}),
        },
      },
    },
    onConditionFailed: (stored) =>
      secretary && stored?.secretaryPositionId !== undefined
        ? new DomainError('committee.secretaryTaken')
        : new DomainError('committee.full', { limit: MAX_COMMITTEE_POSITIONS }),
  };
};

/** The bookkeeping change of removing a position (and freeing the secretary's seat). */
const removedOp = (table: string, allianceId: string, position: CommitteePosition): TransactOp => ({
  item: {
    Update: {
      TableName: table,
      Key: committeeKey(allianceId),
      UpdateExpression: `SET positionCount = positionCount - :one${isSecretary(position) ? ' REMOVE secretaryPositionId' : ''}`,
      ConditionExpression: `positionCount >= :one${isSecretary(position) ? ' AND secretaryPositionId = :id' : ''}`,
      ExpressionAttributeValues: { ':one': 1, ...(isSecretary(position) ? { ':id': position.id } : {}) },
    },
  },
  onConditionFailed: () => new DomainError('write.conflict'),
});

/** A role change into or out of the secretary's seat. */
const seatOp = (
  table: string,
  allianceId: string,
  position: CommitteePosition,
  taking: boolean,
): TransactOp => ({
  item: {
    Update: {
      TableName: table,
      Key: committeeKey(allianceId),
      UpdateExpression: taking ? 'SET secretaryPositionId = :id' : 'REMOVE secretaryPositionId',
      ConditionExpression: taking ? 'attribute_not_exists(secretaryPositionId)' : 'secretaryPositionId = :id',
      ExpressionAttributeValues: { ':id': position.id },
    },
  },
  onConditionFailed: () => new DomainError(taking ? 'committee.secretaryTaken' : 'write.conflict'),
});

const positionsOf = (items: Record<string, unknown>[]) =>
  items.map((item) => withoutKeys<CommitteePosition>(item));

export const createCommitteeRepository = (platform: StoreContext): CommitteeRepository => {
  const metaOps = (
    s: StoreContext,
    allianceId: string,
    meta: AllianceWriteMeta,
    created?: CommitteePosition,
  ) => allianceWriteMetaOps(s, allianceId, meta, created && { type: 'committeePosition', body: created });

  return {
    async positions(scope) {
      const s = await allianceSession(platform, scope);
      const partition = alliancePartition(scope.allianceId);
      return positionsOf(await queryAll(s, s.allianceTableName, partition, COMMITTEE_POSITION_PREFIX));
    },

    async position(scope, positionId) {
      const s = await allianceSession(platform, scope);
      const item = await s.allianceItems.get(committeePositionKey(scope.allianceId, positionId));
      return item ? withoutKeys<CommitteePosition>(item) : undefined;
    },

    async add(scope, position, meta) {
      const s = await allianceSession(platform, scope);
      const { allianceId } = scope;
      await transact(s, [
        addedOp(s.allianceTableName, allianceId, position),
        {
          item: {
            Put: {
              TableName: s.allianceTableName,
              Item: {
                ...committeePositionKey(allianceId, position.id),
                type: 'COMMITTEE_POSITION',
                ...position,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        activeMemberCheck(s.allianceTableName, allianceId, position.tenantId),
        ...metaOps(s, allianceId, meta, position),
      ]);
    },

    async update(scope, { before, next, removed, expectedVersion }, meta) {
      const s = await allianceSession(platform, scope);
      const { allianceId } = scope;
      const { id, createdAt: _createdAt, ...fields } = next;
      const seat =
        isSecretary(before) === isSecretary(next)
          ? []
          : [seatOp(s.allianceTableName, allianceId, next, isSecretary(next))];
      const member =
        before.tenantId === next.tenantId
          ? []
          : [activeMemberCheck(s.allianceTableName, allianceId, next.tenantId)];
      await transact(s, [
        {
          item: {
            Update: {
              TableName: s.allianceTableName,
              Key: committeePositionKey(allianceId, id),
              ...versionedUpdate(fields, removed, expectedVersion),
            },
          },
          onConditionFailed: versionFailure,
        },
        ...seat,
        ...member,
        ...metaOps(s, allianceId, meta),
      ]);
    },

    async remove(scope, position, expectedVersion, meta) {
      const s = await allianceSession(platform, scope);
      const { allianceId } = scope;
      await transact(s, [
        {
          item: {
            Delete: {
              TableName: s.allianceTableName,
              Key: committeePositionKey(allianceId, position.id),
              ConditionExpression: 'version = :expected',
              ExpressionAttributeValues: { ':expected': expectedVersion },
            },
          },
          onConditionFailed: versionFailure,
        },
        removedOp(s.allianceTableName, allianceId, position),
        ...metaOps(s, allianceId, meta),
      ]);
    },

    allPositions: async (allianceId) =>
      positionsOf(
        await queryAll(
          platform,
          platform.allianceTableName,
          alliancePartition(allianceId),
          COMMITTEE_POSITION_PREFIX,
        ),
      ),

    vacate: (allianceId, position, meta) =>
      unlessGone(() =>
        transact(platform, [
          {
            item: {
              Delete: {
                TableName: platform.allianceTableName,
                Key: committeePositionKey(allianceId, position.id),
                ConditionExpression: 'version = :read',
                ExpressionAttributeValues: { ':read': position.version },
              },
            },
            // Changed since read (its role may have moved the seat): read again. Gone: an earlier run's.
            onConditionFailed: (stored) => new DomainError(stored ? 'write.conflict' : 'resource.notFound'),
          },
          removedOp(platform.allianceTableName, allianceId, position),
          ...departureMetaOps(platform, allianceId, meta),
        ]),
      ),
  };
};
