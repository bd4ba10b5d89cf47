// Action items of meetings (会议待办事项), tracked to completion, and the alliance-wide list by status and
// assignee, so each member sees what it owes.
import { ALLIANCE_READ, ALLIANCE_WRITE, meetingSchemas, pageOf } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '会议 Meetings';
const BASE = '/v1/alliances/{allianceId}/meetings/{meetingId}/action-items';

const location = (item: { id: string }) => {
  const { allianceId, meetingId } = item as { allianceId?: string; meetingId?: string };
  return `/v1/alliances/${allianceId}/meetings/${meetingId}/action-items/${item.id}`;
};

const example = {
  id: '01JD3QN0000000000000000000',
  version: 1,
  createdAt: '2026-09-15T08:40:00.000Z',
  updatedAt: '2026-09-15T08:40:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  meetingId: '01JD3QM0000000000000000000',
  title: '对接春秋旅行社，赏花季周末加开直通车班次',
  assigneeTenantId: 'sh-jinshan',
  dueOn: '2026-10-31',
  status: 'open',
  createdByTenantId: 'sh-jinshan',
};
const done = {
  ...example,
  version: 2,
  status: 'done',
  doneAt: '2026-10-28T06:00:00.000Z',
  doneNote: '已与春秋旅行社确认，周末加开 2 班并增设广陈停靠点',
  doneOnTime: true,
};

const schemas = meetingSchemas;

export const actionItemRoutes = [
  defineRoute({
    id: 'alliances.meetings.actionItems.create',
    method: 'POST',
    path: BASE,
    tag: TAG,
    summary: '新增待办事项',
    description:
      'The secretariat or the meeting’s host assigns an action item to a current member tenant with a due date (Asia/Shanghai). A cancelled meeting takes none.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().MeetingParams, body: schemas().CreateActionItem }),
    responseSchema: () => schemas().ActionItem,
    idempotent: { resourceType: 'actionItem', location },
    response: { status: 201, example },
    problems: ['meeting.notHost', 'meeting.cancelled', 'alliance.tenantNotMember'],
    handler: async ({ services, write, alliance, params, body }) => {
      const item = await services.actionItems.create(write, alliance, params.meetingId, body);
      return { status: 201, body: item, version: item.version, location: location(item) };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.actionItems.list',
    method: 'GET',
    path: BASE,
    tag: TAG,
    summary: '会议的待办事项',
    description: 'In the order they were created; every member reads them.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().MeetingParams, query: schemas().ActionItemsQuery }),
    responseSchema: () => pageOf(schemas().ActionItem),
    response: { status: 200, example: { items: [done] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, params, query }) => ({
      status: 200,
      body: await services.actionItems.ofMeeting(alliance, params.meetingId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.meetings.actionItems.get',
    method: 'GET',
    path: `${BASE}/{actionItemId}`,
    tag: TAG,
    summary: '查看待办事项',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().ActionItemParams }),
    responseSchema: () => schemas().ActionItem,
    response: { status: 200, example: done },
    handler: async ({ services, alliance, params }) => {
      const item = await services.actionItems.get(alliance, params.meetingId, params.actionItemId);
      return { status: 200, body: item, version: item.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.actionItems.update',
    method: 'PATCH',
    path: `${BASE}/{actionItemId}`,
    tag: TAG,
    summary: '办理待办事项',
    description:
      'Only open items change. The assignee marks one done: `{ "status": "done", "note": "…" }` (the note is required; done on or before `dueOn` counts as on time). The secretariat or the meeting’s host edits the title, description and due date, reassigns it (`assigneeTenantId`, a current member) or cancels it (`{ "status": "cancelled", "note": "reason" }`).',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().ActionItemParams, body: schemas().UpdateActionItem }),
    responseSchema: () => schemas().ActionItem,
    requiresVersion: true,
    response: { status: 200, example: done },
    problems: ['actionItem.notAssignee', 'meeting.notHost', 'actionItem.notOpen', 'alliance.tenantNotMember'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const item = await services.actionItems.update(
        write,
        alliance,
        params.meetingId,
        params.actionItemId,
        expectedVersion,
        body,
      );
      return { status: 200, body: item, version: item.version };
    },
  }),

  defineRoute({
    id: 'alliances.actionItems.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/action-items',
    tag: TAG,
    summary: '联盟待办事项',
    description:
      'Every meeting’s action items, read from an index by `status` and `assignee` (e.g. `?status=open&assignee=zj-pinghu`: what Pinghu owes), earliest due first; without `status`, open items come first.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().Params, query: schemas().AllianceActionItemsQuery }),
    responseSchema: () => pageOf(schemas().ActionItem),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.actionItems.list(alliance, query),
    }),
  }),
];
