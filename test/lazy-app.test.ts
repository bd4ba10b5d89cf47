// The Lambda entry's app loads a route's group and the services it declares on the route's first call. Each
// route here is called once by an allowed caller on a fresh lazy app, so nothing loaded for another route can
// hide a service group missing from the manifest; the answers are the eager app's.
import { createLazyApp, createTokenVerifier, routes } from '@lianjian/api';
import { isAllowed, type Principal } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller, Harness } from './support/harness.ts';
import { createHarness } from './support/harness.ts';
import { OWNER_TENANT, ROUTE_PROBES } from './support/route-probes.ts';

const CALLERS: readonly { caller: Caller; principal: Principal }[] = [
  {
    caller: { platform: true },
    principal: { kind: 'user', sub: 'p', tenantId: null, roles: ['platform_admin'], scopes: [] },
  },
  {
    caller: { tenant: OWNER_TENANT, role: 'tenant_admin' },
    principal: { kind: 'user', sub: 'a', tenantId: OWNER_TENANT, roles: ['tenant_admin'], scopes: [] },
  },
  {
    caller: { tenant: OWNER_TENANT, client: ['lianjian/write'] },
    principal: { kind: 'client', sub: 'c', tenantId: OWNER_TENANT, roles: [], scopes: ['lianjian/write'] },
  },
  {
    caller: { tenant: OWNER_TENANT, client: ['lianjian/read'] },
    principal: { kind: 'client', sub: 'c', tenantId: OWNER_TENANT, roles: [], scopes: ['lianjian/read'] },
  },
];

describe('the lazy app (Lambda entry)', () => {
  let h: Harness;
  const freshApp = () =>
    createLazyApp({
      store: h.store,
      verifyToken: createTokenVerifier({
        issuer: h.issuer.issuer,
        audience: h.issuer.audience,
        jwks: h.issuer.jwks,
      }),
      openApiDocument: async () => ({}),
      logger: { error: () => undefined },
    });

  beforeAll(async () => {
    h = await createHarness({ ownDynamoDb: true });
    await h.addTenant(OWNER_TENANT);
  });

  it('answers an unknown path with the problem document, loading the error path on demand', async () => {
    const response = await h.call('GET', '/v1/nowhere', { app: freshApp() });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });

  for (const route of routes) {
    it(`${route.method} ${route.path} (${route.id}) works as the first call of a fresh app`, async () => {
      const probe = ROUTE_PROBES[route.id];
      if (!probe) throw new Error(`no probe for ${route.id}`);
      const allowed = CALLERS.find(({ principal }) => isAllowed(principal, route.access));
      const request = await probe.prepare(h);
      const response = await h.call(route.method, request.path, {
        app: freshApp(),
        ...(route.access.kind === 'public' || !allowed ? {} : { as: allowed.caller }),
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.headers ? { headers: request.headers } : {}),
      });
      const text = await response.text();
      expect({ status: response.status, text }).toMatchObject({ status: route.response.status });
    });
  }
});
