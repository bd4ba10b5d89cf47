// What every alliance write adds to its transaction: the audit entry and idempotency claim in the acting
// tenant's partition, and the feed event in the alliance's partition.
import type { AllianceWriteMeta, FeedEvent } from '@lianjian/core';
import { putAuditOp } from './audit.ts';
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
  // A platform operator acts in an alliance only when offboarding a member: audited in the platform's trail.
  const audit =
    actorTenantId === null
      ? [putAuditOp({ tableName: tables.allianceTableName }, null, meta.audit)]
      : writeMetaOps(tables, actorTenantId, meta, created);
  return [
    ...audit,
    ...[...(meta.alsoEvents ?? []), meta.event].map((event) =>
      putFeedEventOp(tables.allianceTableName, allianceId, event),
    ),
  ];
};
