// What the tenant service needs from storage (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { WriteMeta } from '../shared/write.ts';
import type { DeletionCertificate, Tenant } from './schema.ts';

/** One stored item of a tenant's partition, as the export writes it. */
export interface ExportedItem {
  /** The entity type (`ORG`, `AUDIT`, `IDEM`, …). */
  readonly entity: string;
  /** The item's sort key: its identity inside the tenant's partition. */
  readonly key: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(query: { limit: number; cursor?: string }): Promise<Page<Tenant>>;
  /** Fails with `tenant.exists` if the id is taken. */
  create(tenant: Tenant, meta: WriteMeta): Promise<void>;
  /** Fails with `version.mismatch` if the stored version is not `expectedVersion`. */
  update(next: Tenant, expectedVersion: number, meta: WriteMeta): Promise<void>;

  /** Every item of the tenant's partitions, page by page, in key order. */
  exportItems(tenantId: string): AsyncIterable<readonly ExportedItem[]>;

  /** Moves the tenant to `offboarding` and opens its deletion certificate, in one transaction. */
  startOffboarding(
    next: Tenant,
    expectedVersion: number,
    draft: DeletionCertificate,
    meta: WriteMeta,
  ): Promise<void>;
  /**
   * Deletes one page of the tenant's items and adds their counts to the certificate, atomically, so a
   * resumed offboarding still counts every item once. Returns false when nothing was left to delete.
   */
  purgePage(tenantId: string): Promise<boolean>;
  /** Marks the tenant `deleted` and completes its certificate, in one transaction. */
  completeOffboarding(
    next: Tenant,
    expectedVersion: number,
    completedAt: string,
    /** Alliances left during this run, added to the certificate's list. */
    alliancesLeft: readonly string[],
    meta: WriteMeta,
  ): Promise<void>;
  getCertificate(tenantId: string): Promise<DeletionCertificate | undefined>;
}
