// Alliance member units. The projection (`A#<alliance>/MUNIT#<id>`, indexed by owner on gsi1) holds only what
// the owner chose to show. Which private record it copies stays in the owner's partition: a reference
// (`MUNITREF#<alliance>#<id>`) and a claim on the record (`MUNITSRC#<alliance>#<kind>#<recordId>`, so it is
// enrolled once per alliance). All three are written and removed together.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type DepartedMemberUnit,
  DomainError,
  type MemberUnitRepository,
  type MemberUnitSource,
  type StoredMemberUnit,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import {
  allianceSession,
  departureMetaOps,
  onAllianceTable,
  queryAll,
  unlessGone,
} from './alliance-session.ts';
import type { StoreContext } from './context.ts';
import { prefixRange, underPrefix } from './key-range.ts';
import {
  alliancePartition,
  MEMBER_UNIT_PREFIX,
  memberUnitKey,
  memberUnitOwnerIndexKey,
  memberUnitRefKey,
  memberUnitRefPrefix,
  memberUnitSourceKey,
  tenantPartition,
  withoutKeys,
} from './keys.ts';
import { queryPage } from './query.ts';
import { type TransactOp, transact } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure } from './write-meta.ts';

interface StoredRef {
  readonly memberUnitId: string;
  readonly sourceKind: MemberUnitSource['kind'];
  readonly sourceId: string;
}

const sourceOf = (ref: StoredRef): MemberUnitSource => ({ kind: ref.sourceKind, id: ref.sourceId });

/** Deletes of the owner's side of one member unit. */
const ownerSideDeletes = (
  tableName: string,
  tenantId: string,
  allianceId: string,
  memberUnitId: string,
  source: MemberUnitSource | undefined,
): TransactOp[] => [
  { item: { Delete: { TableName: tableName, Key: memberUnitRefKey(tenantId, allianceId, memberUnitId) } } },
  ...(source
    ? [
        {
          item: {
            Delete: {
              TableName: tableName,
              Key: memberUnitSourceKey(tenantId, allianceId, source.kind, source.id),
            },
          },
        },
      ]
    : []),
];

export const createMemberUnitRepository = (platform: StoreContext): MemberUnitRepository => {
  /** The owner index, read with the platform's access (departures): eventually consistent, so refs come too. */
  const indexedOf = async (allianceId: string, tenantId: string) => {
    const { gsi1pk } = memberUnitOwnerIndexKey(allianceId, tenantId, '');
    const range = prefixRange(MEMBER_UNIT_PREFIX);
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await platform.doc.send(
        new QueryCommand({
          TableName: platform.allianceTableName,
          IndexName: 'gsi1',
          KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
          ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
          ExpressionAttributeValues: { ':pk': gsi1pk, ...range.values },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items.filter(
      (item) => item.pk === alliancePartition(allianceId) && underPrefix(MEMBER_UNIT_PREFIX, 'gsi1sk')(item),
    );
  };

  return {
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
        ...allianceWriteMetaOps(s, allianceId, meta),
      ]);
    },

    async departed(allianceId, tenantId) {
      const [refs, indexed] = await Promise.all([
        queryAll(
          platform,
          platform.tenantTableName(tenantId),
          tenantPartition(tenantId),
          memberUnitRefPrefix(allianceId),
        ),
        indexedOf(allianceId, tenantId),
      ]);
      const found = new Map<string, { name?: string; source?: MemberUnitSource }>();
      for (const item of indexed) found.set(String(item.id), { name: String(item.name) });
      for (const item of refs) {
        const ref = withoutKeys<StoredRef>(item);
        found.set(ref.memberUnitId, { ...found.get(ref.memberUnitId), source: sourceOf(ref) });
      }
      // A reference the index has not caught up with yet: its projection gives the name for the feed.
      const named = await Promise.all(
        [...found].map(async ([id, unit]) => {
          if (unit.name !== undefined) return { id, ...unit };
          const item = await platform.allianceItems.get(memberUnitKey(allianceId, id));
          return item ? { id, ...unit, name: String(item.name) } : { id, ...unit };
        }),
      );
      return named;
    },

    withdrawDeparted: (allianceId, tenantId, unit: DepartedMemberUnit, meta) =>
      unlessGone(() =>
        transact(platform, [
          {
            item: {
              Delete: {
                TableName: platform.allianceTableName,
                Key: memberUnitKey(allianceId, unit.id),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            onConditionFailed: () => new DomainError('resource.notFound'),
          },
          ...ownerSideDeletes(platform.tenantTableName(tenantId), tenantId, allianceId, unit.id, unit.source),
          ...departureMetaOps(platform, allianceId, meta),
        ]),
      ),
  };
};
