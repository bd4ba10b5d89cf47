// What the leaderboard needs from storage (implemented in @lianjian/store).
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { ListScope } from '../lists/repository.ts';
import type { AuditEntry } from '../shared/write.ts';
import type { StatsScope } from '../stats/repository.ts';
import type { Leaderboard, StoredWeights, Weights } from './schema.ts';

export interface LeaderboardRepository {
  /** The alliance's weights, or undefined while it uses the defaults. */
  weights(allianceId: string): Promise<StoredWeights | undefined>;
  /** Writes the weights if they are still at `expectedVersion` (0: never set). */
  putWeights(
    scope: ListScope,
    weights: Weights,
    expectedVersion: number,
    at: string,
    meta: AllianceWriteMeta,
  ): Promise<StoredWeights>;
  /** A stored month, read as a member (`tenantId`) or by the platform. */
  board(scope: StatsScope, month: string): Promise<Leaderboard | undefined>;
  /** Writes a month's board, unless a final one is stored (a final month never changes). */
  putBoard(board: Leaderboard, audit: AuditEntry): Promise<void>;
}
