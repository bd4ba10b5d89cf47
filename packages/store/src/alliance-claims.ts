// Claims on the alliance's resources and needs, in its partition, read and written through the caller's
// tenant session. Each claim write also moves its item's counters, in the same transaction.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Claim,
  type ClaimRepository,
  claimDecisionStatDeltas,
  claimRefusal,
  claimStatDeltas,
  type ListScope,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { ownMemberUnitCheck } from './alliance-session.ts';
import { statOps } from './alliance-stats.ts';
import { newClaimOps, putClaimOp } from './claim-ops.ts';
import type { StoreContext } from './context.ts';
import { filteredPage, type Row } from './filtered-page.ts';
import { prefixQuery } from './key-range.ts';
import { alliancePartition, claimKey, itemClaimPrefix, pendingClaimIndexKey, withoutKeys } from './keys.ts';
import { entryOps } from './list-entries.ts';
import { itemClaimDecidedOp, itemClaimOpenedOp } from './list-item-ops.ts';
import { listItemMatchOps } from './match-index.ts';
import { transact } from './transact.ts';

export const createClaimRepository = (platform: StoreContext): ClaimRepository => {
  const session = (scope: ListScope) => platform.tenant(scope.tenantId, [scope.allianceId]);
  const tables = (s: StoreContext) => ({ tableName: s.tableName, allianceTableName: s.allianceTableName });

  const claimsOf =
    (s: StoreContext, allianceId: string) =>
    (rows: Row[]): Promise<(Row | undefined)[]> =>
      Promise.all(rows.map((row) => s.allianceItems.get(claimKey(allianceId, String(row.claimId)))));

  /** Every row of a query, page after page. */
  const all = async (s: StoreContext, input: ConstructorParameters<typeof QueryCommand>[0]) => {
    const rows: Row[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await s.doc.send(
        new QueryCommand({ ...input, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
      );
      rows.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return rows;
  };

  return {
    async get(scope, claimId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(claimKey(scope.allianceId, claimId));
      return item ? withoutKeys<Claim>(item) : undefined;
    },

    async ofItem(scope, itemId, { claimantTenantId }, page) {
      const s = await session(scope);
      const found = await filteredPage(s, {
        binding: `claims.ofItem|${scope.allianceId}|${itemId}|${claimantTenantId ?? '*'}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: itemClaimPrefix(itemId),
        newestFirst: false,
        filter:
          claimantTenantId === undefined
            ? undefined
            : {
                expression: 'claimantTenantId = :claimant',
                names: {},
                values: { ':claimant': claimantTenantId },
              },
        resolve: claimsOf(s, scope.allianceId),
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<Claim>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async pendingOf(scope, itemId) {
      const s = await session(scope);
      const partition = alliancePartition(scope.allianceId);
      const rows = await all(s, prefixQuery(s.allianceTableName, partition, itemClaimPrefix(itemId)));
      const claims = await claimsOf(s, scope.allianceId)(rows);
      return claims.flatMap((claim) => (claim?.status === 'pending' ? [withoutKeys<Claim>(claim)] : []));
    },

    async pendingBy(scope, claimantTenantId) {
      const s = await session(scope);
      const partition = alliancePartition(scope.allianceId);
      const rows = await all(s, {
        TableName: s.allianceTableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: {
          ':pk': pendingClaimIndexKey(scope.allianceId, claimantTenantId, '').gsi1pk,
        },
      });
      // Only claims stored in this alliance's partition count (see queryPage's ownerPartition).
      return rows.filter((row) => row.pk === partition).map((row) => withoutKeys<Claim>(row));
    },

    async create(scope, claim, item, today, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        ...newClaimOps(table, claim),
        itemClaimOpenedOp(table, item, claim, today),
        ...(claim.claimantUnitId === undefined
          ? []
          : [
              ownMemberUnitCheck(
                table,
                scope.allianceId,
                claim.claimantUnitId,
                claim.claimantTenantId,
                'claimantUnitId',
              ),
            ]),
        ...statOps(table, scope.allianceId, claimStatDeltas(undefined, claim)),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta, { type: 'claim', body: claim }),
      ]);
    },

    async decide(scope, decision, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        putClaimOp(table, decision.before, decision.after, claimRefusal),
        itemClaimDecidedOp(table, decision),
        ...statOps(table, scope.allianceId, claimDecisionStatDeltas(decision)),
        ...(decision.accepted
          ? [
              ...entryOps(table, decision.item, decision.accepted.itemAfter),
              ...listItemMatchOps(table, decision.item, decision.accepted.itemAfter),
            ]
          : []),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },
  };
};
