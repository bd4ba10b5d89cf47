// The charter (章程 / 框架协议) in versions: members read them, the secretariat adopts the next one.
import { ALLIANCE_READ, allianceSchemas, governanceSchemas, pageOf, SECRETARIAT_WRITE } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '联盟治理 Governance';
const versionLocation = (charter: { allianceId: string; version: number }) =>
  `/v1/alliances/${charter.allianceId}/charter/versions/${charter.version}`;

const example = {
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  version: 2,
  text: '第一条 本联盟名称为廊下·大云·广陈乡村振兴联盟……',
  note: '增加日常工作联络组的职责',
  adoptedAt: '2026-11-22T02:00:00.000Z',
  adoptedByTenantId: 'sh-jinshan',
};
const { text, ...summary } = example;
const summaryExample = { ...summary, length: text.length };

export const charterRoutes = [
  defineRoute({
    id: 'alliances.charter.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/charter',
    tag: TAG,
    summary: '现行章程',
    description:
      'The current (highest) version; its number is the ETag to name when adopting the next one. 404 before any charter was adopted.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: () => governanceSchemas().CharterVersion,
    response: { status: 200, example },
    handler: async ({ services, alliance }) => {
      const charter = await services.charter.current(alliance);
      return { status: 200, body: charter, version: charter.version };
    },
  }),

  defineRoute({
    id: 'alliances.charter.versions.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/charter/versions',
    tag: TAG,
    summary: '章程历次版本',
    description: 'Every version, newest first, without the texts (`length` gives their size).',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: governanceSchemas().ListQuery }),
    responseSchema: () => pageOf(governanceSchemas().CharterSummary),
    response: { status: 200, example: { items: [summaryExample] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.charter.versions(alliance, query),
    }),
  }),

  defineRoute({
    id: 'alliances.charter.versions.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/charter/versions/{version}',
    tag: TAG,
    summary: '查看章程某一版本',
    access: ALLIANCE_READ,
    schemas: () => ({ params: governanceSchemas().CharterParams }),
    responseSchema: () => governanceSchemas().CharterVersion,
    response: { status: 200, example },
    handler: async ({ services, alliance, params }) => {
      const charter = await services.charter.version(alliance, params.version);
      return { status: 200, body: charter, version: charter.version };
    },
  }),

  defineRoute({
    id: 'alliances.charter.versions.adopt',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/charter/versions',
    tag: TAG,
    summary: '通过新版章程',
    description:
      'The secretariat adopts the next version. If-Match names the current version ("0" before the first); the new one is that number plus one. Of two adoptions naming the same version only one succeeds, the other gets 412. Versions are never changed afterwards.',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: governanceSchemas().CreateCharterVersion }),
    responseSchema: () => governanceSchemas().CharterVersion,
    requiresVersion: true,
    response: { status: 201, example },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, expectedVersion, body }) => {
      const charter = await services.charter.adopt(write, alliance, expectedVersion, body);
      return { status: 201, body: charter, version: charter.version, location: versionLocation(charter) };
    },
  }),
];
