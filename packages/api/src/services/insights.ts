// What is computed over alliances: matching, dashboards, the leaderboard and problems followed up.
import {
  createDashboardService,
  createLeaderboardService,
  createMatchService,
  createProblemService,
} from '@lianjian/core';
import {
  createAllianceRepository,
  createLeaderboardRepository,
  createMatchProfiles,
  createMemberUnitRepository,
  createProblemRepository,
  createStatsRepository,
  type StoreContext,
} from '@lianjian/store';
import type { Services } from '../services.ts';

export type InsightServices = Pick<Services, 'matches' | 'dashboard' | 'leaderboard' | 'problems'>;

export const createInsightServices = (store: StoreContext): InsightServices => {
  const allianceRepository = createAllianceRepository(store);
  const stats = createStatsRepository(store);
  return {
    matches: createMatchService(createMatchProfiles(store)),
    dashboard: createDashboardService({ alliances: allianceRepository, stats }),
    leaderboard: createLeaderboardService({
      repo: createLeaderboardRepository(store),
      stats,
      alliances: allianceRepository,
      allianceIds: allianceRepository.allIds,
    }),
    problems: createProblemService({
      problems: createProblemRepository(store),
      memberUnits: createMemberUnitRepository(store),
    }),
  };
};
