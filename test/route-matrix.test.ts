// Every route × every kind of principal answers exactly as the route's access declaration says:
// allowed callers get the route's success status, others 401 (no token) or 403 (not allowed).
import { routes } from '@lianjian/api';
import { isAllowed, type Principal } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller, Harness } from './support/harness.ts';
import { createHarness } from './support/harness.ts';
import { OWNER_TENANT, ROUTE_PROBES } from './support/route-probes.ts';

const CALLERS: Readonly<Record<string, { caller?: Caller; principal?: Principal }>> = {
  anonymous: {},
  platform_admin: {
    caller: { platform: true },
    principal: { kind: 'user', sub: 'p', tenantId: null, roles: ['platform_admin'], scopes: [] },
  },
  ...Object.fromEntries(
    (['tenant_admin', 'tenant_editor', 'tenant_viewer'] as const).map((role) => [
      role,
      {
        caller: { tenant: OWNER_TENANT, role },
        principal: { kind: 'user', sub: role, tenantId: OWNER_TENANT, roles: [role], scopes: [] },
      },
    ]),
  ),
  ...Object.fromEntries(
    (['lianjian/read', 'lianjian/write'] as const).map((scope) => [
      `client ${scope}`,
      {
        caller: { tenant: OWNER_TENANT, client: [scope] },
        principal: { kind: 'client', sub: 'c', tenantId: OWNER_TENANT, roles: [], scopes: [scope] },
      },
    ]),
  ),
};

describe('route × principal matrix', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ ownDynamoDb: true });
    await h.addTenant(OWNER_TENANT);
  });

  it('has a probe for every route, so no route goes untested', () => {
    expect(routes.map((route) => route.id).filter((id) => !ROUTE_PROBES[id])).toEqual([]);
  });

  for (const route of routes) {
    it(`${route.method} ${route.path} (${route.id}) answers each principal as declared`, async () => {
      const probe = ROUTE_PROBES[route.id];
      if (!probe) throw new Error(`no probe for ${route.id}`);
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      // A request is prepared again only after a call that may have used it up (a write that succeeded): a
      // refused call, or any GET, leaves it as it was, so the next caller gets the same valid request.
      let request: Awaited<ReturnType<typeof probe.prepare>> | undefined;
      for (const [name, { caller, principal }] of Object.entries(CALLERS)) {
        request ??= await probe.prepare(h);
        const response = await h.call(route.method, request.path, {
          ...(caller ? { as: caller } : {}),
          ...(request.body === undefined ? {} : { body: request.body }),
          ...(request.headers ? { headers: request.headers } : {}),
        });
        await response.arrayBuffer();
        if (route.method !== 'GET' && response.status < 400) request = undefined;
        outcomes[name] = response.status;
        expected[name] =
          route.access.kind === 'public'
            ? route.response.status
            : !principal
              ? 401
              : isAllowed(principal, route.access)
                ? route.response.status
                : 403;
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
