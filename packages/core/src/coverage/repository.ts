// What the coverage service needs from storage (implemented in @lianjian/store).

import type { WriteMeta } from '../shared/write.ts';
import type { CountDelta, CoverageCategory } from '../units/categories.ts';

export interface StoredTargets {
  readonly targets: Readonly<Record<string, number>>;
  /** 0 before any targets are set. */
  readonly version: number;
}

export interface CoverageRepository {
  /** The counts kept for every category the tenant's units have ever been in (a bounded set). */
  counts(tenantId: string): Promise<Map<CoverageCategory, CountDelta>>;
  targets(tenantId: string): Promise<StoredTargets>;
  /** Fails with `version.mismatch` if the stored version is not `expectedVersion`. */
  putTargets(tenantId: string, next: StoredTargets, expectedVersion: number, meta: WriteMeta): Promise<void>;
}
