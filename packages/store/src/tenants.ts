// The tenant registry: one item per tenant in the platform partition, read on every request.
import { DomainError, type Tenant, type TenantRepository, type WriteMeta } from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { putIdempotencyOp } from './idempotency.ts';
import { TENANT_RECORD_PREFIX, tenantRecordKey, tenantRecordsPartition, withoutKeys } from './keys.ts';
import { queryPage } from './query.ts';
import { type TransactOp, transact } from './transact.ts';

const tenantItem = (tenant: Tenant) => ({ ...tenantRecordKey(tenant.id), type: 'TENANT', ...tenant });

/** Platform writes are audited in the platform partition. */
const metaOps = (store: StoreContext, meta: WriteMeta, created?: Tenant): TransactOp[] => {
  const ops = [putAuditOp(store, null, meta.audit)];
  if (created && meta.idempotency) {
    const { tenantId, sub } = meta.audit.actor;
    ops.push(
      putIdempotencyOp(
        store,
        { tenantId, sub },
        meta.idempotency,
        'tenant',
        created,
        new Date(meta.audit.at),
      ),
    );
  }
  return ops;
};

export const createTenantRepository = (store: StoreContext): TenantRepository => ({
  async get(tenantId) {
    const item = await store.items.get(tenantRecordKey(tenantId));
    return item ? withoutKeys<Tenant>(item) : undefined;
  },

  list: ({ limit, cursor }) =>
    queryPage<Tenant>(store, {
      name: 'tenants.all',
      partition: tenantRecordsPartition(),
      skPrefix: TENANT_RECORD_PREFIX,
      limit,
      cursor,
    }),

  async create(tenant, meta) {
    await transact(store, [
      {
        item: {
          Put: {
            TableName: store.tableName,
            Item: tenantItem(tenant),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DomainError('tenant.exists', { id: tenant.id }),
      },
      ...metaOps(store, meta, tenant),
    ]);
  },

  async update(next, expectedVersion, meta) {
    await transact(store, [
      {
        item: {
          Put: {
            TableName: store.tableName,
            Item: tenantItem(next),
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        onConditionFailed: (stored) => new DomainError(stored ? 'version.mismatch' : 'resource.notFound'),
      },
      ...metaOps(store, meta),
    ]);
  },
});
