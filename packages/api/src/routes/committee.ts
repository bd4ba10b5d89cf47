// The alliance committee (委员会): the secretariat keeps it, every member reads it.
import { ALLIANCE_READ, allianceSchemas, governanceSchemas, SECRETARIAT_WRITE } from '@lianjian/core';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.ts';

const TAG = '联盟治理 Governance';
const base = (allianceId: string) => `/v1/alliances/${allianceId}/committee`;
const positionLocation = (position: { id: string; allianceId?: unknown }) =>
  `${base(String(position.allianceId))}/${position.id}`;

/** The committee's schema, for the documentation. */
const committeeResponse = () => z.object({ items: z.array(governanceSchemas().Position) });

const example = {
  id: '01JD3QB7Z8K6T2M4X9C5V0B1N7',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  role: 'deputy_secretary',
  personName: '张明',
  tenantId: 'zj-jiashan',
  title: '大云镇党委副书记',
  unitName: '嘉善县大云镇',
  order: 1,
};

const problems = ['alliance.secretariatOnly', 'alliance.tenantNotMember'] as const;

export const committeeRoutes = [
  defineRoute({
    id: 'alliances.committee.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/committee',
    tag: TAG,
    summary: '联盟委员会',
    description:
      'Every position in committee order: the secretary (书记), deputy secretaries (副书记), then members (委员), each by `order`. A committee has at most 50 positions, so the answer is never paged.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: committeeResponse,
    response: { status: 200, example: { items: [example] } },
    handler: async ({ services, alliance }) => ({
      status: 200,
      body: { items: await services.committee.list(alliance) },
    }),
  }),

  defineRoute({
    id: 'alliances.committee.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/committee/{positionId}',
    tag: TAG,
    summary: '查看委员会职位',
    access: ALLIANCE_READ,
    schemas: () => ({ params: governanceSchemas().PositionParams }),
    responseSchema: () => governanceSchemas().Position,
    response: { status: 200, example },
    handler: async ({ services, alliance, params }) => {
      const position = await services.committee.get(alliance, params.positionId);
      return { status: 200, body: position, version: position.version };
    },
  }),

  defineRoute({
    id: 'alliances.committee.add',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/committee',
    tag: TAG,
    summary: '增设委员会职位',
    description:
      'The secretariat adds a position held by a person from a current member tenant. At most one secretary (书记): a second is 409 `committee_secretary_taken`.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: governanceSchemas().CreatePosition }),
    responseSchema: () => governanceSchemas().Position,
    idempotent: { resourceType: 'committeePosition', location: positionLocation },
    response: { status: 201, example },
    problems: [...problems, 'committee.secretaryTaken', 'committee.full'],
    handler: async ({ services, write, alliance, body }) => {
      const position = await services.committee.add(write, alliance, body);
      return { status: 201, body: position, version: position.version, location: positionLocation(position) };
    },
  }),

  defineRoute({
    id: 'alliances.committee.update',
    method: 'PATCH',
    path: '/v1/alliances/{allianceId}/committee/{positionId}',
    tag: TAG,
    summary: '修改委员会职位',
    description: 'JSON merge patch by the secretariat; `title` and `unitName` may be null to clear them.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: governanceSchemas().PositionParams, body: governanceSchemas().UpdatePosition }),
    responseSchema: () => governanceSchemas().Position,
    requiresVersion: true,
    response: { status: 200, example: { ...example, version: 2 } },
    problems: [...problems, 'committee.secretaryTaken'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const position = await services.committee.update(
        write,
        alliance,
        params.positionId,
        expectedVersion,
        body,
      );
      return { status: 200, body: position, version: position.version };
    },
  }),

  defineRoute({
    id: 'alliances.committee.remove',
    method: 'DELETE',
    path: '/v1/alliances/{allianceId}/committee/{positionId}',
    tag: TAG,
    summary: '撤销委员会职位',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: governanceSchemas().PositionParams }),
    requiresVersion: true,
    response: { status: 204 },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, params, expectedVersion }) => {
      await services.committee.remove(write, alliance, params.positionId, expectedVersion);
      return { status: 204 };
    },
  }),
];
