// The alliance dashboard: what the alliance does together, per member tenant and in total, from counters.
import { ALLIANCE_READ, allianceSchemas, dashboardSchemas } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '看板与榜单 Dashboard';

const figures = {
  memberUnits: 14,
  items: {
    resource: { total: 9, byStatus: { open: 7, fulfilled: 2 } },
    need: { total: 6, byStatus: { open: 4, fulfilled: 1, closed: 1 } },
    project: { total: 2, byStatus: { open: 2 } },
  },
  claims: { made: 5, received: { accepted: 4, declined: 1, pending: 2 }, itemsClaimed: 5, claimRate: 0.3333 },
  problems: {
    raised: 3,
    byStatus: { resolved: 1, closed: 2 },
    resolvedOnTime: 2,
    resolvedLate: 1,
    escalated: 1,
    closureRate: 1,
    onTimeRate: 0.6667,
    averageRating: 4.5,
  },
  activities: { byStatus: { done: 2, open: 1 }, registrations: 36, attended: 33 },
  outcomes: [{ name: '善款', unit: '元', value: 52000 }],
  meetings: { byStatus: { held: 3, scheduled: 1 } },
  actionItems: {
    byStatus: { done: 5, open: 2 },
    doneOnTime: 4,
    doneLate: 1,
    completionRate: 0.7143,
    onTimeRate: 0.8,
  },
};

export const allianceDashboardRoutes = [
  defineRoute({
    id: 'alliances.dashboard',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/dashboard',
    tag: TAG,
    summary: '联盟看板',
    description:
      'Members and member units; list items by kind and status with the claim rate (resources and needs that received an accepted claim over those posted); problems by status (counted on the assignee) with closure and on-time rates and the raisers’ average rating; activities by status (on the organiser) with registrations and attendance (on the registering member); outcome totals by name and unit (rates in % are not added up); meetings and action items with completion and on-time rates. Each per member tenant and in total. Read from counters the writes keep in the alliance partition: two queries however large the alliance. Only the alliance’s shared workspace is counted, never a member’s private records.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: () => dashboardSchemas().Dashboard,
    response: {
      status: 200,
      example: {
        allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
        members: { active: 3, former: 0 },
        total: figures,
        byMember: [
          {
            tenantId: 'sh-jinshan',
            tenantName: '中共金山区委组织部',
            role: 'secretariat',
            status: 'active',
            ...figures,
          },
        ],
      },
    },
    handler: async ({ services, alliance }) => ({
      status: 200,
      body: await services.dashboard.get(alliance),
    }),
  }),
];
