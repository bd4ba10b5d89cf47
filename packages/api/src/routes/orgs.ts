// Party organisations (党组织): the tenant's private organisation tree.
import { orgSchemas, pageOf, TENANT_READ, TENANT_WRITE } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '党组织 Organizations';
const orgLocation = (org: { id: string }) => `/v1/orgs/${org.id}`;

const example = {
  id: '01JD3Q7Z8K6T2M4X9C5V0B1N7R',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  name: '中共金山区金山工业区高端智能装备产业集群委员会',
  kind: 'cluster_committee',
  memberCount: 0,
  establishedOn: '2018-08-15',
  secretaryName: '沈建华',
  town: '金山工业区',
  childCount: 3,
};

export const orgRoutes = [
  defineRoute({
    id: 'orgs.create',
    method: 'POST',
    path: '/v1/orgs',
    tag: TAG,
    summary: '新建党组织',
    description:
      "Creates an organization in the caller's tenant. parentId must name an organization of the same tenant.",
    access: TENANT_WRITE,
    schemas: () => ({ body: orgSchemas().Create }),
    responseSchema: () => orgSchemas().Org,
    idempotent: { resourceType: 'org', location: orgLocation },
    response: { status: 201, example },
    problems: ['org.parentNotFound'],
    handler: async ({ services, write, tenantId, body }) => {
      const org = await services.orgs.create(write, tenantId, body);
      return { status: 201, body: org, version: org.version, location: orgLocation(org) };
    },
  }),

  defineRoute({
    id: 'orgs.list',
    method: 'GET',
    path: '/v1/orgs',
    tag: TAG,
    summary: '党组织列表',
    description:
      "Lists the tenant's organizations in creation order; `parentId` lists the children of one organization.",
    access: TENANT_READ,
    schemas: () => ({ query: orgSchemas().ListQuery }),
    responseSchema: () => pageOf(orgSchemas().Org),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.orgs.list(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'orgs.get',
    method: 'GET',
    path: '/v1/orgs/{orgId}',
    tag: TAG,
    summary: '查看党组织',
    access: TENANT_READ,
    schemas: () => ({ params: orgSchemas().Params }),
    responseSchema: () => orgSchemas().Org,
    response: { status: 200, example },
    handler: async ({ services, tenantId, params }) => {
      const org = await services.orgs.get(tenantId, params.orgId);
      return { status: 200, body: org, version: org.version };
    },
  }),

  defineRoute({
    id: 'orgs.update',
    method: 'PATCH',
    path: '/v1/orgs/{orgId}',
    tag: TAG,
    summary: '修改党组织',
    description:
      'JSON merge patch: fields left out stay as they are; null removes an optional field (parentId: null moves to the top).',
    access: TENANT_WRITE,
    schemas: () => ({ params: orgSchemas().Params, body: orgSchemas().Update }),
    responseSchema: () => orgSchemas().Org,
    requiresVersion: true,
    response: { status: 200, example },
    problems: ['org.parentNotFound', 'org.cycle', 'write.conflict'],
    handler: async ({ services, write, tenantId, params, expectedVersion, body }) => {
      const org = await services.orgs.update(write, tenantId, params.orgId, expectedVersion, body);
      return { status: 200, body: org, version: org.version };
    },
  }),

  defineRoute({
    id: 'orgs.delete',
    method: 'DELETE',
    path: '/v1/orgs/{orgId}',
    tag: TAG,
    summary: '删除党组织',
    description: 'Deletes an organization that has no child organizations.',
    access: TENANT_WRITE,
    schemas: () => ({ params: orgSchemas().Params }),
    requiresVersion: true,
    response: { status: 204 },
    problems: ['org.hasChildren'],
    handler: async ({ services, write, tenantId, params, expectedVersion }) => {
      await services.orgs.remove(write, tenantId, params.orgId, expectedVersion);
      return { status: 204 };
    },
  }),
];
