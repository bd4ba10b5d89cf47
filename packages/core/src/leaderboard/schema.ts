// 先锋榜单: each calendar month (Asia/Shanghai), the alliance's member tenants ranked by a weighted sum of what
// they did for the alliance that month. The weights are the alliance's own (set by its secretariat).
import * as z from 'zod/mini';
import { schemaGroup } from '../shared/schema.ts';

/** The measures, each a monthly counter `board.<measure>` kept by the writes (see `StatDelta`). */
export const LEADERBOARD_MEASURES = [
  'claimsFulfilled',
  'problemsResolvedOnTime',
  'activitiesHosted',
  'participantsSent',
  'actionItemsDoneOnTime',
] as const;
export type LeaderboardMeasure = (typeof LEADERBOARD_MEASURES)[number];

export type Weights = Readonly<Record<LeaderboardMeasure, number>>;

/** Until the secretariat sets its own: a fulfilled claim or a problem solved on time weighs most. */
export const DEFAULT_WEIGHTS: Weights = {
  claimsFulfilled: 3,
  problemsResolvedOnTime: 3,
  activitiesHosted: 2,
  participantsSent: 1,
  actionItemsDoneOnTime: 2,
};

export const MEASURE_LABELS: Readonly<Record<LeaderboardMeasure, string>> = {
  claimsFulfilled: '完成认领',
  problemsResolvedOnTime: '按期解决问题',
  activitiesHosted: '承办活动',
  participantsSent: '参加活动人次',
  actionItemsDoneOnTime: '按期完成会议事项',
};

/** `YYYY-MM` with a real month. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const leaderboardSchemas = schemaGroup(() => {
  const Weight = z.int().check(z.minimum(0), z.maximum(100));
  const WeightsShape = Object.fromEntries(LEADERBOARD_MEASURES.map((measure) => [measure, Weight])) as Record<
    LeaderboardMeasure,
    typeof Weight
  >;
  const Facts = z.object(
    Object.fromEntries(LEADERBOARD_MEASURES.map((measure) => [measure, z.number()])) as Record<
      LeaderboardMeasure,
      z.ZodMiniNumber
    >,
  );
  return {
    Month: z.string().check(z.regex(MONTH, '月份格式为 YYYY-MM / month is YYYY-MM')),
    WeightsInput: z.strictObject(WeightsShape),
    Weights: z.object({
      ...Object.fromEntries(LEADERBOARD_MEASURES.map((measure) => [measure, z.number()])),
      /** 0 while the alliance uses the defaults. */
      version: z.number(),
      updatedAt: z.optional(z.string()),
    }),
    Board: z.object({
      allianceId: z.string(),
      month: z.string(),
      computedAt: z.string(),
      /** Computed after the month ended: it no longer changes. */
      final: z.boolean(),
      weights: z.object(
        Object.fromEntries(LEADERBOARD_MEASURES.map((measure) => [measure, z.number()])) as Record<
          LeaderboardMeasure,
          z.ZodMiniNumber
        >,
      ),
      entries: z.array(
        z.object({
          rank: z.number(),
          tenantId: z.string(),
          tenantName: z.string(),
          score: z.number(),
          facts: Facts,
        }),
      ),
    }),
  };
});

type LeaderboardSchemas = ReturnType<typeof leaderboardSchemas>;
export type Leaderboard = z.infer<LeaderboardSchemas['Board']>;
export type LeaderboardEntry = Leaderboard['entries'][number];
export interface StoredWeights extends Weights {
  readonly version: number;
  readonly updatedAt?: string;
}
