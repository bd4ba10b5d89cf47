// Rules for industry chains: references stay inside the tenant, membership moves coverage counts.

import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import type { StoredUnit, UnitRepository } from '../units/repository.ts';
import type { Unit } from '../units/schema.ts';
import { MAX_CHAINS_PER_UNIT } from '../units/schema.ts';
import { changedFields, publicUnit } from '../units/service.ts';
import { membershipAudit } from './membership-audit.ts';
import type { ChainRepository } from './repository.ts';
import type { Chain, CreateChain, UpdateChain } from './schema.ts';

const OPTIONAL_FIELDS = ['leader', 'leadDepartment', 'leadUnitId', 'servingOrgId', 'description'] as const;

/** Looks up a tenant's organisation; the chain service only needs to know it exists. */
export type OrgExists = (tenantId: string, orgId: string) => Promise<boolean>;

export interface ChainService {
  create(ctx: WriteContext, tenantId: string, input: CreateChain): Promise<Chain>;
  get(tenantId: string, chainId: string): Promise<Chain>;
  list(tenantId: string, query: { limit: number; cursor?: string | undefined }): Promise<Page<Chain>>;
  update(
    ctx: WriteContext,
    tenantId: string,
    chainId: string,
    expectedVersion: number,
    patch: UpdateChain,
  ): Promise<Chain>;
  remove(ctx: WriteContext, tenantId: string, chainId: string, expectedVersion: number): Promise<void>;
  /** Makes the unit a member; adding a member twice changes nothing. */
  addMember(ctx: WriteContext, tenantId: string, chainId: string, unitId: string): Promise<Unit>;
  /** Removes the unit from the chain; removing a non-member changes nothing. */
  removeMember(ctx: WriteContext, tenantId: string, chainId: string, unitId: string): Promise<Unit>;
}

export const createChainService = (
  repo: ChainRepository,
  units: UnitRepository,
  orgExists: OrgExists,
): ChainService => {
  const get = async (tenantId: string, chainId: string): Promise<Chain> => {
    const chain = await repo.get(tenantId, chainId);
    if (!chain) throw new DomainError('resource.notFound');
    return chain;
  };

  const unitOf = async (tenantId: string, unitId: string): Promise<StoredUnit> => {
    const unit = await units.get(tenantId, unitId);
    if (!unit) throw new DomainError('chain.unitNotFound', { unitId });
    return unit;
  };

  /** Referenced units and organisations must be the tenant's own. */
  const checkReferences = async (tenantId: string, fields: Partial<CreateChain>) => {
    if (fields.leadUnitId) await unitOf(tenantId, fields.leadUnitId);
    if (fields.servingOrgId && !(await orgExists(tenantId, fields.servingOrgId)))
      throw new DomainError('chain.orgNotFound', { orgId: fields.servingOrgId });
  };

  const changeMembership = (
    ctx: WriteContext,
    tenantId: string,
    chainId: string,
    unitId: string,
    join: boolean,
  ) =>
    retryOnConflict(async () => {
      await get(tenantId, chainId);
      const unit = await units.get(tenantId, unitId);
      if (!unit) throw new DomainError('resource.notFound');
      if (unit.chainIds.includes(chainId) === join) return publicUnit(unit);
      if (join && unit.chainIds.length >= MAX_CHAINS_PER_UNIT)
        throw new DomainError('chain.tooManyChains', { limit: MAX_CHAINS_PER_UNIT });
      const chainIds = join
        ? [...unit.chainIds, chainId].sort()
        : unit.chainIds.filter((id) => id !== chainId);
      const after: StoredUnit = { ...unit, chainIds, rev: unit.rev + 1 };
      await units.write(tenantId, { before: unit, after }, writeMeta(ctx, membershipAudit(ctx, unit, join)));
      return publicUnit(after);
    });

  return {
    get,
    list: (tenantId, query) => repo.list(tenantId, query),

    async create(ctx, tenantId, input) {
      await checkReferences(tenantId, input);
      const chain: Chain = newResource(ctx, { ...input, memberCount: 0 });
      const audit = auditEntry(
        ctx,
        'chain.created',
        { type: 'chain', id: chain.id, version: 1 },
        Object.keys(input),
      );
      await repo.create(tenantId, chain, writeMeta(ctx, audit));
      return chain;
    },

    async update(ctx, tenantId, chainId, expectedVersion, patch) {
      const current = await get(tenantId, chainId);
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
      await checkReferences(tenantId, {
        ...(patch.leadUnitId ? { leadUnitId: patch.leadUnitId } : {}),
        ...(patch.servingOrgId ? { servingOrgId: patch.servingOrgId } : {}),
      });
      const { next, removed } = mergePatched(ctx, current, patch, OPTIONAL_FIELDS);
      const audit = auditEntry(
        ctx,
        'chain.updated',
        { type: 'chain', id: chainId, version: next.version },
        changedFields(patch),
      );
      await repo.update(tenantId, { expectedVersion, next, removed }, writeMeta(ctx, audit));
      return next;
    },

    async remove(ctx, tenantId, chainId, expectedVersion) {
      const current = await get(tenantId, chainId);
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
      if (current.memberCount > 0) throw new DomainError('chain.hasMembers', { count: current.memberCount });
      const audit = auditEntry(ctx, 'chain.deleted', { type: 'chain', id: chainId });
      await repo.remove(tenantId, chainId, expectedVersion, writeMeta(ctx, audit));
    },

    addMember: (ctx, tenantId, chainId, unitId) => changeMembership(ctx, tenantId, chainId, unitId, true),
    removeMember: (ctx, tenantId, chainId, unitId) => changeMembership(ctx, tenantId, chainId, unitId, false),
  };
};
