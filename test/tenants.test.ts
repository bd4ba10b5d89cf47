// The tenant directory, onboarding and suspension.
import { type CreateTenant, tenantCatalog } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

const PLATFORM = { platform: true } as const;
// A catalog tenant the harness has not onboarded: the platform admin onboards it here.
const newTenant = tenantCatalog.find((tenant) => tenant.id === 'ah-xuancheng') as CreateTenant;

describe('tenant routes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-jinshan');
    await h.addTenant('sh-songjiang');
  });

  it('shows the directory to any signed-in principal, machine clients included', async () => {
    for (const as of [
      { tenant: 'sh-jinshan', role: 'tenant_viewer' } as const,
      { tenant: 'sh-jinshan', client: ['lianjian/read'] } as const,
      PLATFORM,
    ]) {
      const response = await h.call('GET', '/v1/tenants', { as });
      expect(response.status).toBe(200);
      const ids = ((await response.json()) as { items: { id: string }[] }).items.map((t) => t.id);
      expect(ids).toEqual(expect.arrayContaining(['sh-jinshan', 'sh-songjiang']));
    }
    const one = await h.call('GET', '/v1/tenants/sh-songjiang', {
      as: { tenant: 'sh-jinshan', role: 'tenant_viewer' },
    });
    expect(await one.json()).toMatchObject({ id: 'sh-songjiang', province: 'SH', status: 'active' });
    expect((await h.call('GET', '/v1/tenants', {})).status).toBe(401);
  });

  it('lets only platform admins onboard a tenant, and a retry is safe', async () => {
    const asAdmin = await h.call('POST', '/v1/tenants', {
      as: { tenant: 'sh-jinshan', role: 'tenant_admin' },
      body: newTenant,
    });
    expect(asAdmin.status).toBe(403);
    const created = await h.call('POST', '/v1/tenants', { as: PLATFORM, body: newTenant });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/v1/tenants/ah-xuancheng');
    // Two audited steps: recorded `pending`, then activated.
    const record = await created.json();
    expect(record).toMatchObject({ ...newTenant, status: 'active', version: 2 });
    const again = await h.call('POST', '/v1/tenants', { as: PLATFORM, body: newTenant });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(record);
    const taken = await h.call('POST', '/v1/tenants', {
      as: PLATFORM,
      body: { ...newTenant, shortName: '别处' },
    });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { code: string }).code).toBe('tenant_exists');
  });

  it('refuses a division code from another province', async () => {
    const response = await h.call('POST', '/v1/tenants', {
      as: PLATFORM,
      body: { ...newTenant, id: 'ah-wrong', divisionCode: '330100' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('province_mismatch');
  });

  it('suspends a tenant from its next request and restores it', async () => {
    const member = { tenant: 'sh-songjiang', role: 'tenant_admin' } as const;
    expect((await h.call('GET', '/v1/orgs', { as: member })).status).toBe(200);

    const suspended = await h.call('PATCH', '/v1/tenants/sh-songjiang', {
      as: PLATFORM,
      body: { status: 'suspended' },
      headers: { 'if-match': '"2"' },
    });
    expect(suspended.status).toBe(200);
    for (const [method, path] of [
      ['GET', '/v1/orgs'],
      ['GET', '/v1/me'],
      ['POST', '/v1/orgs'],
    ] as const) {
      const response = await h.call(method, path, {
        as: member,
        ...(method === 'POST' ? { body: { name: '新党委', kind: 'committee' } } : {}),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: string }).code).toBe('tenant_suspended');
    }
    const list = await h.call('GET', '/v1/orgs', { as: { tenant: 'sh-songjiang', role: 'tenant_admin' } });
    expect(list.status).toBe(403);

    const restored = await h.call('PATCH', '/v1/tenants/sh-songjiang', {
      as: PLATFORM,
      body: { status: 'active' },
      headers: { 'if-match': '"3"' },
    });
    expect(restored.status).toBe(200);
    expect((await h.call('GET', '/v1/orgs', { as: member })).status).toBe(200);
    // Nothing was written while suspended.
    const orgs = (await (await h.call('GET', '/v1/orgs', { as: member })).json()) as { items: unknown[] };
    expect(orgs.items).toEqual([]);
  });

  it('refuses tokens of tenants that were never onboarded', async () => {
    const response = await h.call('GET', '/v1/orgs', { as: { tenant: 'js-nowhere', role: 'tenant_admin' } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('tenant_unknown');
  });

  it('tells a principal who it is at /v1/me', async () => {
    const response = await h.call('GET', '/v1/me', {
      as: { tenant: 'sh-jinshan', role: 'tenant_editor', sub: 'zhang.wei' },
    });
    expect(await response.json()).toMatchObject({
      principal: { sub: 'zhang.wei', kind: 'user', tenantId: 'sh-jinshan', roles: ['tenant_editor'] },
      tenant: { id: 'sh-jinshan' },
    });
    const platform = await h.call('GET', '/v1/me', { as: PLATFORM });
    expect(await platform.json()).toMatchObject({
      principal: { roles: ['platform_admin'], tenantId: null },
      tenant: null,
    });
  });
});
