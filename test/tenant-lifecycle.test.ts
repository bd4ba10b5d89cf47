// The tenant lifecycle: pending → active ↔ suspended → offboarding → deleted, export and offboarding.
import {
  createTenantService,
  EXPORT_FORMAT,
  makeCreditCode,
  outlastLeases,
  type Principal,
  TENANT_STATUS_LEASE_MS,
} from '@lianjian/core';
import { createTenantRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';
import { canonicalItems, scanTable } from './support/table-scan.ts';

const PLATFORM = { platform: true } as const;
const GONE = 'zj-pinghu';
const KEPT = 'sh-jinshan';
const OPERATOR: Principal = {
  kind: 'user',
  sub: 'ops',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

const scanAll = (h: Harness) => scanTable(h.store);

const ofTenant = (tenantId: string) => (item: Record<string, unknown>) =>
  item.pk === `T#${tenantId}` || String(item.gsi1pk ?? '').startsWith(`T#${tenantId}#`);
const isPlatform = (item: Record<string, unknown>) => String(item.pk).startsWith('PLATFORM#');
const canonical = canonicalItems;
/** The tenant's side of its alliances: removed by leaving them, before the purge. */
const LEFT_WITH_ALLIANCES = ['ALLIANCE_LINK', 'MEMBER_UNIT_CLAIM', 'MEMBER_UNIT_REF'];
/** Every entity type `seedEveryKind` writes. */
const EVERY_KIND = [
  'ALLIANCE_LINK',
  'AUDIT',
  'CHAIN',
  'COVERAGE_COUNT',
  'COVERAGE_TARGETS',
  'IDEM',
  'MEMBER_UNIT_CLAIM',
  'MEMBER_UNIT_REF',
  'ORG',
  'UNIT',
  'UNIT_CLAIM',
  'UNIT_INDEX',
];

/**
 * Gives a tenant one record of every kind the API writes: an org tree, units with their claims and category
 * entries, a chain with a member, a hosting branch, coverage counts and targets, audit entries, an
 * idempotency record, and the tenant's side of an alliance it founded (its link, a member unit's reference
 * and claim).
 */
const seedEveryKind = async (h: Harness, tenantId: string) => {
  const admin = { tenant: tenantId, role: 'tenant_admin' } as const;
  const root = await h.call('POST', '/v1/orgs', {
    as: admin,
    body: { name: '中共平湖市委', kind: 'committee' },
    headers: { 'idempotency-key': `seed-${tenantId}` },
  });
  expect(root.status).toBe(201);
  const { id } = (await root.json()) as { id: string };
  for (const name of ['当湖街道党工委', '钟埭街道党工委']) {
    const child = await h.call('POST', '/v1/orgs', {
      as: admin,
      body: { name, kind: 'committee', parentId: id },
    });
    expect(child.status).toBe(201);
  }
  const post = async (path: string, body: unknown) => {
    const response = await h.call('POST', path, { as: admin, body });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const unitId = await post('/v1/units', {
    name: '平湖某精密机械有限公司',
    kind: 'enterprise',
    creditCode: makeCreditCode('330482', 4242),
    town: '当湖街道',
    flags: ['above_size'],
  });
  const chainId = await post('/v1/chains', { name: '光机电产业链', leadUnitId: unitId });
  expect((await h.call('PUT', `/v1/chains/${chainId}/members/${unitId}`, { as: admin })).status).toBe(200);
  await post('/v1/orgs', { name: '某精密机械党支部', kind: 'branch', parentId: id, hostUnitIds: [unitId] });
  const targets = await h.call('PUT', '/v1/coverage/targets', {
    as: admin,
    body: { targets: { 'flag:above_size': 1 } },
    headers: { 'if-match': '"0"' },
  });
  expect(targets.status).toBe(200);
  const allianceId = await post('/v1/alliances', { name: '平湖市单独联盟', kind: 'industry_chain' });
  await post(`/v1/alliances/${allianceId}/units`, { unitId, fields: ['town'] });
  return id;
};

const tenantVersion = async (h: Harness, tenantId: string) => {
  const response = await h.call('GET', `/v1/tenants/${tenantId}`, { as: PLATFORM });
  return Number(response.headers.get('etag')?.replaceAll('"', ''));
};

describe('tenant lifecycle', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant(KEPT);
    await h.addTenant(GONE);
    await seedEveryKind(h, KEPT);
  });

  it('finishes an onboarding that was interrupted while pending', async () => {
    const repo = createTenantRepository(h.store);
    const at = new Date().toISOString();
    const input = {
      id: 'js-kunshan',
      name: '中共昆山市委组织部',
      shortName: '昆山市',
      divisionCode: '320583',
      province: 'JS',
      tier: 'pool',
    } as const;
    await repo.create(
      { ...input, status: 'pending', version: 1, createdAt: at, updatedAt: at },
      {
        audit: {
          id: '01JD3Q7Z8K6T2M4X9C5V0B1N7R',
          at,
          action: 'tenant.created',
          resourceType: 'tenant',
          resourceId: input.id,
          changes: [],
          actor: { sub: 'ops', kind: 'user', tenantId: null },
          requestId: 'interrupted',
        },
      },
    );
    const blocked = await h.call('GET', '/v1/orgs', { as: { tenant: input.id, role: 'tenant_admin' } });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ code: 'tenant_inactive' });

    const retried = await h.call('POST', '/v1/tenants', { as: PLATFORM, body: input });
    expect(retried.status).toBe(201);
    expect(await retried.json()).toMatchObject({ status: 'active', version: 2 });
    expect((await h.call('GET', '/v1/orgs', { as: { tenant: input.id, role: 'tenant_admin' } })).status).toBe(
      200,
    );
  });

  it('lets operators switch only between active and suspended', async () => {
    const version = await tenantVersion(h, KEPT);
    const refused = await h.call('PATCH', `/v1/tenants/${KEPT}`, {
      as: PLATFORM,
      body: { status: 'deleted' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(refused.status).toBe(400);
    expect(await tenantVersion(h, KEPT)).toBe(version);
  });

  it("exports the tenant's partition as JSON Lines to its admins and operators only", async () => {
    const own = await h.call('GET', `/v1/tenants/${KEPT}/export`, {
      as: { tenant: KEPT, role: 'tenant_admin' },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await own.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const [header, ...rest] = lines;
    const trailer = rest.pop();
    expect(header).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      tenantId: KEPT,
      tenant: { id: KEPT },
    });
    expect(trailer).toEqual({ end: true, items: rest.length });
    // Exactly the items of the partition, each with its entity and key.
    const stored = (await scanAll(h)).filter((item) => item.pk === `T#${KEPT}`);
    expect(rest.map((line) => line.key).sort()).toEqual(stored.map((item) => item.sk).sort());
    expect([...new Set(rest.map((line) => line.entity))].sort()).toEqual(EVERY_KIND);
    expect(JSON.stringify(rest)).not.toContain(GONE);

    const operator = await h.call('GET', `/v1/tenants/${KEPT}/export`, { as: PLATFORM });
    expect(operator.status).toBe(200);
    await operator.text();

    for (const as of [
      { tenant: GONE, role: 'tenant_admin' },
      { tenant: GONE, client: ['lianjian/read', 'lianjian/write'] },
    ] as const) {
      const foreign = await h.call('GET', `/v1/tenants/${KEPT}/export`, { as });
      expect([403, 404]).toContain(foreign.status);
      expect(await foreign.text()).not.toContain('中共平湖市委');
    }
    const otherAdmin = await h.call('GET', `/v1/tenants/${KEPT}/export`, {
      as: { tenant: GONE, role: 'tenant_admin' },
    });
    expect(otherAdmin.status).toBe(404);
    const viewer = await h.call('GET', `/v1/tenants/${KEPT}/export`, {
      as: { tenant: KEPT, role: 'tenant_viewer' },
    });
    expect(viewer.status).toBe(403);
  });

  it("offboards a tenant: every item of its partitions goes, others' stay byte for byte", async () => {
    await seedEveryKind(h, GONE);
    const before = await scanAll(h);
    const ownItems = before.filter(ofTenant(GONE));
    const kinds = new Set(before.filter((item) => item.pk === `T#${GONE}`).map((item) => String(item.type)));
    expect([...kinds].sort()).toEqual(EVERY_KIND);
    // Leaving its alliances comes first and removes the tenant's side of them; the purge counts the rest.
    const expectedCounts: Record<string, number> = {};
    for (const item of before.filter((item) => item.pk === `T#${GONE}`))
      if (!LEFT_WITH_ALLIANCES.includes(String(item.type)))
        expectedCounts[String(item.type)] = (expectedCounts[String(item.type)] ?? 0) + 1;
    expect(ownItems.length).toBeGreaterThan(5);
    const allianceIds = before
      .filter((item) => item.pk === `T#${GONE}` && item.type === 'ALLIANCE_LINK')
      .map((item) => String(item.allianceId));
    expect(allianceIds).toHaveLength(1);
    const inTheAlliance = (item: Record<string, unknown>) => allianceIds.includes(String(item.pk).slice(2));
    const othersBefore = canonical(
      before.filter((item) => !ofTenant(GONE)(item) && !isPlatform(item) && !inTheAlliance(item)),
    );

    const version = await tenantVersion(h, GONE);
    expect((await h.call('DELETE', `/v1/tenants/${GONE}`, { as: PLATFORM })).status).toBe(428);
    const byAdmin = await h.call('DELETE', `/v1/tenants/${GONE}`, {
      as: { tenant: GONE, role: 'tenant_admin' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(byAdmin.status).toBe(403);

    const response = await h.call('DELETE', `/v1/tenants/${GONE}`, {
      as: PLATFORM,
      headers: { 'if-match': `"${version}"` },
    });
    expect(response.status).toBe(200);
    const certificate = (await response.json()) as Record<string, unknown>;
    expect(certificate).toMatchObject({
      tenantId: GONE,
      itemsDeleted: expectedCounts,
      totalItemsDeleted: Object.values(expectedCounts).reduce((a, b) => a + b, 0),
      operator: { sub: 'test-platform', kind: 'user' },
      alliancesLeft: allianceIds,
    });
    expect(Date.parse(String(certificate.completedAt))).toBeGreaterThanOrEqual(
      Date.parse(String(certificate.startedAt)),
    );

    const after = await scanAll(h);
    expect(after.filter(ofTenant(GONE))).toEqual([]);
    expect(
      canonical(after.filter((item) => !ofTenant(GONE)(item) && !isPlatform(item) && !inTheAlliance(item))),
    ).toEqual(othersBefore);
    // The alliance keeps its history, attributed to a former member.
    expect(after.find((item) => inTheAlliance(item) && item.sk === `MEMBER#${GONE}`)).toMatchObject({
      status: 'former',
      leftReason: 'offboarded',
    });

    // The certificate and the tombstone outlive the tenant; its principals and its id are done.
    const kept = await h.call('GET', `/v1/tenants/${GONE}/deletion-certificate`, { as: PLATFORM });
    expect(await kept.json()).toEqual(certificate);
    expect(await (await h.call('GET', `/v1/tenants/${GONE}`, { as: PLATFORM })).json()).toMatchObject({
      status: 'deleted',
    });
    const member = await h.call('GET', '/v1/orgs', { as: { tenant: GONE, role: 'tenant_admin' } });
    expect(member.status).toBe(403);
    expect(await member.json()).toMatchObject({ code: 'tenant_inactive' });
    const again = await h.call('POST', '/v1/tenants', {
      as: PLATFORM,
      body: { id: GONE, name: 'x', shortName: 'x', divisionCode: '330482', province: 'ZJ', tier: 'pool' },
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'tenant_retired' });
  });

  it('resumes an interrupted offboarding and still counts every item once', async () => {
    const tenantId = 'ah-wuhu';
    await h.addTenant(tenantId);
    await seedEveryKind(h, tenantId);
    for (let i = 0; i < 50; i++) {
      const created = await h.call('POST', '/v1/orgs', {
        as: { tenant: tenantId, role: 'tenant_editor' },
        body: { name: `第${i + 1}党支部`, kind: 'branch' },
      });
      expect(created.status).toBe(201);
    }
    const total = (await scanAll(h)).filter((item) => item.pk === `T#${tenantId}`).length;

    // Interrupt after the first page: the tenant is left `offboarding` with part of its items gone.
    const repo = createTenantRepository(h.store);
    const current = await h.services.tenants.get(tenantId);
    const at = new Date().toISOString();
    await repo.startOffboarding(
      { ...current, status: 'offboarding', version: current.version + 1, updatedAt: at },
      current.version,
      {
        tenantId,
        tenantName: current.name,
        startedAt: at,
        completedAt: '',
        operator: { sub: OPERATOR.sub, kind: 'user' },
        requestId: 'interrupted',
        itemsDeleted: {},
        totalItemsDeleted: 0,
        alliancesLeft: [],
      },
      {
        audit: {
          id: '01JD3Q7Z8K6T2M4X9C5V0B1N7S',
          at,
          action: 'tenant.offboardingStarted',
          resourceType: 'tenant',
          resourceId: tenantId,
          changes: [],
          actor: { sub: OPERATOR.sub, kind: 'user', tenantId: null },
          requestId: 'interrupted',
        },
      },
    );
    expect(await repo.purgePage(tenantId)).toBe(true);
    // The tenant's requests above left the gate a lease on `active`; written past the service, the status change
    // has no commit wait, so the test waits the lease out (core/tenants/status-lease.ts).
    await outlastLeases(TENANT_STATUS_LEASE_MS);
    const blocked = await h.call('GET', '/v1/orgs', { as: { tenant: tenantId, role: 'tenant_admin' } });
    expect(await blocked.json()).toMatchObject({ code: 'tenant_inactive' });

    const resumed = await h.call('DELETE', `/v1/tenants/${tenantId}`, {
      as: PLATFORM,
      headers: { 'if-match': `"${current.version + 1}"` },
    });
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ totalItemsDeleted: total, requestId: 'interrupted' });
    expect((await scanAll(h)).filter(ofTenant(tenantId))).toEqual([]);
  });

  it('waits the status lease out once offboarding has started, before leaving alliances or deleting', async () => {
    const tenantId = 'js-nantong';
    await h.addTenant(tenantId);
    const repo = createTenantRepository(h.store);
    const leaseMs = 300;
    const seen: { afterMs?: number; status?: string } = {};
    let startedAt = 0;
    const tenants = createTenantService(repo, {
      statusLeaseMs: leaseMs,
      // The first step after the commit wait: what is stored then, and when.
      leaveAlliances: async () => {
        seen.afterMs = performance.now() - startedAt;
        seen.status = (await repo.get(tenantId))?.status;
        return [];
      },
      allianceRecords: async function* () {},
    });
    const { version } = await tenants.get(tenantId);
    startedAt = performance.now();
    await tenants.offboard({ principal: OPERATOR, requestId: 'lease', now: new Date() }, tenantId, version);
    expect(seen.status).toBe('offboarding');
    expect(seen.afterMs).toBeGreaterThanOrEqual(leaseMs);
  });
});
