// What the list and claim services need from storage for list items (implemented in @lianjian/store).
// Every call names the caller's scope: the store reads and writes the alliance partition through that
// tenant's session (in AWS an IAM session limited to its own partition and that alliance's).
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { Claim } from '../claims/schema.ts';
import type { Page } from '../shared/schema.ts';
import type { ItemCategory, ListItem, ListKind, StoredListItem } from './schema.ts';
import type { ItemStatus } from './status.ts';

/** The caller's tenant in one alliance (an `AllianceMembership` fits). */
export interface ListScope {
  readonly allianceId: string;
  readonly tenantId: string;
}

import type { PageRequest } from '../shared/schema.ts';

export type { PageRequest };

export interface ItemFilter {
  readonly status?: ItemStatus | undefined;
  readonly category?: ItemCategory | undefined;
  readonly owner?: string | undefined;
  /** Matched in code against title, description and tags, within bounded reads. */
  readonly text?: string | undefined;
  /** The secretariat sees hidden items; other members only their own. */
  readonly seesHidden: boolean;
  /** Today in Asia/Shanghai, for `expired`. */
  readonly today: string;
}

/**
 * An item changing: the store writes `after`'s fields conditional on `before.version`, moves its index entries
 * when status, category, hidden or valid-until change, and writes a claim counter (`pendingClaims`, or
 * `remaining` after a quantity change) only on condition that it (or `allocated`) is still as in `before`.
 * Fails with `version.mismatch` / `resource.notFound` on a changed or missing item, `write.conflict` when only
 * a counter moved.
 */
export interface ItemChange {
  readonly before: StoredListItem;
  readonly after: StoredListItem;
  /** Optional fields the change clears. */
  readonly removed: readonly string[];
  /** Pending claims dropped with the change (as they end up), each conditional on its version. */
  readonly dropped?: readonly { readonly before: Claim; readonly after: Claim }[];
}

export interface ListRepository {
  get(scope: ListScope, kind: ListKind, itemId: string): Promise<StoredListItem | undefined>;
  list(
    scope: ListScope,
    kind: ListKind,
    filter: ItemFilter,
    page: PageRequest,
  ): Promise<Page<StoredListItem>>;
  /**
   * Open, unexpired, visible items of a kind, newest first, page by page (for matching). Reads the status
   * index: the cost follows the number of open items, not the alliance's history.
   */
  openItems(scope: ListScope, kind: ListKind, page: PageRequest): Promise<Page<StoredListItem>>;
  /** Every item of `ownerTenantId` of a kind, any status (departure; from the owner index). */
  ownedBy(scope: ListScope, kind: ListKind, ownerTenantId: string): Promise<StoredListItem[]>;
  /**
   * A new item, its index entries and, for a project, the claims it links (each must still be accepted and
   * unlinked: `project.claimLinked` otherwise). `response` is kept for idempotent replays.
   */
  create(
    scope: ListScope,
    item: StoredListItem,
    response: ListItem,
    meta: AllianceWriteMeta,
    linked?: readonly { readonly before: Claim; readonly after: Claim }[],
  ): Promise<void>;
  update(scope: ListScope, change: ItemChange, meta: AllianceWriteMeta): Promise<void>;
}
