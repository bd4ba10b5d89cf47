// Industry chains and clusters (产业链 / 产业集群) and their member units.
import { chainSchemas, pageOf, TENANT_READ, TENANT_WRITE, unitSchemas } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '产业链 Chains';
const chainLocation = (chain: { id: string }) => `/v1/chains/${chain.id}`;

const example = {
  id: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  name: '新型显示产业链',
  leader: { name: '张明', title: '栖霞区副区长' },
  leadDepartment: '栖霞区工业和信息化局',
  leadUnitId: '01JD3Q7Z8K6T2M4X9C5V0B1N7R',
  servingOrgId: '01JD3Q7Z8K6T2M4X9C5V0B1N7S',
  memberCount: 12,
};

const problemsOnReferences = ['chain.unitNotFound', 'chain.orgNotFound'] as const;

export const chainRoutes = [
  defineRoute({
    id: 'chains.create',
    method: 'POST',
    path: '/v1/chains',
    tag: TAG,
    summary: '新建产业链',
    description:
      'leadUnitId (链主) and servingOrgId must name a unit and an organization of the same tenant.',
    access: TENANT_WRITE,
    schemas: () => ({ body: chainSchemas().Create }),
    responseSchema: () => chainSchemas().Chain,
    idempotent: { resourceType: 'chain', location: chainLocation },
    response: { status: 201, example },
    problems: problemsOnReferences,
    handler: async ({ services, write, tenantId, body }) => {
      const chain = await services.chains.create(write, tenantId, body);
      return { status: 201, body: chain, version: chain.version, location: chainLocation(chain) };
    },
  }),

  defineRoute({
    id: 'chains.list',
    method: 'GET',
    path: '/v1/chains',
    tag: TAG,
    summary: '产业链列表',
    access: TENANT_READ,
    schemas: () => ({ query: chainSchemas().ListQuery }),
    responseSchema: () => pageOf(chainSchemas().Chain),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.chains.list(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'chains.get',
    method: 'GET',
    path: '/v1/chains/{chainId}',
    tag: TAG,
    summary: '查看产业链',
    access: TENANT_READ,
    schemas: () => ({ params: chainSchemas().Params }),
    responseSchema: () => chainSchemas().Chain,
    response: { status: 200, example },
    handler: async ({ services, tenantId, params }) => {
      const chain = await services.chains.get(tenantId, params.chainId);
      return { status: 200, body: chain, version: chain.version };
    },
  }),

  defineRoute({
    id: 'chains.update',
    method: 'PATCH',
    path: '/v1/chains/{chainId}',
    tag: TAG,
    summary: '修改产业链',
    description: 'JSON merge patch: fields left out stay as they are; null removes an optional field.',
    access: TENANT_WRITE,
    schemas: () => ({ params: chainSchemas().Params, body: chainSchemas().Update }),
    responseSchema: () => chainSchemas().Chain,
    requiresVersion: true,
    response: { status: 200, example },
    problems: problemsOnReferences,
    handler: async ({ services, write, tenantId, params, expectedVersion, body }) => {
      const chain = await services.chains.update(write, tenantId, params.chainId, expectedVersion, body);
      return { status: 200, body: chain, version: chain.version };
    },
  }),

  defineRoute({
    id: 'chains.delete',
    method: 'DELETE',
    path: '/v1/chains/{chainId}',
    tag: TAG,
    summary: '删除产业链',
    description: 'Deletes a chain without member units.',
    access: TENANT_WRITE,
    schemas: () => ({ params: chainSchemas().Params }),
    requiresVersion: true,
    response: { status: 204 },
    problems: ['chain.hasMembers'],
    handler: async ({ services, write, tenantId, params, expectedVersion }) => {
      await services.chains.remove(write, tenantId, params.chainId, expectedVersion);
      return { status: 204 };
    },
  }),

  defineRoute({
    id: 'chains.members.add',
    method: 'PUT',
    path: '/v1/chains/{chainId}/members/{unitId}',
    tag: TAG,
    summary: '加入产业链',
    description:
      'Makes the unit a member of the chain (adding a member again changes nothing) and answers with the unit. List members with GET /v1/units?chainId=.',
    access: TENANT_WRITE,
    schemas: () => ({ params: chainSchemas().MemberParams }),
    responseSchema: () => unitSchemas().Unit,
    response: { status: 200 },
    problems: ['chain.tooManyChains', 'write.conflict'],
    handler: async ({ services, write, tenantId, params }) => ({
      status: 200,
      body: await services.chains.addMember(write, tenantId, params.chainId, params.unitId),
    }),
  }),

  defineRoute({
    id: 'chains.members.remove',
    method: 'DELETE',
    path: '/v1/chains/{chainId}/members/{unitId}',
    tag: TAG,
    summary: '移出产业链',
    description: 'Removes the unit from the chain (removing a non-member changes nothing).',
    access: TENANT_WRITE,
    schemas: () => ({ params: chainSchemas().MemberParams }),
    response: { status: 204 },
    problems: ['write.conflict'],
    handler: async ({ services, write, tenantId, params }) => {
      await services.chains.removeMember(write, tenantId, params.chainId, params.unitId);
      return { status: 204 };
    },
  }),
];
