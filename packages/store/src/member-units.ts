// Alliance member units. The projection (`MUNIT#<id>` in the alliance partition, indexed by owner on gsi1)
// holds only what the owner chose to show. Which private record it copies stays in the owner's partition: a
// reference (`MUNITREF#<alliance>#<id>`) and a claim on the record (`MUNITSRC#<alliance>#<kind>#<recordId>`,
// so it is enrolled once per alliance). All three are written and removed together.
import { counted, DomainError, type MemberUnitRepository, type StoredMemberUnit } from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { activeMemberCheck, allianceSession, onAllianceTable } from './alliance-session.ts';
import { statOps } from './alliance-stats.ts';
import type { StoreContext } from './context.ts';
import {
  alliancePartition,
  MEMBER_UNIT_PREFIX,
  memberUnitKey,
  memberUnitOwnerIndexKey,
  memberUnitRefKey,
  memberUnitSourceKey,
  withoutKeys,
} from './keys.ts';
import { memberUnitDeparture } from './member-unit-departure.ts';
import { ownerSideDeletes, type StoredRef, sourceOf } from './member-unit-ref.ts';
import { queryPage } from './query.ts';
import { transact } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure } from './write-meta.ts';

export const createMemberUnitRepository = (platform: StoreContext): MemberUnitRepository => ({
  async get(scope, memberUnitId) {
    const s = await allianceSession(platform, scope);
    const item = await s.allianceItems.get(memberUnitKey(scope.allianceId, memberUnitId));
    return item ? withoutKeys<StoredMemberUnit>(item) : undefined;
  },

  async list(scope, { ownerTenantId, limit, cursor }) {
    const s = onAllianceTable(await allianceSession(platform, scope));
    const partition = alliancePartition(scope.allianceId);
    if (ownerTenantId === undefined)
      return queryPage<StoredMemberUnit>(s, {
        name: 'memberUnits.all',
        partition,
        skPrefix: MEMBER_UNIT_PREFIX,
        limit,
        cursor,
      });
    return queryPage<StoredMemberUnit>(s, {
      name: 'memberUnits.byOwner',
      partition: memberUnitOwnerIndexKey(scope.allianceId, ownerTenantId, '').gsi1pk,
      skPrefix: MEMBER_UNIT_PREFIX,
      index: 'gsi1',
      ownerPartition: partition,
      limit,
      cursor,
    });
  },

  async sources(scope, memberUnitIds) {
    const s = await allianceSession(platform, scope);
    const refs = await Promise.all(
      memberUnitIds.map((id) => s.items.get(memberUnitRefKey(scope.tenantId, scope.allianceId, id))),
    );
    return new Map(
      refs.flatMap((item) =>
        item ? [[String(item.memberUnitId), sourceOf(withoutKeys<StoredRef>(item))]] : [],
      ),
    );
  },

  async enrol(scope, unit, source, meta) {
    const s = await allianceSession(platform, scope);
    const { allianceId, tenantId } = scope;
    const ref: StoredRef = { memberUnitId: unit.id, sourceKind: source.kind, sourceId: source.id };
    const answered = { ...unit, [source.kind === 'unit' ? 'sourceUnitId' : 'sourceOrgId']: source.id };
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: {
              ...memberUnitSourceKey(tenantId, allianceId, source.kind, source.id),
              type: 'MEMBER_UNIT_CLAIM',
              memberUnitId: unit.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DomainError('memberUnit.alreadyEnrolled'),
      },
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: {
              ...memberUnitRefKey(tenantId, allianceId, unit.id),
              type: 'MEMBER_UNIT_REF',
              allianceId,
              ...ref,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      {
        item: {
          Put: {
            TableName: s.allianceTableName,
            Item: {
              ...memberUnitKey(allianceId, unit.id),
              ...memberUnitOwnerIndexKey(allianceId, tenantId, unit.id),
              type: 'MEMBER_UNIT',
              ...unit,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      // The owner may have left since the gate let it in: then the alliance no longer exists for it.
      activeMemberCheck(
        s.allianceTableName,
        allianceId,
        tenantId,
        () => new DomainError('resource.notFound'),
      ),
      ...statOps(s.allianceTableName, allianceId, [counted(tenantId, 'memberUnits')]),
      ...allianceWriteMetaOps(s, allianceId, meta, { type: 'memberUnit', body: answered }),
    ]);
  },

  async update(scope, { expectedVersion, next, removed }, meta) {
    const s = await allianceSession(platform, scope);
    const { id, createdAt: _createdAt, ...fields } = next;
    await transact(s, [
      {
        item: {
          Update: {
            TableName: s.allianceTableName,
            Key: memberUnitKey(scope.allianceId, id),
            ...versionedUpdate(fields, removed, expectedVersion),
          },
        },
        onConditionFailed: versionFailure,
      },
      ...allianceWriteMetaOps(s, scope.allianceId, meta),
    ]);
  },

  async withdraw(scope, unit, expectedVersion, source, meta) {
    const s = await allianceSession(platform, scope);
    const { allianceId, tenantId } = scope;
    await transact(s, [
      {
        item: {
          Delete: {
            TableName: s.allianceTableName,
            Key: memberUnitKey(allianceId, unit.id),
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        onConditionFailed: versionFailure,
      },
      ...ownerSideDeletes(s.tableName, tenantId, allianceId, unit.id, source),
      ...statOps(s.allianceTableName, allianceId, [counted(tenantId, 'memberUnits', -1)]),
      ...allianceWriteMetaOps(s, allianceId, meta),
    ]);
  },

  ...memberUnitDeparture(platform),
});
