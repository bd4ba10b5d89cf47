// Why an item refused a claim or an acceptance, told from the item as stored when a condition failed.

import type { StoredListItem } from '../lists/schema.ts';
import { displayedStatus } from '../lists/status.ts';
import { DomainError } from '../shared/errors.ts';
import { MAX_PENDING_CLAIMS } from './schema.ts';

/**
 * Why an item cannot take `quantity` more now: fulfilled or short (`claim.quantityExhausted`), or not open
 * (`item.notOpen`); undefined when it can.
 */
export const quantityShortfall = (
  item: StoredListItem,
  quantity: number,
  today: string,
): DomainError | undefined => {
  const status = displayedStatus(item, today);
  const remaining = item.remaining ?? Number.POSITIVE_INFINITY;
  if (status === 'fulfilled' || (status === 'open' && remaining < quantity))
    return new DomainError('claim.quantityExhausted', {
      remaining: status === 'fulfilled' ? 0 : remaining,
      quantity,
    });
  if (status !== 'open') return new DomainError('item.notOpen', { status });
  return undefined;
};

/**
 * The error for a failed item condition. `opening`: a new claim (which also needs the item visible and under
 * the pending limit); otherwise an acceptance. Anything else moved concurrently: `write.conflict` (retried).
 */
export const itemRefusal = (
  stored: StoredListItem | undefined,
  quantity: number,
  today: string,
  opening: boolean,
): DomainError => {
  if (!stored || (opening && stored.hidden)) return new DomainError('resource.notFound');
  const shortfall = quantityShortfall(stored, quantity, today);
  if (shortfall) return shortfall;
  if (opening && (stored.pendingClaims ?? 0) >= MAX_PENDING_CLAIMS)
    return new DomainError('claim.tooManyPending', { limit: MAX_PENDING_CLAIMS });
  return new DomainError('write.conflict');
};

/** Why a claim refused a decision (its version condition failed), from the claim as stored. */
export const claimRefusal = (stored: { status?: unknown } | undefined): DomainError => {
  if (!stored) return new DomainError('resource.notFound');
  if (stored.status !== 'pending')
    return new DomainError('claim.notPending', { status: String(stored.status) });
  return new DomainError('write.conflict');
};

/** Why a claim could not be linked into a new project (it changed since it was read). */
export const linkRefusal = (
  stored: { id?: unknown; status?: unknown; projectId?: unknown } | undefined,
): DomainError => {
  const claimId = String(stored?.id ?? '');
  if (!stored) return new DomainError('resource.notFound');
  if (stored.projectId !== undefined) return new DomainError('project.claimLinked', { claimId });
  if (stored.status !== 'accepted')
    return new DomainError('project.claimNotAccepted', { claimId, status: String(stored.status) });
  return new DomainError('write.conflict');
};
