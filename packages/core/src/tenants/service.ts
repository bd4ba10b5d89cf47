// The tenant registry: onboarding, the directory partners use to find each other, suspension.
import { DomainError } from '../shared/errors.ts';
import type { Page } from '../shared/schema.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import type { TenantRepository } from './repository.ts';
import { type CreateTenant, provinceOfCode, type Tenant, type UpdateTenant } from './schema.ts';

export interface TenantService {
  create(ctx: WriteContext, input: CreateTenant): Promise<Tenant>;
  get(tenantId: string): Promise<Tenant>;
  /** The tenant or undefined, for the per-request status check. */
  find(tenantId: string): Promise<Tenant | undefined>;
  list(query: { limit: number; cursor?: string }): Promise<Page<Tenant>>;
  update(ctx: WriteContext, tenantId: string, expectedVersion: number, patch: UpdateTenant): Promise<Tenant>;
}

export const createTenantService = (repo: TenantRepository): TenantService => {
  const get = async (tenantId: string): Promise<Tenant> => {
    const tenant = await repo.get(tenantId);
    if (!tenant) throw new DomainError('resource.notFound');
    return tenant;
  };

  return {
    get,
    find: (tenantId) => repo.get(tenantId),
    list: (query) => repo.list(query),

    async create(ctx, input) {
      if (provinceOfCode(input.divisionCode) !== input.province) {
        throw new DomainError(
          'tenant.provinceMismatch',
          { code: input.divisionCode, province: input.province },
          [{ path: 'province', message: `${input.divisionCode} ≠ ${input.province}` }],
        );
      }
      const at = ctx.now.toISOString();
      const tenant: Tenant = { ...input, status: 'active', version: 1, createdAt: at, updatedAt: at };
      const audit = auditEntry(
        ctx,
        'tenant.created',
        { type: 'tenant', id: tenant.id, version: 1 },
        Object.keys(input),
      );
      await repo.create(tenant, writeMeta(ctx, audit));
      return tenant;
    },

    async update(ctx, tenantId, expectedVersion, patch) {
      const current = await get(tenantId);
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
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
      return next;
    },
  };
};
