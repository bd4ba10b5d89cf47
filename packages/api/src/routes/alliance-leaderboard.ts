// 先锋榜单: the monthly boards the scheduled job computes, and the weights the secretariat sets.
import {
  ALLIANCE_READ,
  allianceSchemas,
  leaderboardSchemas,
  SECRETARIAT_WRITE,
  shanghaiMonth,
} from '@lianjian/core';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.ts';

const TAG = '看板与榜单 Dashboard';

const weightsExample = {
  claimsFulfilled: 3,
  problemsResolvedOnTime: 3,
  activitiesHosted: 2,
  participantsSent: 1,
  actionItemsDoneOnTime: 2,
};

const facts = (claims: number, problems: number, hosted: number, sent: number, actions: number) => ({
  claimsFulfilled: claims,
  problemsResolvedOnTime: problems,
  activitiesHosted: hosted,
  participantsSent: sent,
  actionItemsDoneOnTime: actions,
});

const boardExample = {
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  month: '2026-10',
  computedAt: '2026-11-01T17:00:00.000Z',
  final: true,
  weights: weightsExample,
  entries: [
    {
      rank: 1,
      tenantId: 'sh-jinshan',
      tenantName: '中共金山区委组织部',
      score: 31,
      facts: facts(3, 2, 1, 8, 2),
    },
    {
      rank: 2,
      tenantId: 'zj-jiashan',
      tenantName: '中共嘉善县委组织部',
      score: 20,
      facts: facts(2, 1, 0, 6, 1),
    },
  ],
};

const leaderboardQuery = () => z.strictObject({ month: z.optional(leaderboardSchemas().Month) });

export const allianceLeaderboardRoutes = [
  defineRoute({
    id: 'alliances.leaderboard.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/leaderboard',
    tag: TAG,
    summary: '先锋榜单',
    description:
      'One calendar month (Asia/Shanghai; `month=2026-11`, this month by default): each active member tenant’s claims fulfilled (the member that gives: a need’s claimant, a resource’s owner), problems resolved on time (as assignee), activities hosted (done, by start month), participants sent (attended) and action items done on time, and its score (Σ weight × figure) and rank (equal scores share a rank). Computed daily by the scheduled job (`npm run job -- leaderboard` locally); a month is computed once more after it ends and is then `final`. Past months are kept. 404 `leaderboard_not_computed` for a month the job has not computed.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: leaderboardQuery() }),
    responseSchema: () => leaderboardSchemas().Board,
    response: { status: 200, example: boardExample },
    problems: ['leaderboard.notComputed'],
    handler: async ({ services, alliance, query, write }) => ({
      status: 200,
      body: await services.leaderboard.get(alliance, query.month ?? shanghaiMonth(write.now)),
    }),
  }),

  defineRoute({
    id: 'alliances.leaderboard.weights.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/leaderboard/weights',
    tag: TAG,
    summary: '榜单权重',
    description:
      'The weight of each measure in the score (0–100). Until the secretariat sets its own, the defaults, with `version` 0.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: () => leaderboardSchemas().Weights,
    response: { status: 200, example: { ...weightsExample, version: 0 } },
    handler: async ({ services, alliance }) => {
      const weights = await services.leaderboard.weights(alliance);
      return { status: 200, body: weights, version: weights.version };
    },
  }),

  defineRoute({
    id: 'alliances.leaderboard.weights.set',
    method: 'PUT',
    path: '/v1/alliances/{allianceId}/leaderboard/weights',
    tag: TAG,
    summary: '设置榜单权重',
    description:
      'The secretariat sets the weight of every measure (integers 0–100). If-Match names the version read ("0" while the defaults apply). Boards computed from then on use the new weights; final months keep theirs.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: leaderboardSchemas().WeightsInput }),
    responseSchema: () => leaderboardSchemas().Weights,
    requiresVersion: true,
    response: {
      status: 200,
      example: { ...weightsExample, version: 1, updatedAt: '2026-11-22T02:00:00.000Z' },
    },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, expectedVersion, body }) => {
      const weights = await services.leaderboard.setWeights(write, alliance, expectedVersion, body);
      return { status: 200, body: weights, version: weights.version };
    },
  }),
];
