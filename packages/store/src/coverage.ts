// Kept coverage counts and targets: the dashboard's reads are one Query of the counts and one target item.
import { type CountDelta, type CoverageRepository, DomainError } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { COVERAGE_COUNT_PREFIX, coverageTargetsKey, tenantPartition } from './keys.ts';
import { queryAll } from './query-all.ts';
import { transact } from './transact.ts';
import { writeMetaOps } from './write-meta.ts';

export const createCoverageRepository = (platform: StoreContext): CoverageRepository => ({
  async counts(tenantId) {
    const s = await platform.tenant(tenantId);
    const counts = new Map<string, CountDelta>();
    for (const item of await queryAll(s, s.tableName, tenantPartition(tenantId), COVERAGE_COUNT_PREFIX)) {
      counts.set(String(item.category), {
        units: Number(item.units ?? 0),
        covered: Number(item.covered ?? 0),
      });
    }
    return counts;
  },

  async targets(tenantId) {
    const s = await platform.tenant(tenantId);
    const item = await s.items.get(coverageTargetsKey(tenantId));
    return item
      ? { targets: item.targets as Record<string, number>, version: Number(item.version) }
      : { targets: {}, version: 0 };
  },

  async putTargets(tenantId, next, expectedVersion, meta) {
    const s = await platform.tenant(tenantId);
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: { ...coverageTargetsKey(tenantId), type: 'COVERAGE_TARGETS', ...next },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
            ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
          },
        },
        onConditionFailed: () => new DomainError('version.mismatch'),
      },
      ...writeMetaOps(s, tenantId, meta),
    ]);
  },
});
