// A departed tenant's member units, found and withdrawn with the platform's access (the tenant is no longer a
// member, and when it is being offboarded its partition may already be gone): its references where they
// remain, and the alliance's owner index (eventually consistent) for the rest.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  counted,
  type DepartedMemberUnit,
  DomainError,
  type MemberUnitRepository,
  type MemberUnitSource,
} from '@lianjian/core';
import { departureMetaOps, unlessGone } from './alliance-session.ts';
import { statOps } from './alliance-stats.ts';
import type { StoreContext } from './context.ts';
import { prefixRange, underPrefix } from './key-range.ts';
import {
  alliancePartition,
  MEMBER_UNIT_PREFIX,
  memberUnitKey,
  memberUnitOwnerIndexKey,
  memberUnitRefPrefix,
  tenantPartition,
  withoutKeys,
} from './keys.ts';
import { ownerSideDeletes, type StoredRef, sourceOf } from './member-unit-ref.ts';
import { queryAll } from './query-all.ts';
import { transact } from './transact.ts';

export const memberUnitDeparture = (
  platform: StoreContext,
): Pick<MemberUnitRepository, 'departed' | 'withdrawDeparted'> => {
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
      return Promise.all(
        [...found].map(async ([id, unit]): Promise<DepartedMemberUnit> => {
          if (unit.name !== undefined) return { id, ...unit };
          const item = await platform.allianceItems.get(memberUnitKey(allianceId, id));
          return item ? { id, ...unit, name: String(item.name) } : { id, ...unit };
        }),
      );
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
          ...statOps(platform.allianceTableName, allianceId, [counted(tenantId, 'memberUnits', -1)]),
          ...departureMetaOps(platform, allianceId, meta),
        ]),
      ),
  };
};
