// Meetings (联席会议 / 党委会议 / 专题研讨): scheduled, held with minutes and decisions, or cancelled; the
// alliance's cadence and the next meeting due. The static paths come before `{meetingId}` (first match wins).
import {
  ALLIANCE_READ,
  ALLIANCE_WRITE,
  MAX_CADENCE_MONTHS,
  meetingSchemas,
  pageOf,
  SECRETARIAT_WRITE,
} from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '会议 Meetings';
const BASE = '/v1/alliances/{allianceId}/meetings';
const ITEM = `${BASE}/{meetingId}`;

const meetingLocation = (meeting: { id: string }) =>
  `/v1/alliances/${(meeting as { allianceId?: string }).allianceId}/meetings/${meeting.id}`;

const example = {
  id: '01JD3QM0000000000000000000',
  version: 1,
  createdAt: '2026-09-01T02:00:00.000Z',
  updatedAt: '2026-09-01T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  kind: 'committee_meeting',
  title: '2026 年第五次党委会议',
  date: '2026-09-15',
  time: '14:00',
  hostTenantId: 'sh-jinshan',
  hostFrom: 'creator',
  place: '廊下镇党群服务中心',
  agenda: ['总结前阶段工作开展情况', '研究谋划合作项目', '制定下阶段工作计划'],
  attendees: [
    { tenantId: 'sh-jinshan', names: ['孙静', '姚春林'] },
    { tenantId: 'zj-jiashan', names: ['沈卫忠'] },
    { tenantId: 'zj-pinghu', names: ['朱晓峰'] },
  ],
  decisions: [],
  status: 'scheduled',
  createdByTenantId: 'sh-jinshan',
};
const held = {
  ...example,
  version: 2,
  status: 'held',
  heldAt: '2026-09-15T08:30:00.000Z',
  minutes: '会议总结了“金旅大课堂”第一批培训情况，交流了三地赏花季客流信息。',
  decisions: ['赏花季期间三镇春秋旅游直通车周末加开班次'],
};
const cadence = {
  version: 1,
  kind: 'committee_meeting',
  everyMonths: 2,
  updatedAt: '2026-01-05T02:00:00.000Z',
};

const schemas = meetingSchemas;

export const meetingRoutes = [
  defineRoute({
    id: 'alliances.meetings.cadence.get',
    method: 'GET',
    path: `${BASE}/cadence`,
    tag: TAG,
    summary: '会议周期',
    description:
      'How often the alliance meets: the kind of meeting and every how many months (2 for a committee that meets 双月). Before the secretariat sets it, `version` is 0.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().Params }),
    responseSchema: () => schemas().Cadence,
    response: { status: 200, example: cadence },
    handler: async ({ services, alliance }) => {
      const body = await services.meetings.cadence(alliance);
      return { status: 200, body, version: body.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.cadence.set',
    method: 'PUT',
    path: `${BASE}/cadence`,
    tag: TAG,
    summary: '设置会议周期',
    description: `The secretariat sets the cadence: \`kind\` and \`everyMonths\` (1–${MAX_CADENCE_MONTHS}). If-Match names the version read ("0" the first time).`,
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: schemas().Params, body: schemas().CadenceInput }),
    responseSchema: () => schemas().Cadence,
    requiresVersion: true,
    response: { status: 200, example: cadence },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, expectedVersion, body }) => {
      const set = await services.meetings.setCadence(write, alliance, expectedVersion, body);
      return { status: 200, body: set, version: set.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.next',
    method: 'GET',
    path: `${BASE}/next`,
    tag: TAG,
    summary: '下次会议',
    description:
      'When the next meeting of the cadence’s kind is due: the latest held one’s date plus the cadence (`dueOn`), `overdue` (with `daysOverdue`) once that date has passed in Asia/Shanghai with nothing held since, and the earliest meeting scheduled after the last held one. Without a cadence or a held meeting there is no `dueOn`.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().Params }),
    responseSchema: () => schemas().Next,
    response: {
      status: 200,
      example: {
        cadence,
        lastHeld: { id: held.id, date: held.date },
        dueOn: '2026-11-15',
        overdue: true,
        daysOverdue: 7,
      },
    },
    handler: async ({ services, alliance, write }) => ({
      status: 200,
      body: await services.meetings.next(alliance, write.now),
    }),
  }),

  defineRoute({
    id: 'alliances.meetings.create',
    method: 'POST',
    path: BASE,
    tag: TAG,
    summary: '安排会议',
    description:
      'The secretariat, or a member hosting the meeting itself, schedules a meeting: kind, date (and time, Asia/Shanghai), place, agenda, attendees by member tenant. Without `hostTenantId` the host is the rotating chair on that date (see …/chair), or, where the alliance has no chair, the tenant creating it (`hostFrom` says which). The host must be a current member; attendees must be or have been members. A past meeting may be recorded: create it, then mark it held.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().Params, body: schemas().Create }),
    responseSchema: () => schemas().Meeting,
    idempotent: { resourceType: 'meeting', location: meetingLocation },
    response: { status: 201, example },
    problems: ['meeting.notHost', 'alliance.tenantNotMember'],
    handler: async ({ services, write, alliance, body }) => {
      const meeting = await services.meetings.create(write, alliance, body);
      return { status: 201, body: meeting, version: meeting.version, location: meetingLocation(meeting) };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.list',
    method: 'GET',
    path: BASE,
    tag: TAG,
    summary: '会议列表',
    description:
      'Newest date first, by `status`, `kind` and `host` (a member tenant). Every member reads every meeting.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().Params, query: schemas().ListQuery }),
    responseSchema: () => pageOf(schemas().Meeting),
    response: { status: 200, example: { items: [held] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => {
      const { status, kind, host, limit, cursor } = query;
      return {
        status: 200,
        body: await services.meetings.list(alliance, { status, kind, host }, { limit, cursor }),
      };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.get',
    method: 'GET',
    path: ITEM,
    tag: TAG,
    summary: '查看会议',
    access: ALLIANCE_READ,
    schemas: () => ({ params: schemas().MeetingParams }),
    responseSchema: () => schemas().Meeting,
    response: { status: 200, example: held },
    handler: async ({ services, alliance, params }) => {
      const meeting = await services.meetings.get(alliance, params.meetingId);
      return { status: 200, body: meeting, version: meeting.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.update',
    method: 'PATCH',
    path: ITEM,
    tag: TAG,
    summary: '修改会议',
    description:
      'The secretariat or the host edits the meeting (JSON merge patch; `null` clears title, time, place or minutes), e.g. the minutes and decisions after it was held. Handing it to another host (a current member) moves the meeting counts with it. A cancelled meeting no longer changes.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().MeetingParams, body: schemas().Update }),
    responseSchema: () => schemas().Meeting,
    requiresVersion: true,
    response: { status: 200, example: held },
    problems: ['meeting.notHost', 'meeting.notScheduled', 'meeting.inFuture', 'alliance.tenantNotMember'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const meeting = await services.meetings.update(
        write,
        alliance,
        params.meetingId,
        expectedVersion,
        body,
      );
      return { status: 200, body: meeting, version: meeting.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.hold',
    method: 'POST',
    path: `${ITEM}/hold`,
    tag: TAG,
    summary: '会议已召开',
    description:
      'The secretariat or the host marks a scheduled meeting held, on or after its date; the body (`{}` or attendees, minutes, decisions) records it in the same step.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().MeetingParams, body: schemas().Hold }),
    responseSchema: () => schemas().Meeting,
    requiresVersion: true,
    response: { status: 200, example: held },
    problems: ['meeting.notHost', 'meeting.notScheduled', 'meeting.inFuture'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const meeting = await services.meetings.hold(write, alliance, params.meetingId, expectedVersion, body);
      return { status: 200, body: meeting, version: meeting.version };
    },
  }),

  defineRoute({
    id: 'alliances.meetings.cancel',
    method: 'POST',
    path: `${ITEM}/cancel`,
    tag: TAG,
    summary: '取消会议',
    description: 'The secretariat or the host cancels a scheduled meeting, with a reason.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: schemas().MeetingParams, body: schemas().Cancel }),
    responseSchema: () => schemas().Meeting,
    requiresVersion: true,
    response: {
      status: 200,
      example: { ...example, version: 2, status: 'cancelled', cancelReason: '与赏花季活动冲突，顺延两周' },
    },
    problems: ['meeting.notHost', 'meeting.notScheduled'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const meeting = await services.meetings.cancel(
        write,
        alliance,
        params.meetingId,
        expectedVersion,
        body.reason,
      );
      return { status: 200, body: meeting, version: meeting.version };
    },
  }),
];
