// The tenant registry: one item per tenant in the platform partition, read on every request.
//
// Everything here runs on the platform context (the function's own role, full table access), never under a
// tenant's session: the registry, platform audit and deletion certificates are PLATFORM# items a tenant
// session may not touch. That includes export and offboarding, which read and delete the tenant's T# items:
// `purgePage` deletes them and counts them on the PLATFORM#DELETIONS certificate in one transaction, which
// no tenant session could run. They address the tenant's own table (its silo table, or the pooled one).
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type DeletionCertificate,
  DomainError,
  type Tenant,
  type TenantRepository,
  type WriteMeta,
} from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { putIdempotencyOp } from './idempotency.ts';
import {
  deletionCertificateKey,
  TENANT_RECORD_PREFIX,
  tenantPartition,
  tenantRecordKey,
  tenantRecordsPartition,
  withoutKeys,
} from './keys.ts';
import { queryPage } from './query.ts';
import { type TransactOp, transact } from './transact.ts';

const EXPORT_PAGE = 200;
const PURGE_PAGE = 99;

const tenantItem = (tenant: Tenant) => ({ ...tenantRecordKey(tenant.id), type: 'TENANT', ...tenant });

/** The registry record replaced only if it is still at the version the caller read. */
const versionedPut = (store: StoreContext, next: Tenant, expectedVersion: number): TransactOp => ({
  item: {
    Put: {
      TableName: store.tableName,
      Item: tenantItem(next),
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':expected': expectedVersion },
    },
  },
  onConditionFailed: (stored) => new DomainError(stored ? 'version.mismatch' : 'resource.notFound'),
});

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
    await transact(store, [versionedPut(store, next, expectedVersion), ...metaOps(store, meta)]);
  },

  async *exportItems(tenantId) {
    const tenantTable = store.tenantTableName(tenantId);
    let start: Record<string, unknown> | undefined;
    do {
      const page = await store.doc.send(
        new QueryCommand({
          TableName: tenantTable,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': tenantPartition(tenantId) },
          ConsistentRead: true,
          Limit: EXPORT_PAGE,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      start = page.LastEvaluatedKey;
      const items = (page.Items ?? []).map((item) => ({
        entity: String(item.type ?? 'UNKNOWN'),
        key: String(item.sk),
        data: withoutKeys<Record<string, unknown>>(item),
      }));
      if (items.length > 0) yield items;
    } while (start);
  },

  async startOffboarding(next, expectedVersion, draft, meta) {
    await transact(store, [
      versionedPut(store, next, expectedVersion),
      {
        item: {
          Put: {
            TableName: store.tableName,
            Item: { ...deletionCertificateKey(next.id), type: 'DELETION_CERTIFICATE', ...draft },
          },
        },
      },
      ...metaOps(store, meta),
    ]);
  },

  async purgePage(tenantId) {
    const tenantTable = store.tenantTableName(tenantId);
    const { Items = [] } = await store.doc.send(
      new QueryCommand({
        TableName: tenantTable,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tenantPartition(tenantId) },
        ProjectionExpression: 'pk, sk, #type',
        ExpressionAttributeNames: { '#type': 'type' },
        ConsistentRead: true,
        Limit: PURGE_PAGE,
      }),
    );
    if (Items.length === 0) return false;
    const counts = new Map<string, number>();
    for (const item of Items) {
      const entity = String(item.type ?? 'UNKNOWN');
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    const names: Record<string, string> = {};
    const values: Record<string, number> = { ':zero': 0, ':total': Items.length };
    const sets = [...counts].map(([entity, count], index) => {
      names[`#e${index}`] = entity;
      values[`:n${index}`] = count;
      return `itemsDeleted.#e${index} = if_not_exists(itemsDeleted.#e${index}, :zero) + :n${index}`;
    });
    // The deletes and their counts commit together: an interrupted offboarding never counts an item twice
    // or misses one. A page is at most 99 deletes, leaving one of the transaction's 100 operations for this.
    await transact(store, [
      ...Items.map((item) => ({
        item: { Delete: { TableName: tenantTable, Key: { pk: item.pk, sk: item.sk } } },
      })),
      {
        item: {
          Update: {
            TableName: store.tableName,
            Key: deletionCertificateKey(tenantId),
            UpdateExpression: `SET ${sets.join(', ')}, totalItemsDeleted = totalItemsDeleted + :total`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
      },
    ]);
    return true;
  },

  async completeOffboarding(next, expectedVersion, completedAt, alliancesLeft, meta) {
    await transact(store, [
      versionedPut(store, next, expectedVersion),
      {
        item: {
          Update: {
            TableName: store.tableName,
            Key: deletionCertificateKey(next.id),
            UpdateExpression: 'SET completedAt = :at, alliancesLeft = list_append(alliancesLeft, :left)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': completedAt, ':left': alliancesLeft },
          },
        },
      },
      ...metaOps(store, meta),
    ]);
  },

  async getCertificate(tenantId) {
    const item = await store.items.get(deletionCertificateKey(tenantId));
    return item ? withoutKeys<DeletionCertificate>(item) : undefined;
  },
});
