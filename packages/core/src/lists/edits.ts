// What an owner's edit and the secretariat's moderation make of an item: pure, the service stores the result.
import type { AllianceMembership } from '../alliances/schema.ts';
import { DomainError } from '../shared/errors.ts';
import { mergePatched } from '../shared/resource.ts';
import type { WriteContext } from '../shared/write.ts';
import type { Moderation, StoredListItem, UpdateListItem } from './schema.ts';
import { displayedStatus, itemTransition, shanghaiDate } from './status.ts';
import { nextVersion } from './view.ts';

/** Fields the owner may clear with `null`. */
const OPTIONAL_FIELDS = [
  'description',
  'validUntil',
  'region',
  'contact',
  'ownerUnitId',
  'quantity',
  'quantityUnit',
] as const;

/** The feed action of each moderation, after the item's kind (`need.hidden`). */
export const MODERATED = { close: 'closed', hide: 'hidden', unhide: 'unhidden' } as const;

export const checkValidUntil = (validUntil: string | null | undefined, now: Date) => {
  if (validUntil && validUntil < shanghaiDate(now))
    throw new DomainError('item.validUntilPast', { validUntil });
};

/**
 * The owner's merge patch applied to a stored-open item (an expired one too: moving valid-until on reopens it).
 * A new quantity keeps `remaining` = quantity − allocated; lowering it to exactly `allocated` fulfils the item.
 */
export const editedItem = (ctx: WriteContext, item: StoredListItem, patch: UpdateListItem) => {
  if (item.status !== 'open')
    throw new DomainError('item.notOpen', { status: displayedStatus(item, shanghaiDate(ctx.now)) });
  checkValidUntil(patch.validUntil, ctx.now);
  const { next, removed } = mergePatched(ctx, item, patch, OPTIONAL_FIELDS);
  if (patch.quantity === undefined) return { after: next, removed };
  const { remaining: _old, ...rest } = next;
  if (next.quantity === undefined) return { after: rest, removed };
  const allocated = item.allocated ?? 0;
  if (next.quantity < allocated)
    throw new DomainError('item.quantityBelowAllocated', { quantity: next.quantity, allocated });
  const remaining = next.quantity - allocated;
  const status = remaining === 0 ? itemTransition('fulfil', 'open') : 'open';
  return { after: { ...rest, remaining, status } as StoredListItem, removed };
};

/** The item after a moderation, or undefined when it changes nothing (hiding a hidden item). */
export const moderatedItem = (
  ctx: WriteContext,
  member: Pick<AllianceMembership, 'tenantId'>,
  item: StoredListItem,
  { action, reason }: Moderation,
): StoredListItem | undefined => {
  if (action !== 'close' && item.hidden === (action === 'hide')) return undefined;
  const moderation = { action, reason, byTenantId: member.tenantId, at: ctx.now.toISOString() };
  if (action !== 'close') return nextVersion(item, ctx.now, { moderation, hidden: action === 'hide' });
  const status = itemTransition('close', displayedStatus(item, shanghaiDate(ctx.now)));
  return nextVersion(item, ctx.now, { moderation, status: status as StoredListItem['status'] });
};
