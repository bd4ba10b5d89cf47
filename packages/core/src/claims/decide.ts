// Ending a pending claim: accepted or declined by the item's owner, withdrawn by the claimant, dropped on
// departure. One transaction moves the claim and the item's counters.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { ListScope } from '../lists/repository.ts';
import type { StoredListItem } from '../lists/schema.ts';
import { type ClaimAction, claimTransition, itemTransition, shanghaiDate } from '../lists/status.ts';
import { nextVersion } from '../lists/view.ts';
import type { WriteContext } from '../shared/write.ts';
import type { ClaimRepository } from './repository.ts';
import { quantityShortfall } from './rules.ts';
import type { Claim } from './schema.ts';

/** The item after an accepted claim: allocated up, remaining down, fulfilled when nothing remains. */
const allocated = (ctx: WriteContext, item: StoredListItem, claim: Claim, today: string): StoredListItem => {
  const shortfall = quantityShortfall(item, claim.quantity, today);
  if (shortfall) throw shortfall;
  const after: StoredListItem = {
    ...item,
    allocated: (item.allocated ?? 0) + claim.quantity,
    pendingClaims: Math.max(0, (item.pendingClaims ?? 0) - 1),
    ...(item.remaining === undefined ? {} : { remaining: item.remaining - claim.quantity }),
  };
  if (after.remaining !== 0) return after;
  return nextVersion(after, ctx.now, {
    status: itemTransition('fulfil', 'open') as StoredListItem['status'],
  });
};

export const decideClaim = async (
  claims: ClaimRepository,
  ctx: WriteContext,
  scope: ListScope,
  claim: Claim,
  item: StoredListItem,
  action: ClaimAction,
  note?: string,
): Promise<Claim> => {
  const today = shanghaiDate(ctx.now);
  const status = claimTransition(action, claim.status);
  const after: Claim = {
    ...nextVersion(claim, ctx.now),
    status,
    decidedAt: ctx.now.toISOString(),
    ...(note === undefined ? {} : { decisionNote: note }),
  };
  const accepted = action === 'accept' ? { itemAfter: allocated(ctx, item, claim, today) } : undefined;
  await claims.decide(
    scope,
    { before: claim, after, item, today, ...(accepted ? { accepted } : {}) },
    allianceWriteMeta(ctx, scope.allianceId, `claim.${status}`, claimSubject(after, item), ['status']),
  );
  return after;
};

/** A claim as a feed subject: titled after its item, unless the item is hidden (every member reads the feed). */
export const claimSubject = (claim: Claim, item: StoredListItem) => ({
  type: 'claim',
  id: claim.id,
  ...(item.hidden ? {} : { title: item.title }),
  version: claim.version,
});
