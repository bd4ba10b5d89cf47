// What every alliance write adds to its transaction: the audit entry and idempotency claim in the acting
// tenant's partition, and the feed event in the alliance's partition.
import type { AllianceWriteMeta, FeedEvent } from '@lianjian/core';
import { feedEventKey } from './keys.ts';
import type { TransactOp } from './transact.ts';
import { writeMetaOps } from './write-meta.ts';

/** The tables one alliance write touches: the acting tenant's, and the (pooled) alliance table. */
export interface AllianceWriteTables {
  readonly tableName: string;
  readonly allianceTableName: string;
}

export const putFeedEventOp = (
  allianceTableName: string,
  allianceId: string,
  event: FeedEvent,
): TransactOp => ({
  item: {
    Put: {
      TableName: allianceTableName,
      Item: { ...feedEventKey(allianceId, event.id), type: 'FEED', ...event },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
});

export const allianceWriteMetaOps = (
  tables: AllianceWriteTables,
  allianceId: string,
  meta: AllianceWriteMeta,
  created?: { readonly type: string; readonly body: object },
): TransactOp[] => {
  const actorTenantId = meta.audit.actor.tenantId;
  // Alliance routes are tenant-bound: an actor without a tenant is a wiring mistake, not a client error.
  if (actorTenantId === null) throw new Error('alliance writes need an acting tenant');
  return [
    ...writeMetaOps(tables, actorTenantId, meta, created),
    putFeedEventOp(tables.allianceTableName, allianceId, meta.event),
  ];
};
