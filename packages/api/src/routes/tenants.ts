// Tenants (组织部): the directory every signed-in caller reads, and onboarding and suspension by operators.
import { OWN_TENANT_ADMIN, PLATFORM_ADMIN, pageOf, SIGNED_IN, tenantSchemas } from '@lianjian/core';
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
    schemas: () => ({ query: tenantSchemas().ListQuery }),
    responseSchema: () => pageOf(tenantSchemas().Tenant),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, query }) => ({ status: 200, body: await services.tenants.list(query) }),
  }),

  defineRoute({
    id: 'tenants.get',
    method: 'GET',
    path: '/v1/tenants/{tenantId}',
    tag: TAG,
    summary: '查看租户',
    access: SIGNED_IN,
    schemas: () => ({ params: tenantSchemas().Params }),
    responseSchema: () => tenantSchemas().Tenant,
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
    description:
      'Onboards a tenant (`pending` → `active`) in one call. Safe to retry: the same tenant again answers 200 ' +
      'with the stored record; the id with different fields is 409 `tenant_exists`.',
    access: PLATFORM_ADMIN,
    schemas: () => ({ body: tenantSchemas().Create }),
    responseSchema: () => tenantSchemas().Tenant,
    idempotent: { resourceType: 'tenant', location: tenantLocation },
    response: { status: 201, example },
    problems: ['tenant.exists', 'tenant.retired', 'tenant.provinceMismatch'],
    handler: async ({ services, write, body }) => {
      const { tenant, created } = await services.tenants.onboard(write, body);
      return {
        status: created ? 201 : 200,
        body: tenant,
        version: tenant.version,
        location: tenantLocation(tenant),
      };
    },
  }),

  defineRoute({
    id: 'tenants.update',
    method: 'PATCH',
    path: '/v1/tenants/{tenantId}',
    tag: TAG,
    summary: '修改租户或暂停/恢复（平台管理员）',
    description:
      'status `suspended` blocks every principal of the tenant: the answer comes once it has taken effect ' +
      '(about a second later), and every request that starts after it is refused. `active` restores it at once.',
    access: PLATFORM_ADMIN,
    schemas: () => ({ params: tenantSchemas().Params, body: tenantSchemas().Update }),
    responseSchema: () => tenantSchemas().Tenant,
    requiresVersion: true,
    response: { status: 200, example },
    problems: ['tenant.retired', 'tenant.invalidTransition'],
    handler: async ({ services, write, params, expectedVersion, body }) => {
      const tenant = await services.tenants.update(write, params.tenantId, expectedVersion, body);
      return { status: 200, body: tenant, version: tenant.version };
    },
  }),

  defineRoute({
    id: 'tenants.export',
    method: 'GET',
    path: '/v1/tenants/{tenantId}/export',
    tag: TAG,
    summary: '导出租户数据',
    description:
      "Every item of the tenant's partition as JSON Lines (`application/x-ndjson`): a header line with the " +
      'format (`lianjian.tenant-export`, version 1) and the tenant record, one line per item ' +
      '`{"entity","key","data"}`, and a trailer `{"end":true,"items":n}`. For the tenant\'s administrators ' +
      'and platform operators; other tenants get 404.',
    access: OWN_TENANT_ADMIN,
    schemas: () => ({ params: tenantSchemas().Params }),
    response: { status: 200 },
    problems: ['tenant.retired'],
    handler: async ({ services, params, write }) => ({
      status: 200,
      stream: {
        contentType: 'application/x-ndjson; charset=utf-8',
        filename: `lianjian-${params.tenantId}-${write.now.toISOString().slice(0, 10)}.jsonl`,
        chunks: await services.tenants.exportLines(params.tenantId, write.now),
      },
    }),
  }),

  defineRoute({
    id: 'tenants.offboard',
    method: 'DELETE',
    path: '/v1/tenants/{tenantId}',
    tag: TAG,
    summary: '注销租户（平台管理员）',
    description:
      'Offboards the tenant: `offboarding`, every item of its partitions deleted, then `deleted`. Answers the ' +
      'deletion certificate (items deleted per entity type, time, operator), which outlives the tenant. ' +
      'An interrupted offboarding resumes when called again with the current ETag.',
    access: PLATFORM_ADMIN,
    schemas: () => ({ params: tenantSchemas().Params }),
    responseSchema: () => tenantSchemas().DeletionCertificate,
    requiresVersion: true,
    response: { status: 200 },
    problems: ['tenant.retired'],
    handler: async ({ services, write, params, expectedVersion }) => ({
      status: 200,
      body: await services.tenants.offboard(write, params.tenantId, expectedVersion),
    }),
  }),

  defineRoute({
    id: 'tenants.deletionCertificate',
    method: 'GET',
    path: '/v1/tenants/{tenantId}/deletion-certificate',
    tag: TAG,
    summary: '租户注销证明（平台管理员）',
    access: PLATFORM_ADMIN,
    schemas: () => ({ params: tenantSchemas().Params }),
    responseSchema: () => tenantSchemas().DeletionCertificate,
    response: { status: 200 },
    handler: async ({ services, params }) => ({
      status: 200,
      body: await services.tenants.certificate(params.tenantId),
    }),
  }),
];
