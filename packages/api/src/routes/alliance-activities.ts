// Activities (活动) of an alliance: organised by a member tenant, with capacity, per-member quotas, a status
// machine and outcomes. Registrations are in alliance-registrations.ts.
import { ALLIANCE_READ, ALLIANCE_WRITE, activitySchemas, pageOf } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

export const ACTIVITY_TAG = '活动 Activities';
export const ACTIVITIES_PATH = '/v1/alliances/{allianceId}/activities';

const activityLocation = (activity: { id: string }) =>
  `/v1/alliances/${(activity as { allianceId?: string }).allianceId}/activities/${activity.id}`;

export const ACTIVITY_EXAMPLE = {
  id: '01JD3QD0000000000000000000',
  version: 1,
  createdAt: '2026-11-21T02:00:00.000Z',
  updatedAt: '2026-11-21T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  organiserTenantId: 'sh-jinshan',
  title: '“金旅大课堂”乡村旅居从业人员培训（第一批）',
  kind: 'training',
  description: '乡村振兴、新媒体营销、民宿发展、文旅融合',
  startsAt: '2026-12-10T09:00:00+08:00',
  endsAt: '2026-12-10T16:30:00+08:00',
  place: '金山区廊下镇',
  capacity: 20,
  quotas: { 'sh-jinshan': 8, 'zj-jiashan': 6, 'zj-pinghu': 6 },
  registrationDeadline: '2026-12-05T17:00:00+08:00',
  status: 'open',
  registered: 3,
  registeredBy: { 'sh-jinshan': 2, 'zj-pinghu': 1 },
  outcomes: [],
};

const DONE_EXAMPLE = {
  ...ACTIVITY_EXAMPLE,
  version: 4,
  status: 'done',
  title: '“书”说公益 沪浙同行——公益徒步活动',
  kind: 'volunteer',
  outcomes: [
    { name: '参赛队伍', value: 100, unit: '组' },
    { name: '筹得善款', value: 40000, unit: '元', qualifier: 'over' },
    { name: '捐赠书籍', value: 1419, unit: '本' },
  ],
};

const Activity = () => activitySchemas().Activity;

export const allianceActivityRoutes = [
  defineRoute({
    id: 'alliances.activities.create',
    method: 'POST',
    path: ACTIVITIES_PATH,
    tag: ACTIVITY_TAG,
    summary: '发布活动',
    description:
      'A member organises an activity; its tenant becomes the organiser. `capacity` is the number of places (absent: no limit); `quotas` gives member tenants their places (e.g. 20 places: Langxia 8, Dayun 6, Guangchen 6), adding up to at most the capacity. A tenant with a quota registers within it; a tenant without one registers only into the places no quota holds (capacity − Σ quotas; all of them when there are no quotas). `status` is `planned` (default) or `open`. Times are ISO 8601 with an offset and are answered in +08:00.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().Params, body: activitySchemas().Create }),
    responseSchema: () => Activity(),
    idempotent: { resourceType: 'activity', location: activityLocation },
    response: { status: 201, example: { ...ACTIVITY_EXAMPLE, registered: 0, registeredBy: {} } },
    problems: ['activity.quotasOverCapacity', 'activity.endsBeforeStart'],
    handler: async ({ services, write, alliance, body }) => {
      const activity = await services.activities.create(write, alliance, body);
      return { status: 201, body: activity, version: activity.version, location: activityLocation(activity) };
    },
  }),

  defineRoute({
    id: 'alliances.activities.list',
    method: 'GET',
    path: ACTIVITIES_PATH,
    tag: ACTIVITY_TAG,
    summary: '活动列表',
    description:
      'Newest first. Filters: `status`, `kind`, `organiser` (a member tenant). Filters are tested on what is read, at most 500 activities per page, so a page may be short and still carry `nextCursor`. Every member sees every activity with its registration counts, never the people registered.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: activitySchemas().Params, query: activitySchemas().ListQuery }),
    responseSchema: () => pageOf(Activity()),
    response: { status: 200, example: { items: [ACTIVITY_EXAMPLE] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.activities.list(alliance, query),
    }),
  }),

  defineRoute({
    id: 'alliances.activities.get',
    method: 'GET',
    path: `${ACTIVITIES_PATH}/{activityId}`,
    tag: ACTIVITY_TAG,
    summary: '查看活动',
    access: ALLIANCE_READ,
    schemas: () => ({ params: activitySchemas().ActivityParams }),
    responseSchema: () => Activity(),
    response: { status: 200, example: ACTIVITY_EXAMPLE },
    handler: async ({ services, alliance, params }) => {
      const activity = await services.activities.get(alliance, params.activityId);
      return { status: 200, body: activity, version: activity.version };
    },
  }),

  defineRoute({
    id: 'alliances.activities.update',
    method: 'PATCH',
    path: `${ACTIVITIES_PATH}/{activityId}`,
    tag: ACTIVITY_TAG,
    summary: '修改活动',
    description:
      'The organiser edits a planned, open or closed activity with a JSON merge patch (`quotas` is replaced whole; `null` removes them). A new capacity or quotas must still hold the registrations taken (409 `plan_below_registrations`, checked in the write itself). Others get 403 `not_organiser`, the secretariat included (it may cancel instead).',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().ActivityParams, body: activitySchemas().Update }),
    responseSchema: () => Activity(),
    requiresVersion: true,
    response: { status: 200, example: { ...ACTIVITY_EXAMPLE, version: 2 } },
    problems: [
      'activity.notOrganiser',
      'activity.wrongStatus',
      'activity.quotasOverCapacity',
      'activity.belowRegistered',
      'activity.endsBeforeStart',
      'write.conflict',
    ],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const activity = await services.activities.update(
        write,
        alliance,
        params.activityId,
        expectedVersion,
        body,
      );
      return { status: 200, body: activity, version: activity.version };
    },
  }),

  defineRoute({
    id: 'alliances.activities.transition',
    method: 'POST',
    path: `${ACTIVITIES_PATH}/{activityId}/transitions`,
    tag: ACTIVITY_TAG,
    summary: '推进活动状态',
    description:
      '`{ "action": … }`: `open` (planned → open), `close` (open → closed), `reopen` (closed → open), `complete` (closed → done), `cancel` (planned, open or closed → cancelled; `reason` required). The organiser takes every action; the secretariat may cancel any member’s activity (moderation). Done and cancelled are final.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().ActivityParams, body: activitySchemas().Transition }),
    responseSchema: () => Activity(),
    response: { status: 200, example: { ...ACTIVITY_EXAMPLE, version: 2, status: 'closed' } },
    problems: ['activity.notOrganiser', 'activity.wrongStatus', 'write.conflict'],
    handler: async ({ services, write, alliance, params, body }) => {
      const activity = await services.activities.transition(write, alliance, params.activityId, body);
      return { status: 200, body: activity, version: activity.version };
    },
  }),

  defineRoute({
    id: 'alliances.activities.outcomes',
    method: 'PUT',
    path: `${ACTIVITIES_PATH}/{activityId}/outcomes`,
    tag: ACTIVITY_TAG,
    summary: '登记活动成效',
    description:
      'The organiser records what a done activity achieved, as named figures with units (`{ name: 筹得善款, value: 40000, unit: 元, qualifier: over }` for “4万余元”; `{ name: 单日游客量同比, value: 47, unit: % }`), replacing the figures recorded before. Values are whole numbers; rates (`%`) may have two decimals and are not added into the alliance’s totals.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().ActivityParams, body: activitySchemas().Outcomes }),
    responseSchema: () => Activity(),
    requiresVersion: true,
    response: { status: 200, example: DONE_EXAMPLE },
    problems: ['activity.notOrganiser', 'activity.wrongStatus', 'write.conflict'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const activity = await services.activities.setOutcomes(
        write,
        alliance,
        params.activityId,
        expectedVersion,
        body.outcomes,
      );
      return { status: 200, body: activity, version: activity.version };
    },
  }),
];
