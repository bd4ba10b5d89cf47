// Organisations in the tenant partition, with a parent index and a child count kept by the writes. Every
// operation runs on the tenant's own context (its role session and table in AWS); a write's audit entry and
// idempotency record live in the same partition, so one transaction stays within what that session may do.
import { DomainError, type Org, type OrgRepository, type WriteMeta } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { ORG_PREFIX, orgKey, orgParentIndexKey, tenantPartition, withoutKeys } from './keys.ts';
import { queryPage } from './query.ts';
import { type TransactOp, transact } from './transact.ts';
import { unitTransitionOps } from './unit-state.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure, writeMetaOps } from './write-meta.ts';

const orgItem = (tenantId: string, org: Org) => ({
  ...orgKey(tenantId, org.id),
  ...orgParentIndexKey(tenantId, org.parentId, org.id),
  type: 'ORG',
  ...org,
});

/** Adds `delta` to a parent's child count; adding requires the parent to exist. */
const childCountOp = (
  store: StoreContext,
  tenantId: string,
  parentId: string,
  delta: 1 | -1,
): TransactOp => ({
  item: {
    Update: {
      TableName: store.tableName,
      Key: orgKey(tenantId, parentId),
      UpdateExpression: 'ADD childCount :delta',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':delta': delta },
    },
  },
  onConditionFailed: () => new DomainError('org.parentNotFound'),
});

const metaOps = (store: StoreContext, tenantId: string, meta: WriteMeta, created?: Org): TransactOp[] =>
  writeMetaOps(store, tenantId, meta, created && { type: 'org', body: created });

export const createOrgRepository = (platform: StoreContext): OrgRepository => ({
  async get(tenantId, orgId) {
    const s = await platform.tenant(tenantId);
    const item = await s.items.get(orgKey(tenantId, orgId));
    return item ? withoutKeys<Org>(item) : undefined;
  },

  async list(tenantId, { parentId, limit, cursor }) {
    const s = await platform.tenant(tenantId);
    if (parentId === undefined) {
      return queryPage<Org>(s, {
        name: 'orgs.all',
        partition: orgKey(tenantId, '').pk,
        skPrefix: ORG_PREFIX,
        limit,
        cursor,
      });
    }
    const { gsi1pk } = orgParentIndexKey(tenantId, parentId, '');
    return queryPage<Org>(s, {
      name: 'orgs.byParent',
      partition: gsi1pk,
      skPrefix: ORG_PREFIX,
      index: 'gsi1',
      ownerPartition: tenantPartition(tenantId),
      limit,
      cursor,
    });
  },

  async create(tenantId, org, meta, hosts = []) {
    const s = await platform.tenant(tenantId);
    const ops: TransactOp[] = [
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: orgItem(tenantId, org),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...(org.parentId ? [childCountOp(s, tenantId, org.parentId, 1)] : []),
      ...unitTransitionOps(s, tenantId, hosts),
      ...metaOps(s, tenantId, meta, org),
    ];
    await transact(s, ops);
  },

  async update(tenantId, change, meta) {
    const s = await platform.tenant(tenantId);
    const { next, expectedVersion, removed, move, ancestors = [], hosts = [] } = change;
    const {
      pk: _pk,
      sk: _sk,
      childCount: _kept,
      id: _id,
      createdAt: _created,
      ...fields
    } = orgItem(tenantId, next);
    const ops: TransactOp[] = [
      {
        item: {
          Update: {
            TableName: s.tableName,
            Key: orgKey(tenantId, next.id),
            // The child count is left alone: concurrent child writes keep it, and it is not the client's to set.
            ...versionedUpdate(fields, removed, expectedVersion),
          },
        },
        onConditionFailed: versionFailure,
      },
      ...(move?.from ? [childCountOp(s, tenantId, move.from, -1)] : []),
      ...(move?.to ? [childCountOp(s, tenantId, move.to, 1)] : []),
      // A concurrent move of an ancestor could otherwise close a cycle.
      ...ancestors
        .filter((ancestor) => ancestor.id !== move?.to && ancestor.id !== move?.from)
        .map(
          (ancestor): TransactOp => ({
            item: {
              ConditionCheck: {
                TableName: s.tableName,
                Key: orgKey(tenantId, ancestor.id),
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': ancestor.version },
              },
            },
            onConditionFailed: () => new DomainError('write.conflict'),
          }),
        ),
      ...unitTransitionOps(s, tenantId, hosts),
      ...metaOps(s, tenantId, meta),
    ];
    await transact(s, ops);
  },

  async remove(tenantId, org, expectedVersion, meta, hosts = []) {
    const s = await platform.tenant(tenantId);
    const ops: TransactOp[] = [
      {
        item: {
          Delete: {
            TableName: s.tableName,
            Key: orgKey(tenantId, org.id),
            ConditionExpression:
              'version = :expected AND (attribute_not_exists(childCount) OR childCount = :zero)',
            ExpressionAttributeValues: { ':expected': expectedVersion, ':zero': 0 },
          },
        },
        onConditionFailed: (stored) =>
          stored && stored.version === expectedVersion
            ? new DomainError('org.hasChildren', { count: Number(stored.childCount) })
            : versionFailure(stored),
      },
      ...(org.parentId ? [childCountOp(s, tenantId, org.parentId, -1)] : []),
      ...unitTransitionOps(s, tenantId, hosts),
      ...metaOps(s, tenantId, meta),
    ];
    await transact(s, ops);
  },
});
