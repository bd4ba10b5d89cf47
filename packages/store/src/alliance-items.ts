// The alliance's list items (resources, needs, projects) in its partition, read and written through the
// caller's tenant session (its own partition for the audit, the alliance's for the rest).
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  claimStatDeltas,
  DomainError,
  itemStatDeltas,
  type ListRepository,
  type ListScope,
  linkRefusal,
  type StoredListItem,
  shanghaiDate,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { ownMemberUnitCheck } from './alliance-session.ts';
import { statOps } from './alliance-stats.ts';
import { putClaimOp } from './claim-ops.ts';
import type { StoreContext } from './context.ts';
import { filteredPage, type Row } from './filtered-page.ts';
import { prefixQuery } from './key-range.ts';
import { alliancePartition, listEntryPrefix, listItemKey, withoutKeys } from './keys.ts';
import { entryOps } from './list-entries.ts';
import { putItemOp, updateItemOp } from './list-item-ops.ts';
import { type ListPlan, matchesText, planItemList, planOpenItems } from './list-plan.ts';
import { listItemMatchOps } from './match-index.ts';
import { transact } from './transact.ts';

const conflict = () => new DomainError('write.conflict');

export const createListRepository = (platform: StoreContext): ListRepository => {
  const session = (scope: ListScope) => platform.tenant(scope.tenantId, [scope.allianceId]);
  const tables = (s: StoreContext) => ({ tableName: s.tableName, allianceTableName: s.allianceTableName });

  const itemsOf =
    (s: StoreContext, allianceId: string, kind: string) =>
    (rows: Row[]): Promise<(Row | undefined)[]> =>
      Promise.all(rows.map((row) => s.allianceItems.get(listItemKey(allianceId, kind, String(row.itemId)))));

  const pageOf = async (
    s: StoreContext,
    scope: ListScope,
    kind: string,
    plan: ListPlan,
    binding: string,
    page: { limit: number; cursor?: string | undefined },
    accept?: (item: Row) => boolean,
  ) => {
    const found = await filteredPage(s, {
      binding,
      tableName: s.allianceTableName,
      partition: alliancePartition(scope.allianceId),
      prefix: plan.prefix,
      newestFirst: true,
      filter: plan.filter,
      resolve: plan.viaEntries ? itemsOf(s, scope.allianceId, kind) : async (rows) => rows,
      accept,
      limit: page.limit,
      cursor: page.cursor,
    });
    const items = found.items.map((item) => withoutKeys<StoredListItem>(item));
    return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
  };

  return {
    async get(scope, kind, itemId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(listItemKey(scope.allianceId, kind, itemId));
      return item ? withoutKeys<StoredListItem>(item) : undefined;
    },

    async list(scope, kind, filter, page) {
      const s = await session(scope);
      const plan = planItemList(kind, filter, scope.tenantId);
      const { today: _today, ...bound } = filter;
      const binding = `lists.${kind}|${scope.allianceId}|${scope.tenantId}|${JSON.stringify(bound)}`;
      return pageOf(s, scope, kind, plan, binding, page, filter.text ? matchesText(filter.text) : undefined);
    },

    async openItems(scope, kind, page) {
      const s = await session(scope);
      const plan = planOpenItems(kind, shanghaiDate(new Date()));
      return pageOf(s, scope, kind, plan, `lists.open.${kind}|${scope.allianceId}`, page);
    },

    async ownedBy(scope, kind, ownerTenantId) {
      const s = await session(scope);
      const rows: Row[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await s.doc.send(
          new QueryCommand({
            ...prefixQuery(
              s.allianceTableName,
              alliancePartition(scope.allianceId),
              listEntryPrefix(kind, { by: 'owner', value: ownerTenantId }),
            ),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        rows.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      const items = await itemsOf(s, scope.allianceId, kind)(rows);
      return items.flatMap((item) => (item ? [withoutKeys<StoredListItem>(item)] : []));
    },

    async create(scope, item, response, meta, linked = []) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        putItemOp(table, item),
        ...entryOps(table, undefined, item),
        ...listItemMatchOps(table, undefined, item),
        ...statOps(table, scope.allianceId, itemStatDeltas(undefined, item)),
        ...(item.ownerUnitId === undefined
          ? []
          : [
              ownMemberUnitCheck(
                table,
                scope.allianceId,
                item.ownerUnitId,
                item.ownerTenantId,
                'ownerUnitId',
              ),
            ]),
        ...linked.map(({ before, after }) => putClaimOp(table, before, after, linkRefusal)),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta, { type: item.kind, body: response }),
      ]);
    },

    async update(scope, change, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        updateItemOp(table, change),
        ...(change.after.ownerUnitId === undefined || change.after.ownerUnitId === change.before.ownerUnitId
          ? []
          : [
              ownMemberUnitCheck(
                table,
                scope.allianceId,
                change.after.ownerUnitId,
                change.after.ownerTenantId,
                'ownerUnitId',
              ),
            ]),
        ...entryOps(table, change.before, change.after),
        ...listItemMatchOps(table, change.before, change.after),
        ...(change.dropped ?? []).map(({ before, after }) => putClaimOp(table, before, after, conflict)),
        ...statOps(table, scope.allianceId, [
          ...itemStatDeltas(change.before, change.after),
          ...(change.dropped ?? []).flatMap(({ before, after }) => claimStatDeltas(before, after)),
        ]),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },
  };
};
