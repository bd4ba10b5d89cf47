// The tenant's audit trail, newest first, for its administrators.
import { auditSchemas, pageOf, TENANT_ADMIN } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

export const auditRoutes = [
  defineRoute({
    id: 'audit.list',
    method: 'GET',
    path: '/v1/audit',
    tag: '审计 Audit',
    summary: '操作审计记录',
    description: 'One entry per write in the tenant, newest first.',
    access: TENANT_ADMIN,
    schemas: () => ({ query: auditSchemas().ListQuery }),
    responseSchema: () => pageOf(auditSchemas().Entry),
    response: { status: 200 },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.audit.list(tenantId, query),
    }),
  }),
];
