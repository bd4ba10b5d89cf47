// Withdrawing an item: by its owner, or by the departure of its owner's tenant. The item and the pending claims
// on it (dropped) change in one transaction.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { ClaimRepository } from '../claims/repository.ts';
import { DomainError } from '../shared/errors.ts';
import type { WriteContext } from '../shared/write.ts';
import type { ListRepository, ListScope } from './repository.ts';
import { isClaimable, type StoredListItem } from './schema.ts';
import { claimTransition, displayedStatus, itemTransition, shanghaiDate } from './status.ts';
import { itemSubject, nextVersion } from './view.ts';

export interface WithdrawalDeps {
  readonly items: ListRepository;
  readonly claims: ClaimRepository;
}

/**
 * Withdraws `item` (as read), dropping its pending claims. `fields` go with it (`fromFormerMember` on
 * departure). A claim made meanwhile moves the item's pending count: `write.conflict`, and the caller retries.
 */
export const withdrawItem = async (
  deps: WithdrawalDeps,
  ctx: WriteContext,
  scope: ListScope,
  item: StoredListItem,
  fields: Partial<StoredListItem> = {},
): Promise<StoredListItem> => {
  const status = itemTransition('withdraw', displayedStatus(item, shanghaiDate(ctx.now)));
  const pending = isClaimable(item.kind) ? await deps.claims.pendingOf(scope, item.id) : [];
  if (pending.length !== (item.pendingClaims ?? 0)) throw new DomainError('write.conflict');
  const after = nextVersion(item, ctx.now, {
    ...fields,
    status,
    ...(isClaimable(item.kind) ? { pendingClaims: 0 } : {}),
  } as Partial<StoredListItem>);
  const at = ctx.now.toISOString();
  const dropped = pending.map((claim) => ({
    before: claim,
    after: { ...nextVersion(claim, ctx.now), status: claimTransition('drop', claim.status), decidedAt: at },
  }));
  await deps.items.update(
    scope,
    { before: item, after, removed: [], dropped },
    allianceWriteMeta(ctx, scope.allianceId, `${item.kind}.withdrawn`, itemSubject(after), [
      'status',
      ...Object.keys(fields),
    ]),
  );
  return after;
};
