// Units (单位 / 经营主体): the enterprises and other bodies on the tenant's patch.
import { pageOf, TENANT_READ, TENANT_WRITE, unitSchemas } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '单位 Units';
const unitLocation = (unit: { id: string }) => `/v1/units/${unit.id}`;

const example = {
  id: '01JD3Q7Z8K6T2M4X9C5V0B1N7R',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  name: '上海金山精密模具有限公司',
  kind: 'enterprise',
  ownership: 'private',
  creditCode: '91310116MA1J8K7X0B',
  town: '金山工业区',
  employeeCount: 236,
  partyMemberCount: 12,
  flags: ['above_size', 'high_tech', 'hundred_plus'],
  chainIds: [],
  orgCount: 1,
  hasPartyOrg: true,
};

export const unitRoutes = [
  defineRoute({
    id: 'units.create',
    method: 'POST',
    path: '/v1/units',
    tag: TAG,
    summary: '新建单位',
    description:
      "Creates a unit in the caller's tenant. creditCode (GB 32100-2015, check character verified) and name are unique within the tenant. `hundred_plus` is derived from employeeCount and cannot be set.",
    access: TENANT_WRITE,
    schemas: () => ({ body: unitSchemas().Create }),
    responseSchema: () => unitSchemas().Unit,
    idempotent: { resourceType: 'unit', location: unitLocation },
    response: { status: 201, example },
    problems: ['unit.creditCodeTaken', 'unit.nameTaken'],
    handler: async ({ services, write, tenantId, body }) => {
      const unit = await services.units.create(write, tenantId, body);
      return { status: 201, body: unit, version: unit.version, location: unitLocation(unit) };
    },
  }),

  defineRoute({
    id: 'units.list',
    method: 'GET',
    path: '/v1/units',
    tag: TAG,
    summary: '单位列表',
    description:
      'Without filters: creation order. With filters (kind, flag, chainId, town, hasPartyOrg): unit id order within the most selective one. hasPartyOrg=false reads the gap index, which may lag a write by a moment.',
    access: TENANT_READ,
    schemas: () => ({ query: unitSchemas().ListQuery }),
    responseSchema: () => pageOf(unitSchemas().Unit),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.units.list(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'units.get',
    method: 'GET',
    path: '/v1/units/{unitId}',
    tag: TAG,
    summary: '查看单位',
    access: TENANT_READ,
    schemas: () => ({ params: unitSchemas().Params }),
    responseSchema: () => unitSchemas().Unit,
    response: { status: 200, example },
    handler: async ({ services, tenantId, params }) => {
      const unit = await services.units.get(tenantId, params.unitId);
      return { status: 200, body: unit, version: unit.version };
    },
  }),

  defineRoute({
    id: 'units.update',
    method: 'PATCH',
    path: '/v1/units/{unitId}',
    tag: TAG,
    summary: '修改单位',
    description: 'JSON merge patch: fields left out stay as they are; null removes an optional field.',
    access: TENANT_WRITE,
    schemas: () => ({ params: unitSchemas().Params, body: unitSchemas().Update }),
    responseSchema: () => unitSchemas().Unit,
    requiresVersion: true,
    response: { status: 200, example },
    problems: ['unit.creditCodeTaken', 'unit.nameTaken', 'write.conflict'],
    handler: async ({ services, write, tenantId, params, expectedVersion, body }) => {
      const unit = await services.units.update(write, tenantId, params.unitId, expectedVersion, body);
      return { status: 200, body: unit, version: unit.version };
    },
  }),

  defineRoute({
    id: 'units.delete',
    method: 'DELETE',
    path: '/v1/units/{unitId}',
    tag: TAG,
    summary: '删除单位',
    description: 'Deletes a unit that hosts no organization; it leaves its chains.',
    access: TENANT_WRITE,
    schemas: () => ({ params: unitSchemas().Params }),
    requiresVersion: true,
    response: { status: 204 },
    problems: ['unit.hostsOrgs'],
    handler: async ({ services, write, tenantId, params, expectedVersion }) => {
      await services.units.remove(write, tenantId, params.unitId, expectedVersion);
      return { status: 204 };
    },
  }),
];
