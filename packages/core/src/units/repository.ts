// What the unit, chain and organisation services need from storage for units (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { WriteMeta } from '../shared/write.ts';
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
}
