// Demo 先锋榜单: each demo alliance's boards for the two calendar months before this one (final, as the job
// leaves a past month) and for this month, computed by the job's own service from the counters the seeded
// activities, problems, claims and meetings left (their writes are dated in those months).
import type { Services } from '@lianjian/api';
import { jobPrincipal, previousMonth, shanghaiMonth } from '@lianjian/core';
import type { DemoAllianceKey } from './alliance-types.ts';

export const seedLeaderboards = async (
  services: Pick<Services, 'leaderboard'>,
  allianceIds: Partial<Record<DemoAllianceKey, string>>,
  now = new Date(),
): Promise<{ leaderboards: number }> => {
  const current = shanghaiMonth(now);
  const months = [previousMonth(previousMonth(current)), previousMonth(current), current];
  const ctx = { principal: jobPrincipal('leaderboard'), requestId: 'seed-leaderboard', now };
  let leaderboards = 0;
  for (const allianceId of Object.values(allianceIds)) {
    for (const month of months) {
      await services.leaderboard.compute(ctx, allianceId, month);
      leaderboards += 1;
    }
  }
  return { leaderboards };
};
