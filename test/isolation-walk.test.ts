// Walks every route of the app: the owner tenant's data is created, then another tenant's principals and
// an anonymous caller try the route. Foreign tenants get 404 (403 where their role may not call the route at
// all), never the owner's ids or values, and the table is byte-for-byte unchanged afterwards.
import { routes } from '@lianjian/api';
import { isAllowed, type Principal } from '@lianjian/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { OWNER_TENANT, ROUTE_PROBES } from './support/route-probes.ts';
import { canonicalItems, scanTable } from './support/table-scan.ts';

const FOREIGN_TENANT = 'zj-jiashan';
const FOREIGN: readonly { name: string; caller: Caller; principal: Principal }[] = [
  ...(['tenant_admin', 'tenant_editor', 'tenant_viewer'] as const).map((role) => ({
    name: role,
    caller: { tenant: FOREIGN_TENANT, role },
    principal: { kind: 'user', sub: role, tenantId: FOREIGN_TENANT, roles: [role], scopes: [] } as Principal,
  })),
  {
    name: 'machine client',
    caller: { tenant: FOREIGN_TENANT, client: ['lianjian/read', 'lianjian/write'] },
    principal: {
      kind: 'client',
      sub: 'c',
      tenantId: FOREIGN_TENANT,
      roles: [],
      scopes: ['lianjian/read', 'lianjian/write'],
    },
  },
];

/**
 * Writes in the caller's own tenant (no path ids, not a read: creates, the tenant's own coverage targets):
 * nothing of another tenant to reach.
 */
const createsOwnData = (route: { method: string; path: string }) =>
  route.method !== 'GET' && !route.path.includes('{');

describe('isolation walk over every route', () => {
  let h: Harness;
  let probed = 0;
  beforeAll(async () => {
    h = await createHarness({ ownDynamoDb: true });
    await h.addTenant(OWNER_TENANT);
    await h.addTenant(FOREIGN_TENANT);
  });
  afterAll(() => {
    console.info(`isolation walk: ${probed} route × foreign-principal probes passed`);
  });

  const tableText = async () => canonicalItems(await scanTable(h.store)).join('\n');

  it('knows how to exercise every route', () => {
    expect(routes.map((route) => route.id).filter((id) => !ROUTE_PROBES[id])).toEqual([]);
  });

  for (const route of routes.filter((route) => !createsOwnData(route))) {
    it(`${route.method} ${route.path} reveals and changes nothing of another tenant`, async () => {
      const probe = ROUTE_PROBES[route.id];
      if (!probe) throw new Error(`no probe for ${route.id}`);
      const request = await probe.prepare(h);
      const before = await tableText();
      const send = (caller?: Caller) =>
        h.call(route.method, request.path, {
          ...(caller ? { as: caller } : {}),
          ...(request.body === undefined ? {} : { body: request.body }),
          ...(request.headers ? { headers: request.headers } : {}),
        });

      const anonymous = await send();
      expect(anonymous.status).toBe(route.access.kind === 'public' ? route.response.status : 401);
      const anonymousText = await anonymous.text();
      for (const secret of request.secrets.filter(Boolean)) expect(anonymousText).not.toContain(secret);

      for (const { name, caller, principal } of FOREIGN) {
        const response = await send(caller);
        const text = await response.text();
        const allowed = isAllowed(principal, route.access);
        const status =
          probe.exposure === 'directory'
            ? allowed
              ? route.response.status
              : 403
            : !allowed
              ? 403
              : route.path.includes('{')
                ? 404
                : route.response.status;
        expect({ caller: name, status: response.status }).toEqual({ caller: name, status });
        for (const secret of request.secrets.filter(Boolean)) expect(text).not.toContain(secret);
        probed += 1;
      }
      expect(await tableText()).toBe(before);
    });
  }
});
