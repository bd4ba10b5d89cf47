// New units as stored. Imports create them already in their chains, several to a transaction: the same units,
// counts and audit entries as `create` followed by one `addMember` per chain, in a fraction of the writes.
import { membershipAudit } from '../chains/membership-audit.ts';
import { newResource } from '../shared/resource.ts';
import { auditEntry, type WriteContext } from '../shared/write.ts';
import { effectiveFlags } from './categories.ts';
import type { StoredUnit, UnitCreation } from './repository.ts';
import type { CreateUnit, Unit } from './schema.ts';

/** A new unit as stored, from validated input, in no chain yet. */
export const newStoredUnit = (ctx: WriteContext, input: CreateUnit): StoredUnit =>
  newResource(ctx, {
    ...input,
    flags: effectiveFlags(input.flags, input.employeeCount),
    chainIds: [],
    orgCount: 0,
    hasPartyOrg: false,
    rev: 1,
  });

/** A unit to create, and the chains it joins as it is created. */
export interface NewUnit {
  readonly input: CreateUnit;
  readonly chainIds: readonly string[];
}

/** New units written together, all or none. */
export interface UnitBatch<T extends NewUnit> {
  readonly units: readonly T[];
  /**
   * Writes the units and answers them as created, in order. Fails whole where one unit would fail alone: a
   * credit code or name claimed meanwhile, a chain deleted meanwhile, a concurrent write (`write.conflict`,
   * safe to retry: nothing was written).
   */
  write(): Promise<Unit[]>;
}

/** The unit as stored and its audit entries: `unit.created`, then `chain.memberAdded` per chain. */
export const unitCreation = (ctx: WriteContext, { input, chainIds }: NewUnit): UnitCreation => {
  const unit = { ...newStoredUnit(ctx, input), chainIds: [...new Set(chainIds)].sort() };
  return {
    unit,
    audit: [
      auditEntry(ctx, 'unit.created', { type: 'unit', id: unit.id, version: 1 }, Object.keys(input)),
      ...unit.chainIds.map(() => membershipAudit(ctx, unit, true)),
    ],
  };
};
