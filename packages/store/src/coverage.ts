// Kept coverage counts and targets: the dashboard's reads are one Query of the counts and one target item.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type CountDelta, type CoverageRepository, DomainError } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';
import { COVERAGE_COUNT_PREFIX, coverageTargetsKey, tenantPartition } from './keys.ts';
import { transact } from './transact.ts';
import { writeMetaOps } from './write-meta.ts';

export const createCoverageRepository = (platform: StoreContext): CoverageRepository => ({
  async counts(tenantId) {
    const s = await platform.tenant(tenantId);
    const counts = new Map<string, CountDelta>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await s.doc.send(
        new QueryCommand({
          ...prefixQuery(s.tableName, tenantPartition(tenantId), COVERAGE_COUNT_PREFIX),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of Items) {
        counts.set(String(item.category), {
          units: Number(item.units ?? 0),
          covered: Number(item.covered ?? 0),
        });
      }
      startKey = LastEvaluatedKey;
    } while (startKey);
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
