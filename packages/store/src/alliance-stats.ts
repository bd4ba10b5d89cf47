// The alliance counters (see `StatDelta` in core): applied with ADD inside the writes' own transactions, read
// with one query per alliance (and month).
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StatDelta, StatsRepository, TenantStats } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';
import { alliancePartition, allianceStatKey, allianceStatPrefix } from './keys.ts';
import type { TransactOp } from './transact.ts';

/**
 * Each counter is a flat attribute `counters.<name>` (named through ExpressionAttributeNames, so the dots and
 * Chinese units are literal): ADD creates it at its first delta, where a map path would need the map first.
 */
const COUNTERS = 'counters';

/**
 * The operations that apply `deltas`: one update per counter row (a transaction may touch an item once), with
 * deltas on the same counter summed and zero sums dropped. Each row is created by its first delta.
 */
export const statOps = (
  tableName: string,
  allianceId: string,
  deltas: readonly StatDelta[],
): TransactOp[] => {
  const rows = new Map<string, { tenantId: string; month?: string; sums: Map<string, number> }>();
  for (const { tenantId, month, counter, by } of deltas) {
    const rowId = `${month ?? ''}|${tenantId}`;
    let row = rows.get(rowId);
    if (!row) {
      row = { tenantId, ...(month ? { month } : {}), sums: new Map() };
      rows.set(rowId, row);
    }
    row.sums.set(counter, (row.sums.get(counter) ?? 0) + by);
  }
  const ops: TransactOp[] = [];
  for (const { tenantId, month, sums } of rows.values()) {
    const moved = [...sums].filter(([, by]) => by !== 0);
    if (moved.length === 0) continue;
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':tenant': tenantId, ':type': 'ALLIANCE_STAT' };
    const adds = moved.map(([counter, by], index) => {
      names[`#c${index}`] = `${COUNTERS}.${counter}`;
      values[`:c${index}`] = by;
      return `#c${index} :c${index}`;
    });
    ops.push({
      item: {
        Update: {
          TableName: tableName,
          Key: allianceStatKey(allianceId, tenantId, month),
          UpdateExpression: `SET tenantId = :tenant, #type = :type ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: { '#type': 'type', ...names },
          ExpressionAttributeValues: values,
        },
      },
    });
  }
  return ops;
};

const PREFIX_LENGTH = COUNTERS.length + 1;

const statsOf = (item: Record<string, unknown>): TenantStats =>
  Object.fromEntries(
    Object.entries(item)
      .filter(([name, value]) => name.startsWith(`${COUNTERS}.`) && typeof value === 'number')
      .map(([name, value]) => [name.slice(PREFIX_LENGTH), value as number]),
  );

export const createStatsRepository = (store: StoreContext): StatsRepository => ({
  async read({ allianceId, tenantId }, month) {
    const s = tenantId === undefined ? store : await store.tenant(tenantId, [allianceId]);
    const stats = new Map<string, TenantStats>();
    let start: Record<string, unknown> | undefined;
    // One page in practice (a row per member tenant); followed to the end all the same.
    do {
      const page = await s.doc.send(
        new QueryCommand({
          ...prefixQuery(s.allianceTableName, alliancePartition(allianceId), allianceStatPrefix(month)),
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) stats.set(String(item.tenantId), statsOf(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return stats;
  },
});
