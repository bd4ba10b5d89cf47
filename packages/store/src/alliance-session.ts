// Reaching an alliance's partition. Workspace routes act through the caller's tenant session (in AWS its role
// session, limited to its own partitions and this alliance's): `tableName` holds the caller's partition (audit,
// idempotency), `allianceTableName` the alliance's items. Departure steps act with the platform's own access.
import { type AllianceWriteMeta, DomainError } from '@lianjian/core';
import { allianceWriteMetaOps, putFeedEventOp } from './alliance-meta.ts';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { allianceMemberKey, memberUnitKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

export interface AllianceScopeRef {
  readonly allianceId: string;
  readonly tenantId: string;
}

/** The caller's session for one alliance. */
export const allianceSession = (platform: StoreContext, scope: AllianceScopeRef): Promise<StoreContext> =>
  platform.tenant(scope.tenantId, [scope.allianceId]);

/** The same session aimed at the alliance table, for paged queries of the alliance partition. */
export const onAllianceTable = (s: StoreContext): StoreContext =>
  s.tableName === s.allianceTableName ? s : { ...s, tableName: s.allianceTableName, items: s.allianceItems };

/** Checks in the write itself that `tenantId` is an active member (it may leave meanwhile). */
export const activeMemberCheck = (
  allianceTableName: string,
  allianceId: string,
  tenantId: string,
  onFailure: () => DomainError = () => new DomainError('alliance.tenantNotMember', { tenantId }),
): TransactOp => ({
  item: {
    ConditionCheck: {
      TableName: allianceTableName,
      Key: allianceMemberKey(allianceId, tenantId),
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active' },
    },
  },
  onConditionFailed: onFailure,
});

/**
 * A member unit the write names (an item's owning unit, a claimant's unit) exists in the alliance and belongs to
 * `ownerTenantId`: checked in the write's transaction, so a unit withdrawn meanwhile is caught too.
 */
export const ownMemberUnitCheck = (
  allianceTableName: string,
  allianceId: string,
  memberUnitId: string,
  ownerTenantId: string,
  field: string,
): TransactOp => ({
  item: {
    ConditionCheck: {
      TableName: allianceTableName,
      Key: memberUnitKey(allianceId, memberUnitId),
      ConditionExpression: 'ownerTenantId = :owner',
      ExpressionAttributeValues: { ':owner': ownerTenantId },
    },
  },
  onConditionFailed: () => new DomainError('memberUnit.notOwn', { field, memberUnitId }),
});

/**
 * The audit entry and feed event of a departure step, written with the platform's access. The actor is the
 * secretariat (removal), the departing tenant (leaving) or a platform operator (offboarding: no tenant, so
 * the entry goes to the platform's audit trail).
 */
export const departureMetaOps = (
  platform: StoreContext,
  allianceId: string,
  meta: AllianceWriteMeta,
): TransactOp[] => {
  const actor = meta.audit.actor.tenantId;
  if (actor !== null)
    return allianceWriteMetaOps(
      { tableName: platform.tenantTableName(actor), allianceTableName: platform.allianceTableName },
      allianceId,
      { audit: meta.audit, event: meta.event },
    );
  return [
    putAuditOp(platform, null, meta.audit),
    putFeedEventOp(platform.allianceTableName, allianceId, meta.event),
  ];
};

/** Runs a departure write; one that finds its item already gone (an earlier run) has nothing left to do. */
export const unlessGone = async (write: () => Promise<void>): Promise<void> => {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'resource.notFound')) throw error;
  }
};
