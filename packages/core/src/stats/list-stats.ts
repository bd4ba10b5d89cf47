// The counters list items, claims and member units move (names: see `StatDelta`). Pure: the store adds the
// deltas to the write that causes them.
import type { ClaimDecision } from '../claims/repository.ts';
import type { Claim } from '../claims/schema.ts';
import type { StoredListItem } from '../lists/schema.ts';
import { counted, countedInMonth, type StatDelta, shanghaiMonth, statusMoved } from './deltas.ts';

/** `items.<kind>.<status>` of the owner: an item created (`before` absent) or changing status. */
export const itemStatDeltas = (
  before: StoredListItem | undefined,
  after: StoredListItem | undefined,
): StatDelta[] => {
  const item = after ?? before;
  if (!item) return [];
  return statusMoved(item.ownerTenantId, `items.${item.kind}`, before?.status, after?.status);
};

/**
 * `claims.<status>` of the item's owner (claims its items received: one counter row whatever the number of
 * claimants, so a change dropping many claims stays one transaction), `claimsMade` of the claimant at
 * creation; on acceptance, `board.claimsFulfilled` for the month it is decided, to the tenant that gives: the
 * claimant of a need (it meets it), the owner of a resource (it hands it over).
 */
export const claimStatDeltas = (before: Claim | undefined, after: Claim): StatDelta[] => {
  const deltas = statusMoved(after.itemOwnerTenantId, 'claims', before?.status, after.status);
  if (!before) deltas.push(counted(after.claimantTenantId, 'claimsMade'));
  if (after.status === 'accepted' && before?.status !== 'accepted') {
    const giver = after.itemKind === 'need' ? after.claimantTenantId : after.itemOwnerTenantId;
    const month = shanghaiMonth(after.decidedAt ?? after.updatedAt);
    deltas.push(countedInMonth(giver, 'board.claimsFulfilled', month));
  }
  return deltas;
};

/**
 * A claim answered: the claim's counters, and on acceptance the item's status move and, at its first
 * allocation, `itemsClaimed.<kind>` of the owner (the claim rate: items claimed over items posted).
 */
export const claimDecisionStatDeltas = ({ before, after, item, accepted }: ClaimDecision): StatDelta[] => [
  ...claimStatDeltas(before, after),
  ...(accepted ? itemStatDeltas(item, accepted.itemAfter) : []),
  ...(accepted && !item.allocated ? [counted(item.ownerTenantId, `itemsClaimed.${item.kind}`)] : []),
];
