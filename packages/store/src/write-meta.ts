// What every tenant write adds to its transaction: the audit entry and, for a retry-safe create, the
// idempotency claim holding the created resource. Both live in the tenant's partition.
import { DomainError, type WriteMeta } from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { putIdempotencyOp } from './idempotency.ts';
import type { TransactOp } from './transact.ts';

export const writeMetaOps = (
  store: Pick<StoreContext, 'tableName'>,
  tenantId: string,
  meta: WriteMeta,
  created?: { readonly type: string; readonly body: object },
): TransactOp[] => {
  const ops = [putAuditOp(store, tenantId, meta.audit)];
  if (created && meta.idempotency) {
    const scope = { tenantId, sub: meta.audit.actor.sub };
    ops.push(
      putIdempotencyOp(store, scope, meta.idempotency, created.type, created.body, new Date(meta.audit.at)),
    );
  }
  return ops;
};

/** Maps a failed version condition to "gone" or "changed", from the item as stored. */
export const versionFailure = (stored: Record<string, unknown> | undefined) =>
  new DomainError(stored ? 'version.mismatch' : 'resource.notFound');
