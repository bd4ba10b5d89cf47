// Industry chains in the tenant partition; member counts are kept by the unit writes (see unit-state.ts).
import { type Chain, type ChainRepository, DomainError } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { CHAIN_PREFIX, chainKey, tenantPartition, withoutKeys } from './keys.ts';
import { queryPage } from './query.ts';
import { queryAll } from './query-all.ts';
import { transact } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure, writeMetaOps } from './write-meta.ts';

const chainItem = (tenantId: string, chain: Chain) => ({
  ...chainKey(tenantId, chain.id),
  type: 'CHAIN',
  ...chain,
});

export const createChainRepository = (platform: StoreContext): ChainRepository => ({
  async get(tenantId, chainId) {
    const s = await platform.tenant(tenantId);
    const item = await s.items.get(chainKey(tenantId, chainId));
    return item ? withoutKeys<Chain>(item) : undefined;
  },

  async list(tenantId, { limit, cursor }) {
    const s = await platform.tenant(tenantId);
    return queryPage<Chain>(s, {
      name: 'chains.all',
      partition: tenantPartition(tenantId),
      skPrefix: CHAIN_PREFIX,
      limit,
      cursor,
    });
  },

  async all(tenantId) {
    const s = await platform.tenant(tenantId);
    const items = await queryAll(s, s.tableName, tenantPartition(tenantId), CHAIN_PREFIX);
    return items.map((item) => withoutKeys<Chain>(item));
  },

  async create(tenantId, chain, meta) {
    const s = await platform.tenant(tenantId);
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: chainItem(tenantId, chain),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...writeMetaOps(s, tenantId, meta, { type: 'chain', body: chain }),
    ]);
  },

  async update(tenantId, { expectedVersion, next, removed }, meta) {
    const s = await platform.tenant(tenantId);
    // The member count is left alone: membership writes keep it, concurrently with this edit.
    const {
      pk: _pk,
      sk: _sk,
      id: _id,
      createdAt: _c,
      memberCount: _m,
      ...fields
    } = chainItem(tenantId, next);
    await transact(s, [
      {
        item: {
          Update: {
            TableName: s.tableName,
            Key: chainKey(tenantId, next.id),
            ...versionedUpdate(fields, removed, expectedVersion),
          },
        },
        onConditionFailed: versionFailure,
      },
      ...writeMetaOps(s, tenantId, meta),
    ]);
  },

  async remove(tenantId, chainId, expectedVersion, meta) {
    const s = await platform.tenant(tenantId);
    await transact(s, [
      {
        item: {
          Delete: {
            TableName: s.tableName,
            Key: chainKey(tenantId, chainId),
            ConditionExpression: 'version = :expected AND memberCount = :zero',
            ExpressionAttributeValues: { ':expected': expectedVersion, ':zero': 0 },
          },
        },
        onConditionFailed: (stored) =>
          stored && stored.version === expectedVersion
            ? new DomainError('chain.hasMembers', { count: Number(stored.memberCount) })
            : versionFailure(stored),
      },
      ...writeMetaOps(s, tenantId, meta),
    ]);
  },
});
