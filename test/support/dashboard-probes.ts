// Probes of the dashboard and leaderboard routes: the owner tenant's alliance, with a board computed for this
// month by the job's own service call. A tenant that is no member must get 404 and see none of it.
import { shanghaiMonth } from '@lianjian/core';
import { newAlliance, secretsOf } from './alliance-probes.ts';
import type { Harness } from './harness.ts';
import type { Probe } from './probe-kit.ts';

const JOB = {
  principal: { kind: 'user', sub: 'probe-job', tenantId: null, roles: ['platform_admin'], scopes: [] },
  requestId: 'probe-job',
} as const;

export const DASHBOARD_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.dashboard': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return { path: `/v1/alliances/${alliance.id}/dashboard`, secrets: secretsOf(alliance) };
    },
  },
  'alliances.leaderboard.get': {
    exposure: 'private',
    prepare: async (h: Harness) => {
      const alliance = await newAlliance(h);
      const now = new Date();
      const month = shanghaiMonth(now);
      await h.services.leaderboard.compute({ ...JOB, now }, alliance.id, month);
      return {
        path: `/v1/alliances/${alliance.id}/leaderboard?month=${month}`,
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.leaderboard.weights.get': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return { path: `/v1/alliances/${alliance.id}/leaderboard/weights`, secrets: secretsOf(alliance) };
    },
  },
  'alliances.leaderboard.weights.set': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return {
        path: `/v1/alliances/${alliance.id}/leaderboard/weights`,
        body: {
          claimsFulfilled: 5,
          problemsResolvedOnTime: 4,
          activitiesHosted: 3,
          participantsSent: 2,
          actionItemsDoneOnTime: 1,
        },
        headers: { 'if-match': '"0"' },
        secrets: secretsOf(alliance),
      };
    },
  },
};
