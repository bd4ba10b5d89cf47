// What the dashboard and leaderboard read of the counters (implemented by @lianjian/store).
import type { TenantStats } from './deltas.ts';

export interface StatsRepository {
  /** Every member tenant's all-time counters (one query), or for `month` that month's. */
  read(allianceId: string, month?: string): Promise<ReadonlyMap<string, TenantStats>>;
}
