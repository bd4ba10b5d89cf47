// 先锋榜单: computed by a scheduled job from the month's counters (three reads per alliance), stored per month
// (past months kept, final once the month is over) and read by members with one GetItem.

import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceRepository } from '../alliances/repository.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import { DomainError } from '../shared/errors.ts';
import { addMonths } from '../shared/shanghai-time.ts';
import { auditEntry, type WriteContext } from '../shared/write.ts';
import { shanghaiMonth } from '../stats/deltas.ts';
import type { StatsRepository } from '../stats/repository.ts';
import { rankMembers } from './rank.ts';
import type { LeaderboardRepository } from './repository.ts';
import {
  DEFAULT_WEIGHTS,
  LEADERBOARD_MEASURES,
  type Leaderboard,
  type StoredWeights,
  type Weights,
} from './schema.ts';

export interface LeaderboardServiceDeps {
  readonly repo: LeaderboardRepository;
  readonly stats: StatsRepository;
  readonly alliances: Pick<AllianceRepository, 'allMembers'>;
  /** Every alliance (the job's list). */
  readonly allianceIds: () => Promise<string[]>;
}

export interface LeaderboardService {
  weights(membership: AllianceMembership): Promise<StoredWeights>;
  setWeights(
    ctx: WriteContext,
    membership: AllianceMembership,
    expectedVersion: number,
    weights: Weights,
  ): Promise<StoredWeights>;
  /** A computed month; `leaderboard.notComputed` before the job first ran for it. */
  get(membership: AllianceMembership, month: string): Promise<Leaderboard>;
  /** Ranks one alliance's month from its counters and stores the board. */
  compute(ctx: WriteContext, allianceId: string, month: string): Promise<Leaderboard>;
  /**
   * The job: every alliance's current month, and its previous month until that one is stored final (so a month
   * is computed once more after it ends, with everything done in it).
   */
  computeAll(ctx: WriteContext): Promise<{ alliances: number; boards: number }>;
}

/** The month before `month` (`YYYY-MM`). */
export const previousMonth = (month: string): string => addMonths(`${month}-01`, -1).slice(0, 7);

export const createLeaderboardService = ({
  repo,
  stats,
  alliances,
  allianceIds: listAlliances,
}: LeaderboardServiceDeps): LeaderboardService => {
  const weightsOf = async (allianceId: string): Promise<StoredWeights> =>
    (await repo.weights(allianceId)) ?? { ...DEFAULT_WEIGHTS, version: 0 };

  const compute = async (ctx: WriteContext, allianceId: string, month: string): Promise<Leaderboard> => {
    const [members, monthStats, weights] = await Promise.all([
      alliances.allMembers(allianceId),
      stats.read({ allianceId }, month),
      weightsOf(allianceId),
    ]);
    const active = members.filter((member) => member.status === 'active');
    const board: Leaderboard = {
      allianceId,
      month,
      computedAt: ctx.now.toISOString(),
      final: shanghaiMonth(ctx.now) > month,
      weights: Object.fromEntries(
        LEADERBOARD_MEASURES.map((measure) => [measure, weights[measure]]),
      ) as Weights,
      entries: rankMembers(active, monthStats, weights),
    };
    await repo.putBoard(
      board,
      auditEntry(ctx, 'leaderboard.computed', { type: 'leaderboard', id: `${allianceId}/${month}` }),
    );
    return board;
  };

  return {
    weights: ({ allianceId }) => weightsOf(allianceId),

    async setWeights(ctx, membership, expectedVersion, weights) {
      const meta = allianceWriteMeta(
        ctx,
        membership.allianceId,
        'leaderboard.weightsSet',
        { type: 'leaderboardWeights', id: 'weights', title: '先锋榜单权重', version: expectedVersion + 1 },
        [...LEADERBOARD_MEASURES],
      );
      return repo.putWeights(membership, weights, expectedVersion, ctx.now.toISOString(), meta);
    },

    async get({ allianceId, tenantId }, month) {
      const board = await repo.board({ allianceId, tenantId }, month);
      if (!board) throw new DomainError('leaderboard.notComputed', { month });
      return board;
    },

    compute,

    async computeAll(ctx) {
      const current = shanghaiMonth(ctx.now);
      const previous = previousMonth(current);
      let boards = 0;
      const allianceIds = await listAlliances();
      for (const allianceId of allianceIds) {
        await compute(ctx, allianceId, current);
        boards += 1;
        const stored = await repo.board({ allianceId }, previous);
        if (stored?.final) continue;
        await compute(ctx, allianceId, previous);
        boards += 1;
      }
      return { alliances: allianceIds.length, boards };
    },
  };
};
