// Registrations for an alliance's activities: member tenants register their people; the organiser records
// attendance. A person's name and contact are seen by the registering tenant and the organiser only.
import { ALLIANCE_READ, ALLIANCE_WRITE, activitySchemas, pageOf } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';
import { ACTIVITIES_PATH, ACTIVITY_TAG } from './alliance-activities.ts';

const PATH = `${ACTIVITIES_PATH}/{activityId}/registrations`;

const registrationLocation = (registration: { id: string }) => {
  const { allianceId, activityId } = registration as { allianceId?: string; activityId?: string };
  return `/v1/alliances/${allianceId}/activities/${activityId}/registrations/${registration.id}`;
};

const EXAMPLE = {
  id: '01JD3QE0000000000000000000',
  version: 1,
  createdAt: '2026-11-22T02:00:00.000Z',
  updatedAt: '2026-11-22T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  activityId: '01JD3QD0000000000000000000',
  tenantId: 'zj-jiashan',
  name: '沈晓红',
  unit: '大云镇云宝民宿',
  contact: { phone: '0573-84000000' },
  status: 'registered',
  pool: 'quota',
};

const Registration = () => activitySchemas().Registration;

export const allianceRegistrationRoutes = [
  defineRoute({
    id: 'alliances.activities.registrations.create',
    method: 'POST',
    path: PATH,
    tag: ACTIVITY_TAG,
    summary: '报名参加活动',
    description:
      'A member registers one of its people (name, unit, contact) for an open activity before its deadline. The place comes from the tenant’s quota or, for a tenant without one, from the places no quota holds; the activity’s counters move in the same transaction, conditional on the place being free, so concurrent registrations never exceed a quota or the capacity: 409 `quota_exceeded` (the quota, or the unallocated places, used up) or `activity_full` (no quotas, capacity reached).',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().ActivityParams, body: activitySchemas().CreateRegistration }),
    responseSchema: () => Registration(),
    idempotent: { resourceType: 'registration', location: registrationLocation },
    response: { status: 201, example: EXAMPLE },
    problems: [
      'activity.notOpen',
      'activity.registrationClosed',
      'activity.quotaExceeded',
      'activity.full',
      'write.conflict',
    ],
    handler: async ({ services, write, alliance, params, body }) => {
      const registration = await services.registrations.register(write, alliance, params.activityId, body);
      return {
        status: 201,
        body: registration,
        version: registration.version,
        location: registrationLocation(registration),
      };
    },
  }),

  defineRoute({
    id: 'alliances.activities.registrations.list',
    method: 'GET',
    path: PATH,
    tag: ACTIVITY_TAG,
    summary: '活动报名名单',
    description:
      'In the order they came. The organiser sees every registration; another member only its own (the activity carries everyone’s counts).',
    access: ALLIANCE_READ,
    schemas: () => ({
      params: activitySchemas().ActivityParams,
      query: activitySchemas().RegistrationListQuery,
    }),
    responseSchema: () => pageOf(Registration()),
    response: { status: 200, example: { items: [EXAMPLE] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, params, query }) => ({
      status: 200,
      body: await services.registrations.list(alliance, params.activityId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.activities.registrations.get',
    method: 'GET',
    path: `${PATH}/{registrationId}`,
    tag: ACTIVITY_TAG,
    summary: '查看报名',
    description: 'The registering tenant and the organiser; anyone else gets 404.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: activitySchemas().RegistrationParams }),
    responseSchema: () => Registration(),
    response: { status: 200, example: EXAMPLE },
    handler: async ({ services, alliance, params }) => {
      const registration = await services.registrations.get(
        alliance,
        params.activityId,
        params.registrationId,
      );
      return { status: 200, body: registration, version: registration.version };
    },
  }),

  defineRoute({
    id: 'alliances.activities.registrations.cancel',
    method: 'POST',
    path: `${PATH}/{registrationId}/cancel`,
    tag: ACTIVITY_TAG,
    summary: '取消报名',
    description:
      'The registering tenant (or the organiser) cancels a registration while the activity is open or closed; the place goes back to the pool it came from.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().RegistrationParams }),
    responseSchema: () => Registration(),
    response: { status: 200, example: { ...EXAMPLE, version: 2, status: 'cancelled' } },
    problems: ['registration.notActive', 'activity.wrongStatus', 'write.conflict'],
    handler: async ({ services, write, alliance, params }) => {
      const registration = await services.registrations.cancel(
        write,
        alliance,
        params.activityId,
        params.registrationId,
      );
      return { status: 200, body: registration, version: registration.version };
    },
  }),

  defineRoute({
    id: 'alliances.activities.registrations.attendance',
    method: 'PUT',
    path: `${PATH}/{registrationId}/attendance`,
    tag: ACTIVITY_TAG,
    summary: '登记考勤',
    description:
      'The organiser records whether the person attended (`{ "attended": true }`), once the activity is done; it may correct it later.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: activitySchemas().RegistrationParams, body: activitySchemas().Attendance }),
    responseSchema: () => Registration(),
    response: { status: 200, example: { ...EXAMPLE, version: 2, attended: true } },
    problems: ['activity.notOrganiser', 'activity.wrongStatus', 'registration.notActive', 'write.conflict'],
    handler: async ({ services, write, alliance, params, body }) => {
      const registration = await services.registrations.recordAttendance(
        write,
        alliance,
        params.activityId,
        params.registrationId,
        body.attended,
      );
      return { status: 200, body: registration, version: registration.version };
    },
  }),
];
