// Rules for a tenant's organisation tree: same-tenant parents, no cycles, no orphaned children.
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import type { StoredUnit, UnitRepository, UnitTransition } from '../units/repository.ts';
import type { OrgRepository } from './repository.ts';
import type { CreateOrg, ListOrgsQuery, Org, UpdateOrg } from './schema.ts';

/** Deeper than any real Party hierarchy; bounds the ancestor walk. */
const MAX_DEPTH = 32;
const OPTIONAL_FIELDS = ['parentId', 'establishedOn', 'secretaryName', 'town', 'hostUnitIds'] as const;

export interface OrgService {
  create(ctx: WriteContext, tenantId: string, input: CreateOrg): Promise<Org>;
  get(tenantId: string, orgId: string): Promise<Org>;
  list(tenantId: string, query: ListOrgsQuery): Promise<Page<Org>>;
  update(
    ctx: WriteContext,
    tenantId: string,
    orgId: string,
    expectedVersion: number,
    patch: UpdateOrg,
  ): Promise<Org>;
  remove(ctx: WriteContext, tenantId: string, orgId: string, expectedVersion: number): Promise<void>;
}

export const createOrgService = (repo: OrgRepository, units: UnitRepository): OrgService => {
  /**
   * The host units whose organisation count moves when the hosts change from `before` to `after`: a unit
   * gaining its first organisation becomes covered, one losing its last is no longer.
   */
  const hostTransitions = async (
    tenantId: string,
    before: readonly string[] = [],
    after: readonly string[] = [],
  ): Promise<UnitTransition[]> => {
    const gained = after.filter((id) => !before.includes(id));
    const lost = before.filter((id) => !after.includes(id));
    const moved = async (unitId: string, delta: 1 | -1): Promise<UnitTransition> => {
      const unit = await units.get(tenantId, unitId);
      if (!unit) {
        if (delta === 1) throw new DomainError('org.hostNotFound', { unitId });
        return {}; // a lost host that no longer exists has nothing to update
      }
      const orgCount = Math.max(0, unit.orgCount + delta);
      const next: StoredUnit = { ...unit, orgCount, hasPartyOrg: orgCount > 0, rev: unit.rev + 1 };
      return { before: unit, after: next };
    };
    const transitions = await Promise.all([
      ...gained.map((id) => moved(id, 1)),
      ...lost.map((id) => moved(id, -1)),
    ]);
    return transitions.filter((transition) => transition.before);
  };

  const get = async (tenantId: string, orgId: string): Promise<Org> => {
    const org = await repo.get(tenantId, orgId);
    if (!org) throw new DomainError('resource.notFound');
    return org;
  };

  /** The chain from `parentId` up to the root; fails if `orgId` is on it (a move under itself). */
  const ancestorsOf = async (tenantId: string, orgId: string, parentId: string): Promise<Org[]> => {
    const chain: Org[] = [];
    let nextId: string | undefined = parentId;
    while (nextId !== undefined) {
      if (nextId === orgId) throw new DomainError('org.cycle');
      if (chain.length >= MAX_DEPTH) throw new DomainError('org.cycle');
      const ancestor = await repo.get(tenantId, nextId);
      if (!ancestor) throw new DomainError('org.parentNotFound');
      chain.push(ancestor);
      nextId = ancestor.parentId;
    }
    return chain;
  };

  return {
    get,

    list: (tenantId, query) =>
      repo.list(tenantId, {
        limit: query.limit,
        ...(query.parentId === undefined ? {} : { parentId: query.parentId }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      }),

    create: (ctx, tenantId, input) =>
      retryOnConflict(async () => {
        const org: Org = newResource(ctx, { ...input, childCount: 0 });
        const audit = auditEntry(
          ctx,
          'org.created',
          { type: 'org', id: org.id, version: 1 },
          Object.keys(input),
        );
        const hosts = await hostTransitions(tenantId, [], org.hostUnitIds);
        await repo.create(tenantId, org, writeMeta(ctx, audit), hosts);
        return org;
      }),

    update: (ctx, tenantId, orgId, expectedVersion, patch) =>
      retryOnConflict(async () => {
        const current = await get(tenantId, orgId);
        if (current.version !== expectedVersion) throw new DomainError('version.mismatch');

        const { next, removed } = mergePatched(ctx, current, patch, OPTIONAL_FIELDS);

        const moved = next.parentId !== current.parentId;
        const ancestors = moved && next.parentId ? await ancestorsOf(tenantId, orgId, next.parentId) : [];
        const changes = Object.keys(patch).filter((field) => patch[field as keyof UpdateOrg] !== undefined);
        const audit = auditEntry(
          ctx,
          'org.updated',
          { type: 'org', id: orgId, version: next.version },
          changes,
        );
        await repo.update(
          tenantId,
          {
            expectedVersion,
            next,
            removed,
            ...(moved ? { move: { from: current.parentId, to: next.parentId }, ancestors } : {}),
            hosts: await hostTransitions(tenantId, current.hostUnitIds, next.hostUnitIds),
          },
          writeMeta(ctx, audit),
        );
        return next;
      }),

    remove: (ctx, tenantId, orgId, expectedVersion) =>
      retryOnConflict(async () => {
        const current = await get(tenantId, orgId);
        if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
        if (current.childCount > 0) throw new DomainError('org.hasChildren', { count: current.childCount });
        const audit = auditEntry(ctx, 'org.deleted', { type: 'org', id: orgId });
        const hosts = await hostTransitions(tenantId, current.hostUnitIds, []);
        await repo.remove(tenantId, current, expectedVersion, writeMeta(ctx, audit), hosts);
      }),
  };
};
