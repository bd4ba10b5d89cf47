// Suspension must bite on the next request, yet reading the tenant's status on every request cost a third of a
// warm GET on DynamoDB Local (a BatchGetItem of the item and the status instead of one GetItem). The two are
// reconciled as a lease with a commit wait (the way Spanner waits out its clock uncertainty before a commit
// is visible):
// - the tenant gate may act on an `active` status it read less than TENANT_STATUS_LEASE_MS ago, counted from
//   when that read started (see api/http/tenant-gate.ts);
// - a write that takes a tenant out of `active` waits TENANT_STATUS_LEASE_MS after it is stored before it
//   answers. Every read that could still have seen `active` started before the write was stored, so by the
//   time the suspension is answered no gate anywhere still holds a lease on it, and every request that starts
//   after the answer is refused.

/** How long an `active` status read may be acted on; also how long a suspension waits before answering. */
export const TENANT_STATUS_LEASE_MS = 1_000;

/** When a status read started, by two clocks: a lease holds only while both say it is young. */
export interface LeaseStart {
  readonly wall: number;
  readonly monotonic: number;
}

export interface LeaseClock {
  /** Milliseconds since the epoch (`Date.now`). */
  wall(): number;
  /** Milliseconds from an arbitrary start that never steps back (`performance.now`). */
  monotonic(): number;
}

export const systemLeaseClock: LeaseClock = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
};

export const leaseStart = (clock: LeaseClock): LeaseStart => ({
  wall: clock.wall(),
  monotonic: clock.monotonic(),
});

/**
 * Whether a lease taken at `start` still holds. Both clocks must agree: the wall clock keeps counting while a
 * Lambda container is frozen between invocations, the monotonic one does not step back when the wall clock
 * is corrected, so neither a freeze nor a clock step stretches the lease.
 */
export const leaseHolds = (start: LeaseStart, clock: LeaseClock, leaseMs: number): boolean => {
  const wallAge = clock.wall() - start.wall;
  const monotonicAge = clock.monotonic() - start.monotonic;
  return wallAge >= 0 && wallAge < leaseMs && monotonicAge < leaseMs;
};

/**
 * Resolves once every lease taken before now has ended: the commit wait of a status change. Counted on the
 * monotonic clock of the container making the change, which is running (it is serving this request).
 */
export const outlastLeases = async (leaseMs: number, clock: LeaseClock = systemLeaseClock): Promise<void> => {
  const until = clock.monotonic() + leaseMs;
  for (let left = leaseMs; left > 0; left = until - clock.monotonic()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
  }
};
