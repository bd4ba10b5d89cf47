// The rotating chair (轮值主席): the schedule, early handovers, and who chairs now and next (derived).
import { ALLIANCE_READ, allianceSchemas, governanceSchemas, pageOf, SECRETARIAT_WRITE } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '联盟治理 Governance';
const chairPath = (allianceId: string) => `/v1/alliances/${allianceId}/chair`;

const term = (tenantId: string, tenantName: string, from: string, until: string) => ({
  tenantId,
  tenantName,
  from,
  until,
  reason: 'scheduled',
});

const handoverExample = {
  id: '01JD3QC0000000000000000000',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  at: '2026-11-22T07:30:00.000Z',
  fromTenantId: 'zj-jiaxing',
  toTenantId: 'zj-hangzhou',
  reason: '嘉兴市承办任务调整，经联席会议商定提前交接',
  byTenantId: 'sh-songjiang',
};

const example = {
  version: 1,
  rotation: ['ah-wuhu', 'sh-songjiang', 'zj-jiaxing', 'zj-hangzhou'],
  termMonths: 12,
  startsOn: '2019-06-28',
  updatedAt: '2026-11-20T02:00:00.000Z',
  current: term(
    'zj-hangzhou',
    '中共杭州市委组织部',
    '2026-06-28T00:00:00+08:00',
    '2027-06-28T00:00:00+08:00',
  ),
  next: term('ah-wuhu', '中共芜湖市委组织部', '2027-06-28T00:00:00+08:00', '2028-06-28T00:00:00+08:00'),
  terms: [term('ah-wuhu', '中共芜湖市委组织部', '2019-06-28T00:00:00+08:00', '2020-06-28T00:00:00+08:00')],
  handovers: [],
};

export const chairRoutes = [
  defineRoute({
    id: 'alliances.chair.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/chair',
    tag: TAG,
    summary: '轮值主席',
    description:
      'The schedule (rotation, term in months, start date), the current chair and the next one with when the term changes, the derived terms (oldest first, at most 24) and the latest recorded early handovers. Terms change at 00:00 Asia/Shanghai on the start date and every `termMonths` months after it; a tenant that has left the alliance is skipped, and a chair that leaves hands the rest of its term to the next member. Before a schedule is set, `version` is 0.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: () => governanceSchemas().Chair,
    response: { status: 200, example },
    handler: async ({ services, alliance, write }) => {
      const chair = await services.chair.get(alliance, write.now);
      return { status: 200, body: chair, version: chair.version };
    },
  }),

  defineRoute({
    id: 'alliances.chair.schedule',
    method: 'PUT',
    path: '/v1/alliances/{allianceId}/chair',
    tag: TAG,
    summary: '设置轮值安排',
    description:
      'The secretariat replaces the schedule: member tenants in chairing order, the term in months (12 for a yearly rotation) and the start date. If-Match names the version read ("0" before the first). A new schedule starts afresh from its start date: an earlier early handover no longer shifts it.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: governanceSchemas().Schedule }),
    responseSchema: () => governanceSchemas().Chair,
    requiresVersion: true,
    response: { status: 200, example },
    problems: ['alliance.secretariatOnly', 'alliance.tenantNotMember'],
    handler: async ({ services, write, alliance, expectedVersion, body }) => {
      const chair = await services.chair.setSchedule(write, alliance, expectedVersion, body);
      return { status: 200, body: chair, version: chair.version };
    },
  }),

  defineRoute({
    id: 'alliances.chair.handover',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/chair/handover',
    tag: TAG,
    summary: '提前交接轮值主席',
    description:
      'The secretariat hands the chair to a member of the rotation now. The rotation shifts from this moment: that tenant chairs a full term counted from today’s date (Asia/Shanghai), then the rotation continues after it. The handover is recorded and the schedule’s version moves on.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: governanceSchemas().CreateHandover }),
    responseSchema: () => governanceSchemas().Handover,
    response: { status: 201, example: handoverExample },
    problems: [
      'alliance.secretariatOnly',
      'alliance.tenantNotMember',
      'chair.noSchedule',
      'chair.notInRotation',
      'chair.alreadyChair',
      'write.conflict',
    ],
    handler: async ({ services, write, alliance, body }) => ({
      status: 201,
      body: await services.chair.handOver(write, alliance, body),
      location: chairPath(alliance.allianceId),
    }),
  }),

  defineRoute({
    id: 'alliances.chair.handovers',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/chair/handovers',
    tag: TAG,
    summary: '轮值主席交接记录',
    description:
      'Every recorded early handover, newest first (scheduled changes are derived: see GET …/chair).',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: governanceSchemas().ListQuery }),
    responseSchema: () => pageOf(governanceSchemas().Handover),
    response: { status: 200, example: { items: [handoverExample] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.chair.handovers(alliance, query),
    }),
  }),
];
