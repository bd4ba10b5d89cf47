// Who am I: the verified principal and its tenant.
import { SIGNED_IN, tenantSchemas } from '@lianjian/core';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.ts';

/** The answer's schema, for the documentation. */
const meResponse = () =>
  z.object({
    principal: z.object({
      sub: z.string(),
      kind: z.enum(['user', 'client']),
      tenantId: z.nullable(z.string()),
      roles: z.array(z.string()),
      scopes: z.array(z.string()),
    }),
    tenant: z.nullable(tenantSchemas().Tenant),
  });

export const meRoutes = [
  defineRoute({
    id: 'me.get',
    method: 'GET',
    path: '/v1/me',
    tag: '身份 Identity',
    summary: '当前身份',
    access: SIGNED_IN,
    schemas: () => ({}),
    responseSchema: meResponse,
    response: { status: 200 },
    handler: async ({ services, principal }) => {
      const tenant = principal.tenantId ? ((await services.tenants.find(principal.tenantId)) ?? null) : null;
      return { status: 200, body: { principal, tenant } };
    },
  }),
];
