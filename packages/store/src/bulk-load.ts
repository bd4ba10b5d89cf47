// Loads many new units into an empty tenant with BatchWriteItem: for benches and large demo data only,
// never a request path. It writes exactly the items the transactional path writes (the same builders in
// unit-state.ts), with the coverage counts summed once at the end instead of updated per unit.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { countDeltas, type StoredUnit } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { coverageCountKey } from './keys.ts';
import { unitTransitionOps } from './unit-state.ts';

const BATCH = 25;
const PARALLEL = 8;

export const bulkLoadNewUnits = async (
  platform: StoreContext,
  tenantId: string,
  units: readonly StoredUnit[],
): Promise<number> => {
  const s = await platform.tenant(tenantId);
  const puts: Record<string, unknown>[] = [];
  for (const unit of units) {
    for (const { item } of unitTransitionOps(s, tenantId, [{ after: unit }])) {
      if (item.Put) puts.push(item.Put.Item as Record<string, unknown>);
    }
  }
  for (const [category, count] of countDeltas(units.map((unit) => ({ after: unit })))) {
    puts.push({ ...coverageCountKey(tenantId, category), type: 'COVERAGE_COUNT', category, ...count });
  }

  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < puts.length; i += BATCH) batches.push(puts.slice(i, i + BATCH));
  const writeBatch = async (batch: Record<string, unknown>[]) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    while (pending.length) {
      const { UnprocessedItems } = await s.doc.send(
        new BatchWriteCommand({ RequestItems: { [s.tableName]: pending } }),
      );
      pending = (UnprocessedItems?.[s.tableName] ?? []) as typeof pending;
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < batches.length) {
        const batch = batches[next++] as Record<string, unknown>[];
        await writeBatch(batch);
      }
    }),
  );
  return puts.length;
};
