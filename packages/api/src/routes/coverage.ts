// Coverage (两个覆盖): per category, units with a Party organisation against the units there are.
import { coverageSchemas, pageOf, TENANT_ADMIN, TENANT_READ, unitSchemas } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '党组织覆盖 Coverage';

const row = {
  category: 'flag:above_size',
  dimension: 'flag',
  key: 'above_size',
  label: '规模以上企业',
  units: 216,
  covered: 201,
  rate: 0.9306,
  target: 1,
  meetsTarget: false,
};

export const coverageRoutes = [
  defineRoute({
    id: 'coverage.get',
    method: 'GET',
    path: '/v1/coverage',
    tag: TAG,
    summary: '党组织覆盖情况',
    description:
      'For each flag, unit kind, chain and town: units, units hosting a Party organization, the rate and the target. Read from counts kept by the writes: the same few reads however many units the tenant has.',
    access: TENANT_READ,
    schemas: () => ({}),
    responseSchema: () => coverageSchemas().Coverage,
    response: {
      status: 200,
      example: {
        total: { ...row, category: 'all', dimension: 'all', key: undefined, label: '全部单位' },
        categories: [row],
        targetsVersion: 1,
      },
    },
    handler: async ({ services, tenantId }) => ({
      status: 200,
      body: await services.coverage.read(tenantId),
    }),
  }),

  defineRoute({
    id: 'coverage.gaps',
    method: 'GET',
    path: '/v1/coverage/gaps',
    tag: TAG,
    summary: '未覆盖单位清单',
    description:
      'Units of one category (e.g. `flag:above_size`, `kind:enterprise`, `chain:<id>`, `town:<name>`, `all`) without a Party organization, in unit id order.',
    access: TENANT_READ,
    schemas: () => ({ query: coverageSchemas().GapQuery }),
    responseSchema: () => pageOf(unitSchemas().Unit),
    response: { status: 200 },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.units.gaps(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'coverage.targets.get',
    method: 'GET',
    path: '/v1/coverage/targets',
    tag: TAG,
    summary: '覆盖目标',
    access: TENANT_READ,
    schemas: () => ({}),
    responseSchema: () => coverageSchemas().TargetsResponse,
    response: { status: 200, example: { targets: { 'flag:above_size': 1 }, version: 1 } },
    handler: async ({ services, tenantId }) => {
      const targets = await services.coverage.targets(tenantId);
      return { status: 200, body: targets, version: targets.version };
    },
  }),

  defineRoute({
    id: 'coverage.targets.put',
    method: 'PUT',
    path: '/v1/coverage/targets',
    tag: TAG,
    summary: '设置覆盖目标',
    description:
      'Replaces all targets (rates from 0 to 1 by category). If-Match names the version read; before any targets are set it is "0".',
    access: TENANT_ADMIN,
    schemas: () => ({ body: coverageSchemas().Targets }),
    responseSchema: () => coverageSchemas().TargetsResponse,
    requiresVersion: true,
    response: { status: 200, example: { targets: { 'flag:above_size': 1 }, version: 2 } },
    handler: async ({ services, write, tenantId, expectedVersion, body }) => {
      const targets = await services.coverage.setTargets(write, tenantId, expectedVersion, body);
      return { status: 200, body: targets, version: targets.version };
    },
  }),
];
