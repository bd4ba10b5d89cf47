// The one table of API consumer limits by tier: each tenant's usage plan on the machine API takes its row.
import type { TenantEntry } from './tenant-catalog.ts';

export interface UsageLimits {
  /** Steady-state requests per second for the tenant's API key. */
  readonly rateLimit: number;
  /** Requests absorbed in a burst above the rate (token bucket size). */
  readonly burstLimit: number;
  /** Requests per day. */
  readonly quotaPerDay: number;
}

/**
 * Limits per tier. Machine clients sync organisation registers and reports: a district's register is a few
 * thousand items, so pooled tenants get room for a full daily sync several times over while sharing the
 * table and the function's concurrency fairly. Silo tenants (the large cities, on their own table) get five
 * times as much. Browser users are not metered here: they use the public API, bounded by its stage throttle.
 */
export const USAGE_LIMITS_BY_TIER: Readonly<Record<TenantEntry['tier'], UsageLimits>> = {
  pool: { rateLimit: 10, burstLimit: 20, quotaPerDay: 20_000 },
  silo: { rateLimit: 50, burstLimit: 100, quotaPerDay: 100_000 },
};
