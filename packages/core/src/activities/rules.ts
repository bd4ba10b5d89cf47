// The rules of places: where a registration's place comes from (the tenant's quota or the places no quota
// holds), why one is refused, and what a plan of capacity and quotas must satisfy. Pure: the service reads, the
// store's conditions re-check the same rules on the stored counters.
import { DomainError } from '../shared/errors.ts';
import { shanghaiIso } from '../shared/shanghai-time.ts';
import type { Activity, StoredActivity } from './schema.ts';

export type Pool = 'quota' | 'open';

/** An instant as stored and shown: ISO 8601 with the Shanghai offset, whatever offset the client sent. */
export const normalInstant = (value: string): string => shanghaiIso(Date.parse(value));

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/**
 * Places no quota holds: capacity − Σ quotas; undefined when there is no capacity (no limit). A tenant without
 * a quota registers into these; with no quotas at all, that is the whole capacity.
 */
export const unallocatedPlaces = (activity: Pick<Activity, 'capacity' | 'quotas'>): number | undefined =>
  activity.capacity === undefined ? undefined : activity.capacity - sum(Object.values(activity.quotas));

/** Checks times, and that quotas need a capacity and fit in it. */
export const checkPlan = (
  activity: Pick<Activity, 'startsAt' | 'endsAt' | 'capacity' | 'quotas' | 'registrationDeadline'>,
) => {
  if (activity.endsAt !== undefined && Date.parse(activity.endsAt) < Date.parse(activity.startsAt))
    throw new DomainError('activity.endsBeforeStart', {
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
    });
  const quotaSum = sum(Object.values(activity.quotas));
  if (quotaSum > 0 && (activity.capacity === undefined || quotaSum > activity.capacity))
    throw new DomainError('activity.quotasOverCapacity', {
      quotas: quotaSum,
      capacity: activity.capacity ?? 0,
    });
};

/** Checks that a new plan still holds the registrations already taken (the store re-checks in the write). */
export const checkPlanHoldsRegistrations = (after: StoredActivity) => {
  const free = unallocatedPlaces(after);
  const below =
    (after.capacity !== undefined && after.registered > after.capacity) ||
    (free !== undefined && after.openTaken > free) ||
    Object.entries(after.quotas).some(([tenantId, places]) => (after.registeredBy[tenantId] ?? 0) > places);
  if (below) throw new DomainError('activity.belowRegistered', { registered: after.registered });
};

/**
 * The pool a new registration of `tenantId` takes its place from, or why it is refused: the activity is not
 * open or its deadline has passed; the tenant's quota is used up (`quota_exceeded`), or it has none and the
 * places no quota holds are used up (`quota_exceeded` too); with no quotas, the capacity is reached (`full`).
 * A tenant with a quota registers only within it (it does not spill into the places of tenants without one).
 */
export const placeFor = (activity: StoredActivity, tenantId: string, now: Date): Pool => {
  if (activity.status !== 'open') throw new DomainError('activity.notOpen', { status: activity.status });
  if (
    activity.registrationDeadline !== undefined &&
    now.getTime() > Date.parse(activity.registrationDeadline)
  )
    throw new DomainError('activity.registrationClosed', { deadline: activity.registrationDeadline });
  const taken = activity.registeredBy[tenantId] ?? 0;
  const quota = activity.quotas[tenantId];
  const full = activity.capacity !== undefined && activity.registered >= activity.capacity;
  if (quota !== undefined) {
    if (taken >= quota) throw new DomainError('activity.quotaExceeded', { tenantId, quota });
    if (full) throw new DomainError('activity.full', { capacity: activity.capacity ?? 0 });
    return 'quota';
  }
  const free = unallocatedPlaces(activity);
  const hasQuotas = Object.keys(activity.quotas).length > 0;
  if (hasQuotas && free !== undefined && activity.openTaken >= free)
    throw new DomainError('activity.quotaExceeded', { tenantId, quota: 0 });
  if (full || (free !== undefined && activity.openTaken >= free))
    throw new DomainError('activity.full', { capacity: activity.capacity ?? 0 });
  return 'open';
};

/** Why the activity refused a registration its condition checked, from the activity as stored now. */
export const registrationRefusal = (
  stored: StoredActivity | undefined,
  tenantId: string,
  now: Date,
): DomainError => {
  if (!stored) return new DomainError('resource.notFound');
  try {
    placeFor(stored, tenantId, now);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  // The place is there now (a cancellation, or the quotas changed and the pool with them): read again.
  return new DomainError('write.conflict');
};
