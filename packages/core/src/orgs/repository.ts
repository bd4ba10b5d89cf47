// What the organisation service needs from storage (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { WriteMeta } from '../shared/write.ts';
import type { UnitTransition } from '../units/repository.ts';
import type { Org } from './schema.ts';

export interface OrgChange {
  readonly expectedVersion: number;
  /** The organisation as it will be after the change (version and updatedAt included). */
  readonly next: Org;
  /** Optional fields the change removes. */
  readonly removed: readonly (keyof Org)[];
  /** Set when the parent changes: the old and new parent ids (undefined for the root). */
  readonly move?: { readonly from: string | undefined; readonly to: string | undefined };
  /** Ancestors of the new parent as read, checked unchanged in the same transaction. */
  readonly ancestors?: readonly Org[];
  /** Host units gained or lost, with their organisation counts moved (see UnitTransition). */
  readonly hosts?: readonly UnitTransition[];
}

export interface OrgRepository {
  get(tenantId: string, orgId: string): Promise<Org | undefined>;
  list(tenantId: string, query: { parentId?: string; limit: number; cursor?: string }): Promise<Page<Org>>;
  /** Fails with `org.parentNotFound` if `org.parentId` does not exist in the tenant. */
  create(tenantId: string, org: Org, meta: WriteMeta, hosts?: readonly UnitTransition[]): Promise<void>;
  /** Fails with `version.mismatch` if the stored version is not `expectedVersion`. */
  update(tenantId: string, change: OrgChange, meta: WriteMeta): Promise<void>;
  /** Fails with `version.mismatch` or `org.hasChildren`. */
  remove(
    tenantId: string,
    org: Org,
    expectedVersion: number,
    meta: WriteMeta,
    hosts?: readonly UnitTransition[],
  ): Promise<void>;
}
