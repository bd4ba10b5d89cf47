// Units, chains and coverage end to end through the app, against DynamoDB Local.
import { makeCreditCode } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

const TENANT = 'sh-songjiang';
const EDITOR = { tenant: TENANT, role: 'tenant_editor' } as const;
const ADMIN = { tenant: TENANT, role: 'tenant_admin' } as const;

type Json = Record<string, unknown>;
let serial = 1;

describe('units, chains and coverage', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant(TENANT);
  });

  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await h.call(method, path, { as: EDITOR, body, headers });
    const text = await response.text();
    return { response, status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  };

  const newUnit = async (fields: Json = {}) => {
    serial += 1;
    const { status, body } = await send('POST', '/v1/units', {
      name: `上海松江测试单位${serial}有限公司`,
      kind: 'enterprise',
      creditCode: makeCreditCode('310117', serial * 101),
      town: '九亭镇',
      ...fields,
    });
    expect(status, JSON.stringify(body)).toBe(201);
    return body as Json & { id: string; version: number };
  };

  const coverage = async () =>
    (await send('GET', '/v1/coverage')).body as {
      total: Json;
      categories: (Json & { category: string })[];
      targetsVersion: number;
    };
  const row = async (category: string) => {
    const c = await coverage();
    return category === 'all' ? c.total : c.categories.find((r) => r.category === category);
  };

  it('creates a unit, derives 百人以上 from the employee count and refuses to let it be set', async () => {
    const unit = await newUnit({ employeeCount: 150, flags: ['high_tech', 'above_size', 'high_tech'] });
    expect(unit).toMatchObject({
      kind: 'enterprise',
      flags: ['above_size', 'high_tech', 'hundred_plus'],
      chainIds: [],
      orgCount: 0,
      hasPartyOrg: false,
      version: 1,
    });
    expect(unit).not.toHaveProperty('rev');
    const bad = await send('POST', '/v1/units', {
      name: '某公司',
      kind: 'enterprise',
      flags: ['hundred_plus'],
    });
    expect(bad.status).toBe(400);

    const patched = await send('PATCH', `/v1/units/${unit.id}`, { employeeCount: 20 }, { 'if-match': '"1"' });
    expect(patched.status).toBe(200);
    expect(patched.body.flags).toEqual(['above_size', 'high_tech']);
  });

  it('validates the credit code check character and keeps codes and names unique in the tenant', async () => {
    const code = makeCreditCode('310117', 777_777);
    const wrongCheck = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    const bad = await send('POST', '/v1/units', {
      name: '校验位错误公司',
      kind: 'enterprise',
      creditCode: wrongCheck,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('统一社会信用代码');

    const first = await newUnit({ creditCode: code.toLowerCase() });
    expect(first.creditCode).toBe(code);
    const sameCode = await send('POST', '/v1/units', {
      name: '另一家公司',
      kind: 'enterprise',
      creditCode: code,
    });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.code).toBe('credit_code_taken');
    const sameName = await send('POST', '/v1/units', { name: first.name, kind: 'park' });
    expect(sameName.status).toBe(409);
    expect(sameName.body.code).toBe('unit_name_taken');

    // Changing the code frees the old one.
    const moved = await send(
      'PATCH',
      `/v1/units/${first.id}`,
      { creditCode: makeCreditCode('310117', 777_778) },
      { 'if-match': '"1"' },
    );
    expect(moved.status).toBe(200);
    const reused = await send('POST', '/v1/units', {
      name: '接手代码公司',
      kind: 'enterprise',
      creditCode: code,
    });
    expect(reused.status).toBe(201);
  });

  it('counts a unit as covered while an organization is hosted there, and keeps the dashboard in step', async () => {
    const before = await coverage();
    const a = await newUnit({ flags: ['little_giant'], town: '洞泾镇' });
    const b = await newUnit({ flags: ['little_giant'], town: '洞泾镇' });
    const little = await row('flag:little_giant');
    const beforeLittle = before.categories.find((r) => r.category === 'flag:little_giant') as Json;
    expect(little).toMatchObject({ units: Number(beforeLittle.units) + 2, covered: beforeLittle.covered });

    // A joint branch hosted in both units covers both.
    const org = await send('POST', '/v1/orgs', {
      name: '洞泾镇两新组织联合党支部',
      kind: 'joint_branch',
      hostUnitIds: [a.id, b.id],
    });
    expect(org.status).toBe(201);
    expect((await send('GET', `/v1/units/${a.id}`)).body).toMatchObject({ orgCount: 1, hasPartyOrg: true });
    expect(await row('flag:little_giant')).toMatchObject({ covered: Number(beforeLittle.covered) + 2 });
    expect(await row('town:洞泾镇')).toMatchObject({ units: 2, covered: 2, rate: 1 });

    // A unit that hosts an organization cannot be deleted.
    const refused = await send('DELETE', `/v1/units/${a.id}`, undefined, { 'if-match': '"1"' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('unit_hosts_orgs');

    // Re-hosting to b only uncovers a.
    const rehost = await send(
      'PATCH',
      `/v1/orgs/${org.body.id}`,
      { hostUnitIds: [b.id] },
      { 'if-match': '"1"' },
    );
    expect(rehost.status).toBe(200);
    expect(await row('town:洞泾镇')).toMatchObject({ units: 2, covered: 1, rate: 0.5 });
    const gaps = await send('GET', `/v1/coverage/gaps?category=${encodeURIComponent('town:洞泾镇')}`);
    expect((gaps.body.items as Json[]).map((u) => u.id)).toEqual([a.id]);

    // Deleting the organization uncovers b; deleting a then removes it from every count.
    expect((await send('DELETE', `/v1/orgs/${org.body.id}`, undefined, { 'if-match': '"2"' })).status).toBe(
      204,
    );
    expect((await send('DELETE', `/v1/units/${a.id}`, undefined, { 'if-match': '"1"' })).status).toBe(204);
    expect(await row('town:洞泾镇')).toMatchObject({ units: 1, covered: 0, rate: 0 });
  });

  it('refuses a host unit of another tenant or one that does not exist', async () => {
    await h.addTenant('sh-baoshan');
    const foreign = await h.call('POST', '/v1/units', {
      as: { tenant: 'sh-baoshan', role: 'tenant_editor' },
      body: { name: '宝山某公司', kind: 'enterprise' },
    });
    const foreignId = ((await foreign.json()) as Json).id as string;
    const org = await send('POST', '/v1/orgs', {
      name: '越界支部',
      kind: 'branch',
      hostUnitIds: [foreignId],
    });
    expect(org.status).toBe(422);
    expect(org.body.code).toBe('host_unit_not_found');
    expect(JSON.stringify(org.body)).not.toContain('宝山某公司');
  });

  it('manages chain membership, lists members by chain and counts chain coverage', async () => {
    const lead = await newUnit({ name: '松江链主示范企业有限公司' });
    const chain = await send('POST', '/v1/chains', {
      name: '集成电路产业链',
      leader: { name: '王强', title: '松江区副区长' },
      leadDepartment: '松江区经济委员会',
      leadUnitId: lead.id,
    });
    expect(chain.status).toBe(201);
    const chainId = chain.body.id as string;
    const member = await newUnit();
    for (const unitId of [lead.id, member.id, member.id]) {
      const added = await send('PUT', `/v1/chains/${chainId}/members/${unitId}`);
      expect(added.status).toBe(200);
    }
    expect((await send('GET', `/v1/chains/${chainId}`)).body.memberCount).toBe(2);
    const members = await send('GET', `/v1/units?chainId=${chainId}`);
    expect((members.body.items as Json[]).map((u) => u.id).sort()).toEqual([lead.id, member.id].sort());
    expect(await row(`chain:${chainId}`)).toMatchObject({ label: '集成电路产业链', units: 2, covered: 0 });

    const refused = await send('DELETE', `/v1/chains/${chainId}`, undefined, { 'if-match': '"1"' });
    expect(refused.body.code).toBe('chain_has_members');
    expect((await send('DELETE', `/v1/chains/${chainId}/members/${member.id}`)).status).toBe(204);
    expect((await send('GET', `/v1/units/${member.id}`)).body.chainIds).toEqual([]);
    expect(await row(`chain:${chainId}`)).toMatchObject({ units: 1 });

    const missingLead = await send('POST', '/v1/chains', {
      name: '无链主',
      leadUnitId: '01JD3Q7Z8K6T2M4X9C5V0B1N7R',
    });
    expect(missingLead.status).toBe(422);
  });

  it('filters units by kind, flag, town and Party organisation, paging through the results', async () => {
    const town = '泖港镇';
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push((await newUnit({ town, kind: 'cooperative', creditCode: undefined })).id);
    await newUnit({ town, kind: 'enterprise', flags: ['above_size'] });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `kind=cooperative&town=${encodeURIComponent(town)}&hasPartyOrg=false&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await send('GET', `/v1/units?${query}`);
      expect(page.status).toBe(200);
      seen.push(...(page.body.items as Json[]).map((u) => u.id as string));
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor);
    expect(seen).toEqual(created);
    const aboveSize = await send('GET', `/v1/units?flag=above_size&town=${encodeURIComponent(town)}`);
    expect((aboveSize.body.items as Json[]).length).toBe(1);
    const invalid = await send('GET', '/v1/units?flag=rich');
    expect(invalid.status).toBe(400);
  });

  it('sets targets with versions and reports whether each category meets its target', async () => {
    const first = await h.call('PUT', '/v1/coverage/targets', {
      as: ADMIN,
      body: { targets: { 'flag:above_size': 1, 'kind:enterprise': 0.9 } },
      headers: { 'if-match': '"0"' },
    });
    expect(first.status).toBe(200);
    const stale = await h.call('PUT', '/v1/coverage/targets', {
      as: ADMIN,
      body: { targets: {} },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    const byEditor = await send('PUT', '/v1/coverage/targets', { targets: {} }, { 'if-match': '"1"' });
    expect(byEditor.status).toBe(403);
    const badCategory = await h.call('PUT', '/v1/coverage/targets', {
      as: ADMIN,
      body: { targets: { 'flag:rich': 1, 'kind:enterprise': 2 } },
      headers: { 'if-match': '"1"' },
    });
    expect(badCategory.status).toBe(400);
    const c = await coverage();
    expect(c.targetsVersion).toBe(1);
    expect(c.categories.find((r) => r.category === 'flag:above_size')).toMatchObject({
      target: 1,
      meetsTarget: false,
    });
  });
});
