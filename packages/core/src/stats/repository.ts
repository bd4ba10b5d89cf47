// What the dashboard and leaderboard read of the counters (implemented by @lianjian/store).
import type { TenantStats } from './deltas.ts';

/** Whose counters: an alliance, read as `tenantId` (a member, through its session) or by the platform (jobs). */
export interface StatsScope {
  readonly allianceId: string;
  readonly tenantId?: string;
}

export interface StatsRepository {
  /** Every member tenant's all-time counters (one query), or for `month` that month's. */
  read(scope: StatsScope, month?: string): Promise<ReadonlyMap<string, TenantStats>>;
}
