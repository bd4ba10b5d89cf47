// What every write carries besides its data: who, when, the audit entry and the idempotency claim.
import { newId } from './ids.ts';
import type { Principal } from './principal.ts';

/** A retry-safe create: the key the client sent and a fingerprint of its request. */
export interface IdempotencyClaim {
  readonly key: string;
  readonly fingerprint: string;
}

export interface WriteContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly now: Date;
  readonly idempotency?: IdempotencyClaim;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  /** Version of the resource after the write; absent for deletions. */
  readonly version?: number;
  /** Names of the fields the write changed. */
  readonly changes: readonly string[];
  readonly actor: {
    readonly sub: string;
    readonly kind: Principal['kind'];
    readonly tenantId: string | null;
  };
  readonly requestId: string;
}

/** Everything the store writes beside the resource, in the same transaction. */
export interface WriteMeta {
  readonly audit: AuditEntry;
  readonly idempotency?: IdempotencyClaim;
}

export const auditEntry = (
  ctx: WriteContext,
  action: string,
  resource: { type: string; id: string; version?: number },
  changes: readonly string[] = [],
): AuditEntry => ({
  id: newId(ctx.now.getTime()),
  at: ctx.now.toISOString(),
  action,
  resourceType: resource.type,
  resourceId: resource.id,
  ...(resource.version === undefined ? {} : { version: resource.version }),
  changes,
  actor: { sub: ctx.principal.sub, kind: ctx.principal.kind, tenantId: ctx.principal.tenantId },
  requestId: ctx.requestId,
});

export const writeMeta = (ctx: WriteContext, audit: AuditEntry): WriteMeta =>
  ctx.idempotency ? { audit, idempotency: ctx.idempotency } : { audit };
