// The status machines of list items and claims, as data: each action, the statuses it may start from, where it
// leads and who takes it. Services look actions up here; the README's tables are these.
import { DomainError } from '../shared/errors.ts';

/** What is stored. `expired` is never stored: an open item past its valid-until date reads as expired. */
export const STORED_ITEM_STATUSES = ['open', 'fulfilled', 'closed', 'withdrawn'] as const;
export const ITEM_STATUSES = [...STORED_ITEM_STATUSES, 'expired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type StoredItemStatus = (typeof STORED_ITEM_STATUSES)[number];

export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
  readonly by: string;
}

/** Hidden is a moderation flag beside the status (hide/unhide), not a status. */
export const ITEM_TRANSITIONS = {
  /** An accepted claim brings `allocated` up to `quantity`, or the owner lowers `quantity` to `allocated`. */
  fulfil: { from: ['open'], to: 'fulfilled', by: 'claims (owner accepting)' },
  /** Computed on read when valid-until has passed. */
  expire: { from: ['open'], to: 'expired', by: 'calendar' },
  /** The owner moves valid-until on (an expired item is still stored as open). */
  extend: { from: ['expired'], to: 'open', by: 'owner' },
  /** Moderation, with a reason. */
  close: { from: ['open', 'expired'], to: 'closed', by: 'secretariat' },
  /** The owner withdraws it, or its tenant leaves the alliance; its pending claims are dropped with it. */
  withdraw: { from: ['open', 'expired'], to: 'withdrawn', by: 'owner or departure' },
} as const satisfies Record<string, Transition<ItemStatus>>;
export type ItemAction = keyof typeof ITEM_TRANSITIONS;

export const CLAIM_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'dropped'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Every decision ends a claim: accepted, declined, withdrawn and dropped are final. */
export const CLAIM_TRANSITIONS = {
  accept: { from: ['pending'], to: 'accepted', by: 'item owner' },
  decline: { from: ['pending'], to: 'declined', by: 'item owner' },
  withdraw: { from: ['pending'], to: 'withdrawn', by: 'claimant' },
  /** The claimant left the alliance, or the item was withdrawn. */
  drop: { from: ['pending'], to: 'dropped', by: 'departure or item withdrawal' },
} as const satisfies Record<string, Transition<ClaimStatus>>;
export type ClaimAction = keyof typeof CLAIM_TRANSITIONS;

/** The status an item action leads to from `status`, or `item.notOpen` when the action may not start there. */
export const itemTransition = (action: ItemAction, status: ItemStatus): ItemStatus => {
  const transition: Transition<ItemStatus> = ITEM_TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DomainError('item.notOpen', { status, action });
  return transition.to;
};

/** The status a claim action leads to from `status`, or `claim.notPending`. */
export const claimTransition = (action: ClaimAction, status: ClaimStatus): ClaimStatus => {
  const transition: Transition<ClaimStatus> = CLAIM_TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DomainError('claim.notPending', { status, action });
  return transition.to;
};

export { shanghaiDate } from '../shared/shanghai-time.ts';

/** What a reader sees: an open item whose last valid day is before `today` is expired. */
export const displayedStatus = (
  item: { readonly status: StoredItemStatus; readonly validUntil?: string | undefined },
  today: string,
): ItemStatus =>
  item.status === 'open' && item.validUntil !== undefined && item.validUntil < today
    ? 'expired'
    : item.status;
