// Tenants (组织部): the directory every signed-in caller reads, and onboarding and suspension by operators.
import { PLATFORM_ADMIN, pageOf, SIGNED_IN, tenantSchemas } from '@lianjian/core';
import { PROBLEMS } from '../http/problems.ts';
import { defineRoute } from '../http/route.ts';

const TAG = '租户 Tenants';
const tenantLocation = (tenant: { id: string }) => `/v1/tenants/${tenant.id}`;

const example = {
  id: 'sh-jinshan',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  name: '中共上海市金山区委组织部',
  shortName: '金山区',
  divisionCode: '310116',
  province: 'SH',
  tier: 'pool',
  status: 'active',
};

export const tenantRoutes = [
  defineRoute({
    id: 'tenants.list',
    method: 'GET',
    path: '/v1/tenants',
    tag: TAG,
    summary: '租户目录',
    description: 'Every onboarded organisation department, so partners can find and invite each other.',
    access: SIGNED_IN,
    schemas: () => ({ query: tenantSchemas().ListQuery, response: pageOf(tenantSchemas().Tenant) }),
    response: { status: 200, example: { items: [example] } },
    problems: [PROBLEMS['input.invalidCursor']],
    handler: async ({ services, query }) => ({ status: 200, body: await services.tenants.list(query) }),
  }),

  defineRoute({
    id: 'tenants.get',
    method: 'GET',
    path: '/v1/tenants/{tenantId}',
    tag: TAG,
    summary: '查看租户',
    access: SIGNED_IN,
    schemas: () => ({ params: tenantSchemas().Params, response: tenantSchemas().Tenant }),
    response: { status: 200, example },
    handler: async ({ services, params }) => {
      const tenant = await services.tenants.get(params.tenantId);
      return { status: 200, body: tenant, version: tenant.version };
    },
  }),

  defineRoute({
    id: 'tenants.create',
    method: 'POST',
    path: '/v1/tenants',
    tag: TAG,
    summary: '开通租户（平台管理员）',
    access: PLATFORM_ADMIN,
    schemas: () => ({ body: tenantSchemas().Create, response: tenantSchemas().Tenant }),
    idempotent: { resourceType: 'tenant', location: tenantLocation },
    response: { status: 201, example },
    problems: [PROBLEMS['tenant.exists'], PROBLEMS['tenant.provinceMismatch']],
    handler: async ({ services, write, body }) => {
      const tenant = await services.tenants.create(write, body);
      return { status: 201, body: tenant, version: tenant.version, location: tenantLocation(tenant) };
    },
  }),

  defineRoute({
    id: 'tenants.update',
    method: 'PATCH',
    path: '/v1/tenants/{tenantId}',
    tag: TAG,
    summary: '修改租户或暂停/恢复（平台管理员）',
    description:
      'status `suspended` blocks every principal of the tenant from its next request; `active` restores it.',
    access: PLATFORM_ADMIN,
    schemas: () => ({
      params: tenantSchemas().Params,
      body: tenantSchemas().Update,
      response: tenantSchemas().Tenant,
    }),
    requiresVersion: true,
    response: { status: 200, example },
    handler: async ({ services, write, params, expectedVersion, body }) => {
      const tenant = await services.tenants.update(write, params.tenantId, expectedVersion, body);
      return { status: 200, body: tenant, version: tenant.version };
    },
  }),
];
