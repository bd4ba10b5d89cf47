// Alliance member units end to end against DynamoDB Local: copies of chosen fields, never the private record.
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { makeCreditCode } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { scanTable } from './support/table-scan.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely here; the schemas are checked elsewhere
type Json = Record<string, any>;

// Langxia (Jinshan) holds the secretariat; Dayun (Jiashan) and Guangchen (Pinghu) are members.
const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const OUTSIDER = 'js-kunshan';

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
let serial = 0;

describe('alliance member units', () => {
  let h: Harness;
  let alliance: string;
  const units = () => `/v1/alliances/${alliance}/units`;

  const send = async (
    as: Caller,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await h.call(method, path, { as, ...(body === undefined ? {} : { body }), headers });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      text,
      body: (text ? JSON.parse(text) : {}) as Json,
    };
  };

  const privateUnit = async (tenant: string, fields: Json = {}) => {
    serial += 1;
    const created = await send(editor(tenant), 'POST', '/v1/units', {
      name: `${tenant}第${serial}农家乐专业合作社`,
      kind: 'cooperative',
      ownership: 'private',
      creditCode: makeCreditCode('330421', 70_000 + serial),
      town: '大云镇',
      employeeCount: 30,
      partyMemberCount: 3,
      ...fields,
    });
    expect(created.status, created.text).toBe(201);
    return created;
  };

  const privateOrg = async (tenant: string, fields: Json = {}) => {
    serial += 1;
    const created = await send(editor(tenant), 'POST', '/v1/orgs', {
      name: `${tenant}第${serial}民宿联合党支部`,
      kind: 'joint_branch',
      memberCount: 9,
      secretaryName: `支部书记${serial}`,
      town: '广陈镇',
      ...fields,
    });
    expect(created.status, created.text).toBe(201);
    return created;
  };

  const enrol = (as: Caller, body: Json) => send(as, 'POST', units(), body);

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [JINSHAN, JIASHAN, PINGHU, OUTSIDER]) await h.addTenant(tenant);
    const created = await send(admin(JINSHAN), 'POST', '/v1/alliances', {
      name: '廊下·大云·广陈乡村振兴联盟',
      kind: 'cluster',
    });
    alliance = String(created.body.id);
    for (const tenant of [JIASHAN, PINGHU]) {
      await send(admin(JINSHAN), 'POST', `/v1/alliances/${alliance}/invitations`, { tenantId: tenant });
      await send(admin(tenant), 'POST', `/v1/alliances/${alliance}/invitations/${tenant}/accept`);
    }
  });

  it('copies only the chosen fields; the private id is answered to the owner only and never stored', async () => {
    const unit = await privateUnit(JIASHAN);
    const enrolled = await enrol(editor(JIASHAN), {
      unitId: unit.body.id,
      fields: ['town', 'employeeCount', 'town'],
      description: '可接待 40 人团队的农事体验',
    });
    expect(enrolled.status, enrolled.text).toBe(201);
    expect(enrolled.body).toEqual({
      id: expect.any(String),
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      allianceId: alliance,
      ownerTenantId: JIASHAN,
      kind: 'unit',
      fields: ['employeeCount', 'town'],
      name: unit.body.name,
      unitKind: 'cooperative',
      town: '大云镇',
      employeeCount: 30,
      description: '可接待 40 人团队的农事体验',
      refreshedAt: expect.any(String),
      sourceUnitId: unit.body.id,
    });

    const byPartner = await send(
      { tenant: PINGHU, role: 'tenant_viewer' },
      'GET',
      `${units()}/${enrolled.body.id}`,
    );
    expect(byPartner.status).toBe(200);
    expect(byPartner.body).not.toHaveProperty('sourceUnitId');
    for (const secret of [unit.body.id, unit.body.creditCode, 'private', '"partyMemberCount"'])
      expect(byPartner.text).not.toContain(secret);
    const byOwner = await send(
      { tenant: JIASHAN, client: ['lianjian/read'] },
      'GET',
      `${units()}/${enrolled.body.id}`,
    );
    expect(byOwner.body.sourceUnitId).toBe(unit.body.id);

    // Nothing in the alliance's partition names the private record.
    const shared = (await scanTable(h.store)).filter((item) => item.pk === `A#${alliance}`);
    expect(shared.length).toBeGreaterThan(0);
    expect(JSON.stringify(shared)).not.toContain(unit.body.id);
    expect(JSON.stringify(shared)).not.toContain(unit.body.creditCode);
  });

  it('changes the copy only on refresh, and only in the chosen fields', async () => {
    const unit = await privateUnit(PINGHU, { employeeCount: 40 });
    const enrolled = await enrol(editor(PINGHU), { unitId: unit.body.id, fields: ['employeeCount'] });
    const edited = await send(
      editor(PINGHU),
      'PATCH',
      `/v1/units/${unit.body.id}`,
      { employeeCount: 120, ownership: 'joint', town: '广陈镇' },
      { 'if-match': unit.etag },
    );
    expect(edited.status).toBe(200);
    const path = `${units()}/${enrolled.body.id}`;
    const unchanged = await send(admin(JINSHAN), 'GET', path);
    expect(unchanged.body).toMatchObject({ version: 1, employeeCount: 40 });
    expect(unchanged.body).not.toHaveProperty('ownership');
    expect(unchanged.body).not.toHaveProperty('town');

    const refreshed = await send(
      editor(PINGHU),
      'PATCH',
      path,
      { refresh: true },
      { 'if-match': enrolled.etag },
    );
    expect(refreshed.status, refreshed.text).toBe(200);
    expect(refreshed.body).toMatchObject({ version: 2, employeeCount: 120, fields: ['employeeCount'] });
    const seen = await send(admin(JINSHAN), 'GET', path);
    expect(seen.body).toMatchObject({ version: 2, employeeCount: 120 });
    for (const hidden of ['ownership', 'town', 'creditCode', 'flags', 'partyMemberCount'])
      expect(seen.body).not.toHaveProperty(hidden);

    // A new choice copies again: flags now shown (百人以上 follows the count), employeeCount no longer.
    const rechosen = await send(editor(PINGHU), 'PATCH', path, { fields: ['flags'] }, { 'if-match': '"2"' });
    expect(rechosen.body).toMatchObject({ version: 3, fields: ['flags'], flags: ['hundred_plus'] });
    expect(rechosen.body).not.toHaveProperty('employeeCount');
    const described = await send(
      editor(PINGHU),
      'PATCH',
      path,
      { description: '新说明' },
      { 'if-match': '"3"' },
    );
    expect(described.body).toMatchObject({ version: 4, description: '新说明', flags: ['hundred_plus'] });
    const cleared = await send(editor(PINGHU), 'PATCH', path, { description: null }, { 'if-match': '"4"' });
    expect(cleared.body).not.toHaveProperty('description');
    expect((await send(editor(PINGHU), 'PATCH', path, { refresh: true }, { 'if-match': '"4"' })).status).toBe(
      412,
    );
    expect((await send(editor(PINGHU), 'PATCH', path, { refresh: true })).status).toBe(428);
  });

  it('enrols a record once per alliance, again after it was withdrawn', async () => {
    const unit = await privateUnit(JINSHAN);
    const first = await enrol(editor(JINSHAN), { unitId: unit.body.id, fields: [] });
    expect(first.status).toBe(201);
    const again = await enrol(editor(JINSHAN), { unitId: unit.body.id, fields: ['town'] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'member_unit_already_enrolled', title: '已登记为成员单位' });
    const path = `${units()}/${first.body.id}`;
    expect((await send(editor(JINSHAN), 'DELETE', path, undefined, { 'if-match': '"9"' })).status).toBe(412);
    expect((await send(editor(JINSHAN), 'DELETE', path, undefined, { 'if-match': first.etag })).status).toBe(
      204,
    );
    expect((await send(admin(JIASHAN), 'GET', path)).status).toBe(404);
    expect((await enrol(editor(JINSHAN), { unitId: unit.body.id, fields: [] })).status).toBe(201);
  });

  it('enrols Party organisations too, with the fields organisations may show', async () => {
    const org = await privateOrg(PINGHU);
    const enrolled = await enrol(editor(PINGHU), {
      orgId: org.body.id,
      fields: ['memberCount', 'secretaryName'],
    });
    expect(enrolled.status, enrolled.text).toBe(201);
    expect(enrolled.body).toMatchObject({
      kind: 'org',
      orgKind: 'joint_branch',
      name: org.body.name,
      memberCount: 9,
      secretaryName: org.body.secretaryName,
      sourceOrgId: org.body.id,
    });
    expect(enrolled.body).not.toHaveProperty('town');
    const wrong = await enrol(editor(PINGHU), { orgId: org.body.id, fields: ['creditCode'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'field_not_shareable', title: '字段不可共享' });
    expect(wrong.body.detail).toBe('字段 creditCode 不能在党组织类成员单位中展示');
    const english = await h.call('POST', units(), {
      as: editor(PINGHU),
      body: { orgId: org.body.id, fields: ['employeeCount'] },
      headers: { 'accept-language': 'en' },
    });
    expect(await english.json()).toMatchObject({
      status: 400,
      title: 'Field cannot be shared',
      detail: 'Field employeeCount cannot be shown for a member unit of kind org',
    });
  });

  it('refuses bad input with 400 in Chinese, or English when asked', async () => {
    const unit = await privateUnit(JINSHAN);
    const both = await enrol(editor(JINSHAN), { unitId: unit.body.id, orgId: unit.body.id, fields: [] });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([{ path: 'unitId', message: '须提供 unitId 或 orgId 其中之一' }]);
    const unknownField = await h.call('POST', units(), {
      as: editor(JINSHAN),
      body: { unitId: unit.body.id, fields: ['chainIds'], contact: '13800000000' },
      headers: { 'accept-language': 'en' },
    });
    expect(unknownField.status).toBe(400);
    const problem = (await unknownField.json()) as Json;
    expect(problem.title).toBe('Invalid request');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: '', message: 'unknown fields: contact' },
        expect.objectContaining({ path: 'fields[0]' }),
      ]),
    );
    const nothing = await send(
      editor(JINSHAN),
      'PATCH',
      `${units()}/${unit.body.id}`,
      {},
      { 'if-match': '"1"' },
    );
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors[0].message).toBe('没有要修改的内容');
  });

  it("cannot enrol another tenant's record, and lets only the owner change or withdraw a member unit", async () => {
    const partners = await privateUnit(JIASHAN);
    const stolen = await enrol(editor(JINSHAN), { unitId: partners.body.id, fields: ['town'] });
    expect(stolen.status).toBe(422);
    expect(stolen.body.code).toBe('member_unit_source_not_found');
    expect(stolen.text).not.toContain(String(partners.body.name));

    const enrolled = await enrol(editor(JIASHAN), { unitId: partners.body.id, fields: ['town'] });
    const path = `${units()}/${enrolled.body.id}`;
    const bySecretariat = await send(admin(JINSHAN), 'PATCH', path, { refresh: true }, { 'if-match': '"1"' });
    expect(bySecretariat.status).toBe(403);
    expect(bySecretariat.body).toMatchObject({ code: 'member_unit_owner_only', title: '仅登记方可修改' });
    expect((await send(admin(PINGHU), 'DELETE', path, undefined, { 'if-match': '"1"' })).status).toBe(403);
    const byViewer = await send({ tenant: JIASHAN, role: 'tenant_viewer' }, 'DELETE', path, undefined, {
      'if-match': '"1"',
    });
    expect(byViewer.status).toBe(403);
    const outsider = await send(admin(OUTSIDER), 'GET', path);
    expect(outsider.status).toBe(404);
    expect(outsider.text).not.toContain(String(partners.body.name));
    expect((await enrol(editor(OUTSIDER), { unitId: partners.body.id, fields: [] })).status).toBe(404);
  });

  it('answers 409 when the private record was deleted and the owner asks to copy it again', async () => {
    const unit = await privateUnit(JINSHAN);
    const enrolled = await enrol(editor(JINSHAN), { unitId: unit.body.id, fields: ['town'] });
    expect(
      (
        await send(editor(JINSHAN), 'DELETE', `/v1/units/${unit.body.id}`, undefined, {
          'if-match': unit.etag,
        })
      ).status,
    ).toBe(204);
    const path = `${units()}/${enrolled.body.id}`;
    const gone = await send(editor(JINSHAN), 'PATCH', path, { refresh: true }, { 'if-match': '"1"' });
    expect(gone.status).toBe(409);
    expect(gone.body.code).toBe('member_unit_source_gone');
    expect(
      (await send(editor(JINSHAN), 'PATCH', path, { description: '已停业' }, { 'if-match': '"1"' })).status,
    ).toBe(200);
    expect((await send(editor(JINSHAN), 'DELETE', path, undefined, { 'if-match': '"2"' })).status).toBe(204);
  });

  it('holds the 32 operators and 13 Party organisations of the three towns, listed in pages and by owner', async () => {
    const towns = [
      { tenant: JINSHAN, operators: 12, orgs: 5 },
      { tenant: JIASHAN, operators: 10, orgs: 4 },
      { tenant: PINGHU, operators: 10, orgs: 4 },
    ];
    const path = `/v1/alliances/${
      (
        await send(admin(JINSHAN), 'POST', '/v1/alliances', {
          name: '旅居产业集群活动型党委',
          kind: 'cluster',
        })
      ).body.id
    }`;
    for (const tenant of [JIASHAN, PINGHU]) {
      await send(admin(JINSHAN), 'POST', `${path}/invitations`, { tenantId: tenant });
      await send(admin(tenant), 'POST', `${path}/invitations/${tenant}/accept`);
    }
    for (const { tenant, operators, orgs } of towns) {
      for (let i = 0; i < operators; i++) {
        const unit = await privateUnit(tenant, { kind: i % 2 ? 'cooperative' : 'enterprise' });
        expect(
          (await send(editor(tenant), 'POST', `${path}/units`, { unitId: unit.body.id, fields: ['town'] }))
            .status,
        ).toBe(201);
      }
      for (let i = 0; i < orgs; i++) {
        const org = await privateOrg(tenant);
        expect(
          (
            await send(editor(tenant), 'POST', `${path}/units`, {
              orgId: org.body.id,
              fields: ['memberCount'],
            })
          ).status,
        ).toBe(201);
      }
    }
    const seen: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await send(
        admin(PINGHU),
        'GET',
        `${path}/units?limit=20${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...(page.body.items as Json[]));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(45);
    expect(seen.filter((unit) => unit.kind === 'unit')).toHaveLength(32);
    expect(seen.filter((unit) => unit.kind === 'org')).toHaveLength(13);
    // Pinghu sees the private ids of its own member units only.
    expect(
      seen
        .filter((unit) => unit.sourceUnitId || unit.sourceOrgId)
        .every((unit) => unit.ownerTenantId === PINGHU),
    ).toBe(true);
    expect(
      seen
        .filter((unit) => unit.ownerTenantId === PINGHU)
        .every((unit) => unit.sourceUnitId || unit.sourceOrgId),
    ).toBe(true);
    const dayun = await send(admin(JINSHAN), 'GET', `${path}/units?ownerTenantId=${JIASHAN}&limit=100`);
    expect(dayun.body.items).toHaveLength(14);
    expect(
      (dayun.body.items as Json[]).every((unit) => unit.ownerTenantId === JIASHAN && !unit.sourceUnitId),
    ).toBe(true);
    expect((await send(admin(JINSHAN), 'GET', `${path}/units?ownerTenantId=Bad`)).status).toBe(400);
  });

  it('withdraws the member units of a tenant that leaves, once, however often the step runs', async () => {
    const created = await send(admin(JINSHAN), 'POST', '/v1/alliances', {
      name: '退出测试联盟',
      kind: 'cluster',
    });
    const path = `/v1/alliances/${created.body.id}`;
    await send(admin(JINSHAN), 'POST', `${path}/invitations`, { tenantId: PINGHU });
    await send(admin(PINGHU), 'POST', `${path}/invitations/${PINGHU}/accept`);
    const leaving = await privateUnit(PINGHU);
    const leavingOrg = await privateOrg(PINGHU);
    const staying = await privateUnit(JINSHAN);
    await send(editor(PINGHU), 'POST', `${path}/units`, { unitId: leaving.body.id, fields: ['town'] });
    await send(editor(PINGHU), 'POST', `${path}/units`, { orgId: leavingOrg.body.id, fields: [] });
    await send(editor(JINSHAN), 'POST', `${path}/units`, { unitId: staying.body.id, fields: [] });

    expect((await send(admin(PINGHU), 'DELETE', `${path}/members/${PINGHU}`)).status).toBe(204);
    expect((await send(admin(JINSHAN), 'DELETE', `${path}/members/${PINGHU}`)).status).toBe(204);
    const listed = await send(admin(JINSHAN), 'GET', `${path}/units`);
    expect((listed.body.items as Json[]).map((unit) => unit.name)).toEqual([staying.body.name]);
    const feed = await send(admin(JINSHAN), 'GET', `${path}/feed?limit=100`);
    const withdrawn = (feed.body.items as Json[]).filter((event) => event.action === 'memberUnit.withdrawn');
    expect(withdrawn.map((event) => event.subject.title).sort()).toEqual(
      [leaving.body.name, leavingOrg.body.name].sort(),
    );
    // The tenant's own side is gone too: its records may be enrolled again should it rejoin.
    const own = (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${PINGHU}` && String(item.sk).includes(String(created.body.id)),
    );
    expect(own).toEqual([]);
    expect((await send(admin(PINGHU), 'GET', `${path}/units`)).status).toBe(404);
  });

  it("withdraws for an operator offboarding the tenant, even once the tenant's partition is gone", async () => {
    const created = await send(admin(JINSHAN), 'POST', '/v1/alliances', {
      name: '注销测试联盟',
      kind: 'cluster',
    });
    const allianceId = String(created.body.id);
    const path = `/v1/alliances/${allianceId}`;
    await send(admin(JINSHAN), 'POST', `${path}/invitations`, { tenantId: JIASHAN });
    await send(admin(JIASHAN), 'POST', `${path}/invitations/${JIASHAN}/accept`);
    const unit = await privateUnit(JIASHAN);
    const enrolled = await send(editor(JIASHAN), 'POST', `${path}/units`, {
      unitId: unit.body.id,
      fields: [],
    });
    expect(enrolled.status).toBe(201);
    // As if offboarding had purged the tenant's partition first: only the alliance side is left.
    const ownSide = (await scanTable(h.store)).filter(
      (item) =>
        item.pk === `T#${JIASHAN}` && String(item.sk).includes(allianceId) && item.type !== 'ALLIANCE_LINK',
    );
    expect(ownSide.map((item) => item.type).sort()).toEqual(['MEMBER_UNIT_CLAIM', 'MEMBER_UNIT_REF']);
    for (const item of ownSide)
      await h.store.doc.send(
        new DeleteCommand({ TableName: h.store.tableName, Key: { pk: item.pk, sk: item.sk } }),
      );

    const operator = {
      principal: { kind: 'user', sub: 'ops', tenantId: null, roles: ['platform_admin'], scopes: [] },
      requestId: 'offboarding',
      now: new Date(),
    } as const;
    await h.services.memberUnits.withdrawDeparted(operator, allianceId, JIASHAN);
    await h.services.memberUnits.withdrawDeparted(operator, allianceId, JIASHAN);
    expect((await send(admin(JINSHAN), 'GET', `${path}/units`)).body.items).toEqual([]);
    const feed = await send(admin(JINSHAN), 'GET', `${path}/feed?limit=5`);
    expect(feed.body.items[0]).toMatchObject({
      action: 'memberUnit.withdrawn',
      tenantId: null,
      subject: { id: enrolled.body.id, title: unit.body.name },
    });
    expect(
      (feed.body.items as Json[]).filter((event) => event.action === 'memberUnit.withdrawn'),
    ).toHaveLength(1);
    const audit = (await scanTable(h.store)).filter(
      (item) => item.pk === 'PLATFORM#AUDIT' && item.action === 'memberUnit.withdrawn',
    );
    expect(audit).toHaveLength(1);
  });
});
