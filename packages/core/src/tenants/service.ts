// The tenant registry and lifecycle: onboarding, the directory partners use to find each other, suspension,
// export and offboarding.
import { DomainError } from '../shared/errors.ts';
import type { Page } from '../shared/schema.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import { exportLines } from './export.ts';
import type { ExportedItem, TenantRepository } from './repository.ts';
import {
  type CreateTenant,
  type DeletionCertificate,
  provinceOfCode,
  type Tenant,
  type UpdateTenant,
} from './schema.ts';
import { outlastLeases, TENANT_STATUS_LEASE_MS } from './status-lease.ts';

export interface Onboarding {
  readonly tenant: Tenant;
  /** False when the call found the tenant already onboarded (a retry). */
  readonly created: boolean;
}

export interface TenantService {
  /**
   * Onboards a tenant: records it `pending`, then activates it. Safe to retry: a tenant already onboarded
   * with the same fields is returned as it is, and one left `pending` by an interrupted call is activated.
   */
  onboard(ctx: WriteContext, input: CreateTenant): Promise<Onboarding>;
  get(tenantId: string): Promise<Tenant>;
  /** The tenant or undefined, for the per-request status check. */
  find(tenantId: string): Promise<Tenant | undefined>;
  list(query: { limit: number; cursor?: string }): Promise<Page<Tenant>>;
  update(ctx: WriteContext, tenantId: string, expectedVersion: number, patch: UpdateTenant): Promise<Tenant>;
  /** The tenant's data as JSON Lines (see export.ts), read as the caller consumes it. */
  exportLines(tenantId: string, exportedAt: Date): Promise<AsyncIterable<string>>;
  /**
   * Offboards a tenant: `offboarding`, every item of its partitions deleted, then `deleted` with a deletion
   * certificate. An interrupted offboarding resumes when called again with the tenant's current version.
   */
  offboard(ctx: WriteContext, tenantId: string, expectedVersion: number): Promise<DeletionCertificate>;
  certificate(tenantId: string): Promise<DeletionCertificate>;
}

const IDENTITY_FIELDS = ['name', 'shortName', 'divisionCode', 'province', 'tier'] as const;
const RETIRED = new Set<Tenant['status']>(['offboarding', 'deleted']);

const sameIdentity = (tenant: Tenant, input: CreateTenant) =>
  IDENTITY_FIELDS.every((field) => tenant[field] === input[field]);

export interface TenantServiceOptions {
  /**
   * Ends the tenant's alliance memberships by the leave rules (rule 5 of the brief), before its own items go;
   * answers the alliances left. Absent: the tenant is in no alliance (tests of the registry alone).
   */
  readonly leaveAlliances?: (ctx: WriteContext, tenantId: string) => Promise<readonly string[]>;
  /** The tenant's records kept in its alliances' partitions (its list items), appended to its export. */
  readonly allianceRecords?: (tenantId: string) => AsyncIterable<readonly ExportedItem[]>;
  /**
   * How long a change that takes a tenant out of `active` waits before it answers, so that no request gate
   * still acts on the `active` it read before (status-lease.ts). @default TENANT_STATUS_LEASE_MS
   */
  readonly statusLeaseMs?: number;
}

export const createTenantService = (
  repo: TenantRepository,
  options: TenantServiceOptions = {},
): TenantService => {
  const statusLeaseMs = options.statusLeaseMs ?? TENANT_STATUS_LEASE_MS;
  /** The commit wait: after this, every request that starts is refused by the tenant gate. */
  const leavingActive = (from: Tenant['status'], to: Tenant['status']) =>
    from === 'active' && to !== 'active' ? outlastLeases(statusLeaseMs) : Promise.resolve();

  async function* withAllianceRecords(tenantId: string): AsyncGenerator<readonly ExportedItem[]> {
    yield* repo.exportItems(tenantId);
    if (options.allianceRecords) yield* options.allianceRecords(tenantId);
  }

  const get = async (tenantId: string): Promise<Tenant> => {
    const tenant = await repo.get(tenantId);
    if (!tenant) throw new DomainError('resource.notFound');
    return tenant;
  };

  const transition = async (
    ctx: WriteContext,
    current: Tenant,
    status: Tenant['status'],
    action: string,
  ): Promise<Tenant> => {
    const next: Tenant = {
      ...current,
      status,
      version: current.version + 1,
      updatedAt: ctx.now.toISOString(),
    };
    const audit = auditEntry(ctx, action, { type: 'tenant', id: current.id, version: next.version }, [
      'status',
    ]);
    await repo.update(next, current.version, writeMeta(ctx, audit));
    return next;
  };

  const onboard = async (ctx: WriteContext, input: CreateTenant, attempt = 0): Promise<Onboarding> => {
    if (provinceOfCode(input.divisionCode) !== input.province) {
      throw new DomainError(
        'tenant.provinceMismatch',
        { code: input.divisionCode, province: input.province },
        [{ path: 'province', message: `${input.divisionCode} ≠ ${input.province}` }],
      );
    }
    const existing = await repo.get(input.id);
    if (existing) {
      if (RETIRED.has(existing.status)) throw new DomainError('tenant.retired', { id: input.id });
      if (!sameIdentity(existing, input)) throw new DomainError('tenant.exists', { id: input.id });
      if (existing.status !== 'pending') return { tenant: existing, created: false };
      return { tenant: await transition(ctx, existing, 'active', 'tenant.activated'), created: true };
    }

    const at = ctx.now.toISOString();
    const pending: Tenant = { ...input, status: 'pending', version: 1, createdAt: at, updatedAt: at };
    const audit = auditEntry(ctx, 'tenant.created', { type: 'tenant', id: input.id, version: 1 }, [
      ...Object.keys(input),
    ]);
    try {
      await repo.create(pending, writeMeta(ctx, audit));
    } catch (error) {
      // A concurrent onboarding of the same tenant won the race: continue from what it wrote.
      if (error instanceof DomainError && error.code === 'tenant.exists' && attempt === 0)
        return onboard(ctx, input, 1);
      throw error;
    }
    return { tenant: await transition(ctx, pending, 'active', 'tenant.activated'), created: true };
  };

  return {
    onboard: (ctx, input) => onboard(ctx, input),
    get,
    find: (tenantId) => repo.get(tenantId),
    list: (query) => repo.list(query),

    async update(ctx, tenantId, expectedVersion, patch) {
      const current = await get(tenantId);
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
      if (patch.status !== undefined && current.status !== 'active' && current.status !== 'suspended') {
        throw new DomainError('tenant.invalidTransition', { from: current.status, to: patch.status });
      }
      if (RETIRED.has(current.status)) throw new DomainError('tenant.retired', { id: tenantId });
      const changes = Object.keys(patch).filter((field) => patch[field as keyof UpdateTenant] !== undefined);
      const next: Tenant = {
        ...current,
        ...patch,
        version: current.version + 1,
        updatedAt: ctx.now.toISOString(),
      };
      const audit = auditEntry(
        ctx,
        'tenant.updated',
        { type: 'tenant', id: tenantId, version: next.version },
        changes,
      );
      await repo.update(next, expectedVersion, writeMeta(ctx, audit));
      await leavingActive(current.status, next.status);
      return next;
    },

    async exportLines(tenantId, exportedAt) {
      const tenant = await get(tenantId);
      if (tenant.status === 'deleted') throw new DomainError('tenant.retired', { id: tenantId });
      return exportLines(tenant, withAllianceRecords(tenantId), exportedAt.toISOString());
    },

    async offboard(ctx, tenantId, expectedVersion) {
      let current = await get(tenantId);
      if (current.status === 'deleted') throw new DomainError('tenant.retired', { id: tenantId });
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');

      if (current.status !== 'offboarding') {
        const at = ctx.now.toISOString();
        const next: Tenant = {
          ...current,
          status: 'offboarding',
          version: current.version + 1,
          updatedAt: at,
        };
        const draft: DeletionCertificate = {
          tenantId,
          tenantName: current.name,
          startedAt: at,
          completedAt: '',
          operator: { sub: ctx.principal.sub, kind: ctx.principal.kind },
          requestId: ctx.requestId,
          itemsDeleted: {},
          totalItemsDeleted: 0,
          // Filled as the alliances are left (below), before the tenant's own items go.
          alliancesLeft: [],
        };
        const audit = auditEntry(ctx, 'tenant.offboardingStarted', {
          type: 'tenant',
          id: tenantId,
          version: next.version,
        });
        await repo.startOffboarding(next, current.version, draft, writeMeta(ctx, audit));
        await leavingActive(current.status, next.status);
        current = next;
      }

      // Leaving first keeps every alliance consistent: its membership, secretariat and counts, and the
      // tenant's open items there withdrawn. A resumed offboarding finds the alliances already left.
      const alliancesLeft = (await options.leaveAlliances?.(ctx, tenantId)) ?? [];

      while (await repo.purgePage(tenantId)) {
        // Each page is deleted and counted atomically; loop until the partition is empty.
      }

      const completedAt = new Date().toISOString();
      const deleted: Tenant = {
        ...current,
        status: 'deleted',
        version: current.version + 1,
        updatedAt: completedAt,
      };
      const audit = auditEntry(ctx, 'tenant.deleted', {
        type: 'tenant',
        id: tenantId,
        version: deleted.version,
      });
      await repo.completeOffboarding(
        deleted,
        current.version,
        completedAt,
        alliancesLeft,
        writeMeta(ctx, audit),
      );
      const certificate = await repo.getCertificate(tenantId);
      if (!certificate) throw new Error(`deletion certificate of ${tenantId} missing after offboarding`);
      return certificate;
    },

    async certificate(tenantId) {
      const certificate = await repo.getCertificate(tenantId);
      if (!certificate?.completedAt) throw new DomainError('resource.notFound');
      return certificate;
    },
  };
};
