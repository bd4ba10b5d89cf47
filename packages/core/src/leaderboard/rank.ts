// Ranking a month: score = Σ weight × fact over the measures; equal scores share a rank (1, 2, 2, 4), and
// within a rank members are listed by name so the order never depends on storage.
import type { TenantStats } from '../stats/deltas.ts';
import { LEADERBOARD_MEASURES, type LeaderboardEntry, type Weights } from './schema.ts';

export interface RankedMember {
  readonly tenantId: string;
  readonly tenantName: string;
}

export const rankMembers = (
  members: readonly RankedMember[],
  monthStats: ReadonlyMap<string, TenantStats>,
  weights: Weights,
): LeaderboardEntry[] => {
  const scored = members.map((member) => {
    const stats = monthStats.get(member.tenantId) ?? {};
    const facts = Object.fromEntries(
      LEADERBOARD_MEASURES.map((measure) => [measure, stats[`board.${measure}`] ?? 0]),
    ) as LeaderboardEntry['facts'];
    const score = LEADERBOARD_MEASURES.reduce((sum, measure) => sum + weights[measure] * facts[measure], 0);
    return { ...member, score, facts };
  });
  scored.sort((a, b) => b.score - a.score || a.tenantName.localeCompare(b.tenantName, 'zh-CN'));
  let rank = 0;
  return scored.map((entry, index) => {
    if (index === 0 || entry.score !== scored[index - 1]?.score) rank = index + 1;
    return { rank, ...entry };
  });
};
