// Alliance governance end to end against DynamoDB Local: the committee, the rotating chair and the charter.
import type { AllianceMembership } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely here; the schemas are checked elsewhere
type Json = Record<string, any>;

// The Langxia·Dayun·Guangchen alliance: Jinshan holds the secretariat, Jiashan and Pinghu are members.
const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const OUTSIDER = 'js-kunshan';
// The G60 corridor's nine cities, yearly joint meetings hosted in turn from 2019 (in Wuhu).
const G60 = [
  'ah-wuhu',
  'sh-songjiang',
  'zj-jiaxing',
  'zj-hangzhou',
  'zj-jinhua',
  'js-suzhou',
  'zj-huzhou',
  'ah-xuancheng',
  'ah-hefei',
];

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });

describe('alliance governance', () => {
  let h: Harness;

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
      body: (text ? JSON.parse(text) : {}) as Json,
    };
  };

  /** An alliance of `founder` with `members` joined (invited and accepted). */
  const allianceOf = async (founder: string, members: readonly string[], extra: Json = {}) => {
    const created = await send(admin(founder), 'POST', '/v1/alliances', {
      name: `测试联盟${Math.random().toString(36).slice(2, 8)}`,
      kind: 'adjacent_region',
      ...extra,
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    for (const tenant of members) {
      expect(
        (await send(admin(founder), 'POST', `/v1/alliances/${id}/invitations`, { tenantId: tenant })).status,
      ).toBe(201);
      expect(
        (await send(admin(tenant), 'POST', `/v1/alliances/${id}/invitations/${tenant}/accept`)).status,
      ).toBe(200);
    }
    return id;
  };

  const feedActions = async (allianceId: string, as: Caller = admin(JINSHAN)) =>
    ((await send(as, 'GET', `/v1/alliances/${allianceId}/feed?limit=100`)).body.items as Json[]).map(
      (event) => event.action,
    );

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of new Set([JINSHAN, JIASHAN, PINGHU, OUTSIDER, ...G60])) await h.addTenant(tenant);
  });

  describe('committee', () => {
    let ldg: string;
    const path = () => `/v1/alliances/${ldg}/committee`;
    const add = (body: Json, as = editor(JINSHAN)) => send(as, 'POST', path(), body);

    beforeAll(async () => {
      ldg = await allianceOf(JINSHAN, [JIASHAN, PINGHU]);
    });

    it('holds the Langxia·Dayun·Guangchen committee: 1 secretary, 2 deputies and 8 members, in order', async () => {
      const people: Json[] = [
        { role: 'member', personName: '委员甲', tenantId: PINGHU, order: 2 },
        { role: 'secretary', personName: '陈书记', tenantId: JINSHAN, title: '廊下镇党委书记' },
        { role: 'deputy_secretary', personName: '大云副书记', tenantId: JIASHAN, order: 1 },
        { role: 'deputy_secretary', personName: '广陈副书记', tenantId: PINGHU, order: 2 },
        ...Array.from({ length: 7 }, (_, i) => ({
          role: 'member',
          personName: `委员${i + 1}`,
          tenantId: [JINSHAN, JIASHAN, PINGHU][i % 3],
          unitName: '三镇乡村旅居经营主体',
          order: i === 0 ? 1 : 3 + i,
        })),
      ];
      for (const person of people) expect((await add(person)).status).toBe(201);
      const { status, body } = await send({ tenant: JIASHAN, role: 'tenant_viewer' }, 'GET', path());
      expect(status).toBe(200);
      const items = body.items as Json[];
      expect(items.map((p) => p.role)).toEqual([
        'secretary',
        'deputy_secretary',
        'deputy_secretary',
        ...Array(8).fill('member'),
      ]);
      expect(items.slice(0, 5).map((p) => p.personName)).toEqual([
        '陈书记',
        '大云副书记',
        '广陈副书记',
        '委员1',
        '委员甲',
      ]);
      expect(items[0]).toMatchObject({
        allianceId: ldg,
        tenantId: JINSHAN,
        title: '廊下镇党委书记',
        version: 1,
      });
      expect(await feedActions(ldg)).toContain('committee.positionAdded');
    });

    it('refuses a second secretary, also by changing a role, with 409', async () => {
      const second = await add({ role: 'secretary', personName: '另一书记', tenantId: JIASHAN });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'committee_secretary_taken', title: '委员会已有书记' });
      const deputy = ((await send(admin(JINSHAN), 'GET', path())).body.items as Json[])[1] as Json;
      const promoted = await send(
        editor(JINSHAN),
        'PATCH',
        `${path()}/${deputy.id}`,
        { role: 'secretary' },
        { 'if-match': `"${deputy.version}"` },
      );
      expect(promoted.status).toBe(409);
      expect(promoted.body.code).toBe('committee_secretary_taken');
    });

    it('lets only one of two concurrent secretaries in', async () => {
      const alliance = await allianceOf(JINSHAN, [JIASHAN]);
      const results = await Promise.all(
        [JINSHAN, JIASHAN].map((tenantId) =>
          send(editor(JINSHAN), 'POST', `/v1/alliances/${alliance}/committee`, {
            role: 'secretary',
            personName: `${tenantId}书记`,
            tenantId,
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const listed = await send(admin(JINSHAN), 'GET', `/v1/alliances/${alliance}/committee`);
      expect((listed.body.items as Json[]).filter((p) => p.role === 'secretary')).toHaveLength(1);
    });

    it('hands the secretary seat on: step down, then another may take it', async () => {
      const alliance = await allianceOf(JINSHAN, [JIASHAN]);
      const base = `/v1/alliances/${alliance}/committee`;
      const first = await send(editor(JINSHAN), 'POST', base, {
        role: 'secretary',
        personName: '甲',
        tenantId: JINSHAN,
      });
      const stepDown = await send(
        editor(JINSHAN),
        'PATCH',
        `${base}/${first.body.id}`,
        { role: 'member', title: null },
        { 'if-match': first.etag },
      );
      expect(stepDown).toMatchObject({ status: 200, etag: '"2"', body: { role: 'member', version: 2 } });
      const next = await send(editor(JINSHAN), 'POST', base, {
        role: 'secretary',
        personName: '乙',
        tenantId: JIASHAN,
      });
      expect(next.status).toBe(201);
      const stale = await send(editor(JINSHAN), 'DELETE', `${base}/${next.body.id}`, undefined, {
        'if-match': '"7"',
      });
      expect(stale.status).toBe(412);
      expect((await send(editor(JINSHAN), 'DELETE', `${base}/${next.body.id}`)).status).toBe(428);
      expect(
        (
          await send(editor(JINSHAN), 'DELETE', `${base}/${next.body.id}`, undefined, {
            'if-match': next.etag,
          })
        ).status,
      ).toBe(204);
      const third = await send(editor(JINSHAN), 'POST', base, {
        role: 'secretary',
        personName: '丙',
        tenantId: JINSHAN,
      });
      expect(third.status).toBe(201);
    });

    it('needs the person’s tenant to be a current member', async () => {
      const refused = await add({ role: 'member', personName: '外人', tenantId: OUTSIDER });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'tenant_not_member' });
      expect(refused.body.detail).toContain(OUTSIDER);
    });

    it('lets members read but only the secretariat edit; non-members learn nothing', async () => {
      const byMember = await add({ role: 'member', personName: '越权', tenantId: JIASHAN }, admin(JIASHAN));
      expect(byMember.status).toBe(403);
      expect(byMember.body.code).toBe('secretariat_only');
      const outsider = await send(admin(OUTSIDER), 'GET', path());
      expect(outsider.status).toBe(404);
      expect(JSON.stringify(outsider.body)).not.toContain('陈书记');
    });

    it('answers bad input with 400 in Chinese, or English when asked', async () => {
      const zh = await add({ role: 'chairman', personName: '', tenantId: 'Not A Tenant', extra: 1 });
      expect(zh.status).toBe(400);
      expect(zh.body).toMatchObject({ code: 'validation_failed', title: '请求参数有误' });
      const paths = (zh.body.errors as Json[]).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['role', 'personName', 'tenantId']));
      expect((zh.body.errors as Json[]).find((e) => e.path === 'personName')?.message).toBe('不能为空');
      const en = await h.call('POST', path(), {
        as: editor(JINSHAN),
        body: { role: 'member', personName: '某人' },
        headers: { 'accept-language': 'en' },
      });
      expect(en.status).toBe(400);
      expect(await en.json()).toMatchObject({
        title: 'Invalid request',
        errors: [{ path: 'tenantId', message: 'is required' }],
      });
    });
  });

  describe('rotating chair', () => {
    let g60: string;
    const path = () => `/v1/alliances/${g60}/chair`;
    const songjiang = editor('sh-songjiang');

    beforeAll(async () => {
      g60 = await allianceOf(
        'sh-songjiang',
        G60.filter((city) => city !== 'sh-songjiang'),
        { kind: 'corridor' },
      );
    });

    it('has no schedule at first (version 0)', async () => {
      const { status, etag, body } = await send(admin('ah-hefei'), 'GET', path());
      expect(status).toBe(200);
      expect(etag).toBe('"0"');
      expect(body).toEqual({ version: 0, terms: [], handovers: [] });
      const handover = await send(songjiang, 'POST', `${path()}/handover`, {
        toTenantId: 'ah-wuhu',
        reason: '测试',
      });
      expect(handover.status).toBe(409);
      expect(handover.body.code).toBe('chair_no_schedule');
    });

    it('sets the G60 yearly rotation from 2019 in Wuhu, conditional on If-Match', async () => {
      const schedule = { rotation: G60, termMonths: 12, startsOn: '2019-06-28' };
      expect((await send(songjiang, 'PUT', path(), schedule)).status).toBe(428);
      const set = await send(songjiang, 'PUT', path(), schedule, { 'if-match': '"0"' });
      expect(set.status).toBe(200);
      expect(set.etag).toBe('"1"');
      expect(set.body).toMatchObject({ version: 1, rotation: G60, termMonths: 12, startsOn: '2019-06-28' });
      expect(set.body.terms[0]).toMatchObject({
        tenantId: 'ah-wuhu',
        tenantName: 'ah-wuhu 组织部',
        from: '2019-06-28T00:00:00+08:00',
        until: '2020-06-28T00:00:00+08:00',
        reason: 'scheduled',
      });
      expect(set.body.current).toBeDefined();
      expect(Date.parse(set.body.next.from)).toBe(Date.parse(set.body.current.until));
      expect((await send(songjiang, 'PUT', path(), schedule, { 'if-match': '"0"' })).status).toBe(412);
      expect(await feedActions(g60, songjiang)).toContain('chair.scheduleSet');
    });

    it('derives the chair in Asia/Shanghai: the 2020 term starts at 16:00 UTC on 27 June', async () => {
      const scope: AllianceMembership = { allianceId: g60, tenantId: 'ah-hefei', role: 'member' };
      const before = await h.services.chair.get(scope, new Date('2020-06-27T15:59:59Z'));
      const after = await h.services.chair.get(scope, new Date('2020-06-27T16:00:00Z'));
      expect(before.current?.tenantId).toBe('ah-wuhu');
      expect(before.next).toMatchObject({ tenantId: 'sh-songjiang', from: '2020-06-28T00:00:00+08:00' });
      expect(after.current?.tenantId).toBe('sh-songjiang');
      const ninth = await h.services.chair.get(scope, new Date('2028-01-01T00:00:00Z'));
      expect(ninth.current?.tenantId).toBe('ah-hefei');
      const wrapped = await h.services.chair.get(scope, new Date('2028-07-01T00:00:00Z'));
      expect(wrapped.current?.tenantId).toBe('ah-wuhu');
    });

    it('refuses rotations naming non-members or a tenant twice', async () => {
      const current = await send(songjiang, 'GET', path());
      const outsider = await send(
        songjiang,
        'PUT',
        path(),
        { rotation: ['ah-wuhu', OUTSIDER], termMonths: 12, startsOn: '2019-06-28' },
        { 'if-match': current.etag },
      );
      expect(outsider.status).toBe(422);
      expect(outsider.body).toMatchObject({ code: 'tenant_not_member' });
      const twice = await send(
        songjiang,
        'PUT',
        path(),
        { rotation: ['ah-wuhu', 'ah-wuhu'], termMonths: 0, startsOn: '2019-02-30' },
        { 'if-match': current.etag },
      );
      expect(twice.status).toBe(400);
      expect((twice.body.errors as Json[]).map((e) => e.message)).toEqual(
        expect.arrayContaining(['同一租户不能重复出现', '不能少于 1']),
      );
      expect((twice.body.errors as Json[]).map((e) => e.path)).toContain('startsOn');
      const byMember = await send(
        editor('ah-wuhu'),
        'PUT',
        path(),
        { rotation: G60, termMonths: 12, startsOn: '2019-06-28' },
        {
          'if-match': current.etag,
        },
      );
      expect(byMember.status).toBe(403);
    });

    it('hands over early, shifting the rotation from that moment, and records it', async () => {
      const before = await send(admin('zj-jinhua'), 'GET', path());
      const currentChair = String(before.body.current.tenantId);
      const again = await send(songjiang, 'POST', `${path()}/handover`, {
        toTenantId: currentChair,
        reason: '重复',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('chair_already_chair');
      const target = G60.find((city) => city !== currentChair && city !== before.body.next.tenantId) ?? '';
      const handover = await send(songjiang, 'POST', `${path()}/handover`, {
        toTenantId: target,
        reason: '经联席会议商定提前交接',
      });
      expect(handover.status).toBe(201);
      expect(handover.body).toMatchObject({
        allianceId: g60,
        fromTenantId: currentChair,
        toTenantId: target,
        byTenantId: 'sh-songjiang',
      });
      const after = await send(admin('zj-jinhua'), 'GET', path());
      expect(after.etag).toBe(`"${Number(before.body.version) + 1}"`);
      expect(after.body.current).toMatchObject({ tenantId: target, reason: 'handover' });
      expect(Date.parse(after.body.current.from)).toBe(Date.parse(handover.body.at));
      const targetIndex = G60.indexOf(target);
      expect(after.body.next.tenantId).toBe(G60[(targetIndex + 1) % G60.length]);
      // The next term starts at 00:00 Asia/Shanghai, a year after the handover's date.
      expect(after.body.next.from).toMatch(/T00:00:00\+08:00$/);
      expect(after.body.handovers).toEqual([handover.body]);
      const listed = await send(admin('zj-jinhua'), 'GET', `${path()}/handovers`);
      expect(listed.body).toEqual({ items: [handover.body] });
      expect(await feedActions(g60, songjiang)).toContain('chair.handedOver');
      const outsideRotation = await allianceOf(JINSHAN, [JIASHAN]);
      await send(
        editor(JINSHAN),
        'PUT',
        `/v1/alliances/${outsideRotation}/chair`,
        {
          rotation: [JINSHAN],
          termMonths: 6,
          startsOn: '2026-01-01',
        },
        { 'if-match': '"0"' },
      );
      const notInRotation = await send(
        editor(JINSHAN),
        'POST',
        `/v1/alliances/${outsideRotation}/chair/handover`,
        {
          toTenantId: JIASHAN,
          reason: '不在轮值顺序中',
        },
      );
      expect(notInRotation.status).toBe(422);
      expect(notInRotation.body.code).toBe('chair_not_in_rotation');
    });

    it('skips a tenant of the rotation that left the alliance', async () => {
      const alliance = await allianceOf(JINSHAN, [JIASHAN, PINGHU]);
      const chair = `/v1/alliances/${alliance}/chair`;
      // Monthly terms from the first of this month: the rotation reaches every tenant within the next terms.
      const today = new Date();
      const startsOn = `${today.getUTCFullYear() - 1}-01-01`;
      const set = await send(
        editor(JINSHAN),
        'PUT',
        chair,
        {
          rotation: [JINSHAN, PINGHU, JIASHAN],
          termMonths: 1,
          startsOn,
        },
        { 'if-match': '"0"' },
      );
      expect(set.status).toBe(200);
      expect((set.body.terms as Json[]).map((t) => t.tenantId)).toContain(PINGHU);
      expect(
        (await send(admin(PINGHU), 'DELETE', `/v1/alliances/${alliance}/members/${PINGHU}`)).status,
      ).toBe(204);
      const after = await send(admin(JIASHAN), 'GET', chair);
      const leftAt = Date.now() - 60_000;
      const later = (after.body.terms as Json[]).filter((t) => Date.parse(t.from) > leftAt);
      expect(later.length).toBeGreaterThan(0);
      expect(later.map((t) => t.tenantId)).not.toContain(PINGHU);
      expect(after.body.current.tenantId).not.toBe(PINGHU);
      expect(after.body.next.tenantId).not.toBe(PINGHU);
      // Terms it chaired before it left stay in the history.
      expect(
        (after.body.terms as Json[]).filter((t) => Date.parse(t.until) < leftAt).map((t) => t.tenantId),
      ).toContain(PINGHU);
    });
  });

  describe('charter', () => {
    it('keeps version 1 from creation and adopts the next only over the current one', async () => {
      const alliance = await allianceOf(JINSHAN, [JIASHAN], { charter: '第一条 三镇共建乡村振兴联盟。' });
      const charter = `/v1/alliances/${alliance}/charter`;
      const first = await send(admin(JIASHAN), 'GET', charter);
      expect(first).toMatchObject({
        status: 200,
        etag: '"1"',
        body: {
          allianceId: alliance,
          version: 1,
          text: '第一条 三镇共建乡村振兴联盟。',
          adoptedByTenantId: JINSHAN,
        },
      });
      const body = {
        text: '第一条 三镇共建乡村振兴联盟。第二条 党委双月召开一次会议。',
        note: '增加会议制度',
      };
      expect((await send(editor(JINSHAN), 'POST', `${charter}/versions`, body)).status).toBe(428);
      const byMember = await send(admin(JIASHAN), 'POST', `${charter}/versions`, body, { 'if-match': '"1"' });
      expect(byMember.status).toBe(403);
      const second = await send(editor(JINSHAN), 'POST', `${charter}/versions`, body, { 'if-match': '"1"' });
      expect(second).toMatchObject({ status: 201, etag: '"2"', body: { version: 2, note: '增加会议制度' } });
      const stale = await send(editor(JINSHAN), 'POST', `${charter}/versions`, body, { 'if-match': '"1"' });
      expect(stale.status).toBe(412);
      const ahead = await send(editor(JINSHAN), 'POST', `${charter}/versions`, body, { 'if-match': '"5"' });
      expect(ahead.status).toBe(412);

      const racing = await Promise.all(
        ['甲稿', '乙稿'].map((text) =>
          send(editor(JINSHAN), 'POST', `${charter}/versions`, { text }, { 'if-match': '"2"' }),
        ),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([201, 412]);

      const current = await send(admin(JIASHAN), 'GET', charter);
      expect(current.body.version).toBe(3);
      const list = await send(admin(JIASHAN), 'GET', `${charter}/versions?limit=2`);
      expect((list.body.items as Json[]).map((v) => v.version)).toEqual([3, 2]);
      expect(list.body.items[0]).not.toHaveProperty('text');
      expect(list.body.items[1]).toMatchObject({ length: body.text.length, note: '增加会议制度' });
      const rest = await send(
        admin(JIASHAN),
        'GET',
        `${charter}/versions?limit=2&cursor=${list.body.nextCursor}`,
      );
      expect((rest.body.items as Json[]).map((v) => v.version)).toEqual([1]);
      const v1 = await send(admin(JIASHAN), 'GET', `${charter}/versions/1`);
      expect(v1.body.text).toBe('第一条 三镇共建乡村振兴联盟。');
      expect((await send(admin(JIASHAN), 'GET', `${charter}/versions/9`)).status).toBe(404);
      expect((await send(admin(JIASHAN), 'GET', `${charter}/versions/abc`)).status).toBe(400);
      expect((await send(admin(OUTSIDER), 'GET', charter)).status).toBe(404);
      expect((await feedActions(alliance)).filter((a) => a === 'charter.adopted')).toHaveLength(2);
    });

    it('starts the charter at version 1 over "0" when the alliance was created without one', async () => {
      const alliance = await allianceOf(JINSHAN, []);
      const charter = `/v1/alliances/${alliance}/charter`;
      expect((await send(admin(JINSHAN), 'GET', charter)).status).toBe(404);
      const adopted = await send(
        editor(JINSHAN),
        'POST',
        `${charter}/versions`,
        { text: '框架协议' },
        {
          'if-match': '"0"',
        },
      );
      expect(adopted).toMatchObject({ status: 201, body: { version: 1, text: '框架协议' } });
      const empty = await h.call('POST', `${charter}/versions`, {
        as: editor(JINSHAN),
        body: { text: '  ' },
        headers: { 'if-match': '"1"', 'accept-language': 'en' },
      });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ errors: [{ path: 'text', message: 'must not be empty' }] });
    });
  });

  describe('departure', () => {
    it('vacates the committee positions of a tenant that leaves, once, however often the step runs', async () => {
      const alliance = await allianceOf(JINSHAN, [JIASHAN, PINGHU]);
      const base = `/v1/alliances/${alliance}/committee`;
      for (const [tenantId, personName] of [
        [PINGHU, '广陈委员'],
        [PINGHU, '广陈副书记'],
        [JIASHAN, '大云委员'],
      ] as const)
        await send(editor(JINSHAN), 'POST', base, { role: 'member', personName, tenantId });
      expect(
        (await send(admin(JINSHAN), 'DELETE', `/v1/alliances/${alliance}/members/${PINGHU}`)).status,
      ).toBe(204);
      // Removing a former member again runs the departure steps again: nothing left to do.
      expect(
        (await send(admin(JINSHAN), 'DELETE', `/v1/alliances/${alliance}/members/${PINGHU}`)).status,
      ).toBe(204);
      const { body } = await send(admin(JIASHAN), 'GET', base);
      expect((body.items as Json[]).map((p) => p.personName)).toEqual(['大云委员']);
      const vacated = (await feedActions(alliance)).filter((a) => a === 'committee.positionVacated');
      expect(vacated).toHaveLength(2);
      // The count kept by the writes went down too: the committee takes new positions up to its limit.
      expect(
        (
          await send(editor(JINSHAN), 'POST', base, {
            role: 'secretary',
            personName: '新书记',
            tenantId: JINSHAN,
          })
        ).status,
      ).toBe(201);
    });
  });
});
