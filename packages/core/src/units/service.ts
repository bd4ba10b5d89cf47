// Rules for a tenant's units: unique credit codes and names, derived flags, and deletions that keep coverage whole.
import { DomainError } from '../shared/errors.ts';
import { mergePatched } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import { effectiveFlags } from './categories.ts';
import { type NewUnit, newStoredUnit, type UnitBatch, unitCreation } from './creation.ts';
import type { StoredUnit, UnitRepository } from './repository.ts';
import {
  type CreateUnit,
  type ListUnitsQuery,
  MAX_CHAINS_PER_UNIT,
  type Unit,
  type UpdateUnit,
} from './schema.ts';

const OPTIONAL_FIELDS = ['ownership', 'creditCode', 'town', 'employeeCount', 'partyMemberCount'] as const;

export interface UnitService {
  create(ctx: WriteContext, tenantId: string, input: CreateUnit): Promise<Unit>;
  /**
   * Plans new units, each joining its chains as it is created, in batches of one transaction each (as many
   * units as fit its operations), in order. Each batch writes what `create` and `addMember` per chain would
   * write for its units, audit entries included, with the counts they share added to once.
   */
  createInBatches<T extends NewUnit>(
    ctx: WriteContext,
    tenantId: string,
    units: readonly T[],
  ): UnitBatch<T>[];
  get(tenantId: string, unitId: string): Promise<Unit>;
  list(tenantId: string, query: ListUnitsQuery): Promise<Page<Unit>>;
  gaps(
    tenantId: string,
    query: { category: string; limit: number; cursor?: string | undefined },
  ): Promise<Page<Unit>>;
  update(
    ctx: WriteContext,
    tenantId: string,
    unitId: string,
    expectedVersion: number,
    patch: UpdateUnit,
  ): Promise<Unit>;
  remove(ctx: WriteContext, tenantId: string, unitId: string, expectedVersion: number): Promise<void>;
}

/** The unit as clients see it: without the internal revision. */
export const publicUnit = ({ rev: _rev, ...unit }: StoredUnit): Unit => unit;

/** The unit after a client's merge patch (version and revision bumped). */
export const patchedUnit = (ctx: WriteContext, current: StoredUnit, patch: UpdateUnit): StoredUnit => {
  const { next } = mergePatched(ctx, current, patch, OPTIONAL_FIELDS);
  return {
    ...next,
    rev: current.rev + 1,
    flags: effectiveFlags(patch.flags ?? current.flags, next.employeeCount),
  };
};

export const changedFields = (patch: object): string[] =>
  Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);

export const createUnitService = (repo: UnitRepository): UnitService => {
  const getStored = async (tenantId: string, unitId: string): Promise<StoredUnit> => {
    const unit = await repo.get(tenantId, unitId);
    if (!unit) throw new DomainError('resource.notFound');
    return unit;
  };

  return {
    get: async (tenantId, unitId) => publicUnit(await getStored(tenantId, unitId)),
    list: (tenantId, query) => repo.list(tenantId, query),
    gaps: (tenantId, query) => repo.listGaps(tenantId, query),

    createInBatches(ctx, tenantId, units) {
      const creations = new Map(units.map((unit) => [unitCreation(ctx, unit), unit]));
      return repo.groupCreations(tenantId, [...creations.keys()]).map((group) => ({
        units: group.map((creation) => creations.get(creation) as (typeof units)[number]),
        async write() {
          if (group.some(({ unit }) => unit.chainIds.length > MAX_CHAINS_PER_UNIT))
            throw new DomainError('chain.tooManyChains', { limit: MAX_CHAINS_PER_UNIT });
          await repo.createMany(tenantId, group);
          return group.map(({ unit }) => publicUnit(unit));
        },
      }));
    },

    async create(ctx, tenantId, input) {
      const unit = newStoredUnit(ctx, input);
      const audit = auditEntry(
        ctx,
        'unit.created',
        { type: 'unit', id: unit.id, version: 1 },
        Object.keys(input),
      );
      await repo.write(tenantId, { after: unit }, writeMeta(ctx, audit));
      return publicUnit(unit);
    },

    update: (ctx, tenantId, unitId, expectedVersion, patch) =>
      // Hosting and chain membership change the unit without a new version; re-read and re-apply then.
      retryOnConflict(async () => {
        const current = await getStored(tenantId, unitId);
        if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
        const next = patchedUnit(ctx, current, patch);
        const audit = auditEntry(
          ctx,
          'unit.updated',
          { type: 'unit', id: unitId, version: next.version },
          changedFields(patch),
        );
        await repo.write(tenantId, { before: current, after: next, expectedVersion }, writeMeta(ctx, audit));
        return publicUnit(next);
      }),

    remove: (ctx, tenantId, unitId, expectedVersion) =>
      retryOnConflict(async () => {
        const current = await getStored(tenantId, unitId);
        if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
        if (current.orgCount > 0) throw new DomainError('unit.hostsOrgs', { count: current.orgCount });
        const audit = auditEntry(ctx, 'unit.deleted', { type: 'unit', id: unitId });
        await repo.write(tenantId, { before: current, expectedVersion }, writeMeta(ctx, audit));
      }),
  };
};
