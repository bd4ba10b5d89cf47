// Audit entries: written in the same transaction as the change they record, read newest first.
import type { AuditEntry, AuditRepository } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { AUDIT_PREFIX, auditKey, auditPartition } from './keys.ts';
import { queryPage } from './query.ts';
import type { TransactOp } from './transact.ts';

/** The Put that records `entry` in the partition of the tenant that owns the change. */
export const putAuditOp = (
  store: Pick<StoreContext, 'tableName'>,
  ownerTenantId: string | null,
  entry: AuditEntry,
): TransactOp => ({
  item: {
    Put: {
      TableName: store.tableName,
      Item: { ...auditKey(ownerTenantId, entry.id), type: 'AUDIT', ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
});

export const createAuditRepository = (store: StoreContext): AuditRepository => ({
  // A tenant's trail is read with its own session; the platform's (tenantId null) with the platform context.
  list: async (tenantId, query) =>
    queryPage<AuditEntry>(tenantId === null ? store : await store.tenant(tenantId), {
      name: 'audit.list',
      partition: auditPartition(tenantId),
      skPrefix: AUDIT_PREFIX,
      newestFirst: true,
      ...query,
    }),
});
