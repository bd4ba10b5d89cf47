// What the claim service needs from storage (implemented in @lianjian/store). A claim's transaction also moves
// the item's claim counters, conditional on the item still taking it.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { ListScope, PageRequest } from '../lists/repository.ts';
import type { StoredListItem } from '../lists/schema.ts';
import type { Page } from '../shared/schema.ts';
import type { Claim } from './schema.ts';

/**
 * A pending claim ending (accepted, declined, withdrawn or dropped): the claim conditional on its version,
 * the item's pending count down by one and, on acceptance, `allocated` up and `remaining` down by the claimed
 * quantity, conditional on `remaining >= quantity` and the item being open, so concurrent acceptances never
 * over-allocate. An acceptance that fulfils the item also moves it to `fulfilled` (conditional on its version).
 */
export interface ClaimDecision {
  readonly before: Claim;
  readonly after: Claim;
  /** The item as read. */
  readonly item: StoredListItem;
  /** On acceptance: the item as the acceptance leaves it (fulfilled when it reaches its quantity). */
  readonly accepted?: { readonly itemAfter: StoredListItem };
  /** Today in Asia/Shanghai: an expired item takes no acceptance. */
  readonly today: string;
}

export interface ClaimRepository {
  get(scope: ListScope, claimId: string): Promise<Claim | undefined>;
  /** Claims of an item in the order they came; only `claimantTenantId`'s when given. */
  ofItem(
    scope: ListScope,
    itemId: string,
    filter: { readonly claimantTenantId?: string | undefined },
    page: PageRequest,
  ): Promise<Page<Claim>>;
  /** Every pending claim on an item (at most `MAX_PENDING_CLAIMS`). */
  pendingOf(scope: ListScope, itemId: string): Promise<Claim[]>;
  /** Every pending claim a tenant made in the alliance (departure; from the claimant's pending index). */
  pendingBy(scope: ListScope, claimantTenantId: string): Promise<Claim[]>;
  /**
   * Records a pending claim and counts it on the item, conditional on the item being open, unexpired, visible,
   * under `MAX_PENDING_CLAIMS` and (with a quantity) having `remaining >= quantity`.
   */
  create(
    scope: ListScope,
    claim: Claim,
    item: StoredListItem,
    today: string,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  decide(scope: ListScope, decision: ClaimDecision, meta: AllianceWriteMeta): Promise<void>;
}
