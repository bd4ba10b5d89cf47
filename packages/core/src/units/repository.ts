// What the unit, chain and organisation services need from storage for units (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { AuditEntry, WriteMeta } from '../shared/write.ts';
import type { ListUnitsQuery, Unit } from './schema.ts';

/**
 * A unit as stored. `rev` is bumped by every change to the unit item (client edits, hosting, chain
 * membership); each write checks the `rev` it read, so counts derived from the unit can never drift.
 */
export interface StoredUnit extends Unit {
  readonly rev: number;
}

/**
 * One unit changing inside a larger write: created (no `before`), changed, or deleted (no `after`).
 * The store writes the unit, moves its index entries and adjusts the coverage counts, all in the same
 * transaction, and fails with `write.conflict` if the unit's `rev` moved since `before` was read.
 */
export interface UnitTransition {
  readonly before?: StoredUnit;
  readonly after?: StoredUnit;
  /** Set for a client edit: the version the client's If-Match named. */
  readonly expectedVersion?: number;
}

/**
 * A new unit and the audit entries its creation records: `unit.created`, then one `chain.memberAdded` per
 * chain it joins as it is created (the entries the same unit made by `create` and `addMember` would leave).
 */
export interface UnitCreation {
  readonly unit: StoredUnit;
  readonly audit: readonly AuditEntry[];
}

export interface UnitRepository {
  get(tenantId: string, unitId: string): Promise<StoredUnit | undefined>;
  list(tenantId: string, query: ListUnitsQuery): Promise<Page<Unit>>;
  /** Units of a category without a Party organisation (the gap list), in id order. */
  listGaps(
    tenantId: string,
    query: { category: string; limit: number; cursor?: string | undefined },
  ): Promise<Page<Unit>>;
  /** Every unit of the tenant, page by page (imports and exports). */
  all(tenantId: string): AsyncIterable<StoredUnit>;
  /**
   * Fails with `unit.creditCodeTaken` / `unit.nameTaken` if another unit has the code or name,
   * `version.mismatch` / `resource.notFound` for a client edit of a changed or missing unit.
   */
  write(tenantId: string, transition: UnitTransition, meta: WriteMeta): Promise<void>;
  /**
   * Splits new units, in order, into groups that each fit one `createMany` (a transaction has at most 100
   * operations, and how many a unit needs depends on its categories and chains).
   */
  groupCreations(tenantId: string, creations: readonly UnitCreation[]): UnitCreation[][];
  /**
   * Writes new units in one transaction: each unit's items, claims and audit entries, and every coverage count
   * and chain member count they move, added to once for the whole group. All or nothing: fails with
   * `unit.creditCodeTaken` / `unit.nameTaken` (claimed meanwhile), `resource.notFound` (a chain was deleted),
   * `write.conflict` (a concurrent transaction) or `write.tooLarge` (more than `groupCreations` puts together).
   */
  createMany(tenantId: string, creations: readonly UnitCreation[]): Promise<void>;
}
