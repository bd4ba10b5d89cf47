// Activities with quotas through the app against DynamoDB Local: the organiser's plan and status machine,
// registrations within quotas and capacity under concurrency, who sees people's details, attendance, outcomes,
// and the alliance counters they keep (compared with a recount of the records).
import { createStatsRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const JINSHAN = 'sh-jinshan'; // founds the alliance: the secretariat (Langxia)
const JIASHAN = 'zj-jiashan'; // Dayun
const PINGHU = 'zj-pinghu'; // Guangchen
const SUZHOU = 'js-suzhou'; // a member without a quota
const WUHU = 'ah-wuhu'; // never a member
const MEMBERS = [JINSHAN, JIASHAN, PINGHU, SUZHOU];

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });

const TRAINING = {
  title: '“金旅大课堂”乡村旅居从业人员培训（第一批）',
  kind: 'training',
  startsAt: '2030-04-10T01:00:00Z',
  endsAt: '2030-04-10T16:30:00+08:00',
  place: '金山区廊下镇',
  capacity: 20,
  quotas: { [JINSHAN]: 8, [JIASHAN]: 6, [PINGHU]: 6 },
};

describe('alliance activities', () => {
  let h: Harness;
  let alliance: string;

  const send = (
    method: string,
    path: string,
    as: Caller,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => h.call(method, path, { as, ...options });

  const ok = async (response: Response, status: number): Promise<Json> => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    return text ? (JSON.parse(text) as Json) : {};
  };

  const problem = async (response: Response, status: number, code: string) => {
    const body = (await response.json()) as Json;
    expect({ status: response.status, code: body.code }).toEqual({ status, code });
    return body;
  };

  const base = () => `/v1/alliances/${alliance}/activities`;
  const create = async (body: Json, as: Caller = editor(JINSHAN)) =>
    ok(await send('POST', base(), as, { body }), 201);
  const move = async (id: string, action: string, as: Caller = editor(JINSHAN), reason?: string) =>
    ok(
      await send('POST', `${base()}/${id}/transitions`, as, {
        body: reason ? { action, reason } : { action },
      }),
      200,
    );
  const register = (id: string, as: Caller, name = `学员${Math.random().toString(36).slice(2, 8)}`) =>
    send('POST', `${base()}/${id}/registrations`, as, {
      body: { name, unit: '廊下镇民宿', contact: { phone: '021-57000000' } },
    });
  const get = async (path: string, as: Caller) => ok(await send('GET', path, as), 200);

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [...MEMBERS, WUHU]) await h.addTenant(tenant);
    const created = await ok(
      await send('POST', '/v1/alliances', admin(JINSHAN), {
        body: { name: '廊下·大云·广陈乡村振兴联盟', kind: 'cluster' },
      }),
      201,
    );
    alliance = String(created.id);
    for (const tenantId of MEMBERS.slice(1)) {
      await ok(
        await send('POST', `/v1/alliances/${alliance}/invitations`, admin(JINSHAN), { body: { tenantId } }),
        201,
      );
      await ok(
        await send('POST', `/v1/alliances/${alliance}/invitations/${tenantId}/accept`, admin(tenantId)),
        200,
      );
    }
  });

  it('creates the training with its town quotas; the organiser is the creating tenant', async () => {
    const response = await send('POST', base(), editor(JINSHAN), { body: TRAINING });
    const training = await ok(response, 201);
    expect(response.headers.get('location')).toBe(`${base()}/${training.id}`);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(training).toMatchObject({
      organiserTenantId: JINSHAN,
      status: 'planned',
      startsAt: '2030-04-10T09:00:00+08:00',
      endsAt: '2030-04-10T16:30:00+08:00',
      capacity: 20,
      quotas: TRAINING.quotas,
      registered: 0,
      registeredBy: {},
      outcomes: [],
    });
    expect(training).not.toHaveProperty('openTaken');
    expect(await get(`${base()}/${training.id}`, viewer(PINGHU))).toEqual(training);
    await problem(await send('GET', base(), viewer(WUHU)), 404, 'not_found');
  });

  it('refuses quotas beyond the capacity, quotas without one, and an end before the start', async () => {
    await problem(
      await send('POST', base(), editor(JINSHAN), { body: { ...TRAINING, capacity: 19 } }),
      400,
      'quotas_exceed_capacity',
    );
    const { capacity: _c, ...uncapped } = TRAINING;
    await problem(
      await send('POST', base(), editor(JINSHAN), { body: uncapped }),
      400,
      'quotas_exceed_capacity',
    );
    await problem(
      await send('POST', base(), editor(JINSHAN), {
        body: { ...TRAINING, endsAt: '2030-04-10T08:00:00+08:00' },
      }),
      400,
      'ends_before_start',
    );
    await problem(
      await send('POST', base(), editor(JINSHAN), { body: { ...TRAINING, quotas: { [JINSHAN]: 0 } } }),
      400,
      'validation_failed',
    );
  });

  it('lets only the organiser edit, with If-Match; the secretariat cancels instead', async () => {
    const salon = await create(
      { title: '农场主沙龙', kind: 'salon', startsAt: '2030-03-01T14:00:00+08:00' },
      editor(JIASHAN),
    );
    const path = `${base()}/${salon.id}`;
    await problem(
      await send('PATCH', path, admin(JINSHAN), {
        body: { place: '大云镇' },
        headers: { 'if-match': '"1"' },
      }),
      403,
      'not_organiser',
    );
    await problem(
      await send('PATCH', path, editor(JIASHAN), { body: { place: '大云镇' } }),
      428,
      'if_match_required',
    );
    const edited = await ok(
      await send('PATCH', path, editor(JIASHAN), {
        body: { place: '大云镇歌斐颂巧克力小镇', capacity: 30 },
        headers: { 'if-match': '"1"' },
      }),
      200,
    );
    expect(edited).toMatchObject({ version: 2, place: '大云镇歌斐颂巧克力小镇', capacity: 30 });
    await problem(
      await send('POST', `${path}/transitions`, editor(PINGHU), {
        body: { action: 'cancel', reason: '重复' },
      }),
      403,
      'not_organiser',
    );
    await problem(
      await send('POST', `${path}/transitions`, admin(JINSHAN), { body: { action: 'open' } }),
      403,
      'not_organiser',
    );
    await problem(
      await send('POST', `${path}/transitions`, admin(JINSHAN), { body: { action: 'cancel' } }),
      400,
      'validation_failed',
    );
    const cancelled = await move(String(salon.id), 'cancel', admin(JINSHAN), '与联席会议时间冲突');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: '与联席会议时间冲突', byTenantId: JINSHAN },
    });
    await problem(
      await send('POST', `${path}/transitions`, editor(JIASHAN), { body: { action: 'open' } }),
      409,
      'activity_status_conflict',
    );
    await problem(
      await send('PATCH', path, editor(JIASHAN), {
        body: { place: '广陈镇' },
        headers: { 'if-match': '"3"' },
      }),
      409,
      'activity_status_conflict',
    );
  });

  it('never exceeds a quota under concurrent registrations: 15 for 8 places, exactly 8 succeed', async () => {
    const training = await create(TRAINING);
    const id = String(training.id);
    await problem(await register(id, editor(JINSHAN)), 409, 'activity_not_open');
    await move(id, 'open');
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, n) => register(id, editor(JINSHAN), `廊下学员${n + 1}`)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(8);
    const refused = await Promise.all(
      responses
        .filter((response) => response.status !== 201)
        .map(async (response) => ((await response.json()) as Json).code),
    );
    expect(refused).toEqual(Array(7).fill('quota_exceeded'));
    // The other towns' quotas are untouched; Suzhou has none and no place is unallocated.
    expect((await ok(await register(id, editor(JIASHAN)), 201)).pool).toBe('quota');
    await problem(await register(id, editor(SUZHOU)), 409, 'quota_exceeded');
    expect(await get(`${base()}/${id}`, viewer(SUZHOU))).toMatchObject({
      registered: 9,
      registeredBy: { [JINSHAN]: 8, [JIASHAN]: 1 },
    });
  });

  it('never exceeds the capacity under concurrent registrations from several tenants', async () => {
    const walk = await create({
      title: '“书”说公益 沪浙同行——公益徒步活动',
      kind: 'volunteer',
      startsAt: '2030-04-20T08:30:00+08:00',
      capacity: 5,
      status: 'open',
    });
    const id = String(walk.id);
    const callers = [JINSHAN, JIASHAN, PINGHU, SUZHOU].flatMap((tenant) => [
      editor(tenant),
      editor(tenant),
      editor(tenant),
    ]);
    const responses = await Promise.all(callers.map((caller) => register(id, caller)));
    const codes = await Promise.all(
      responses.map(async (response) =>
        response.status === 201 ? 201 : ((await response.json()) as Json).code,
      ),
    );
    expect(codes.filter((code) => code === 201)).toHaveLength(5);
    expect(codes.filter((code) => code !== 201)).toEqual(Array(7).fill('activity_full'));
    const read = await get(`${base()}/${id}`, viewer(PINGHU));
    expect(read.registered).toBe(5);
    expect(Object.values(read.registeredBy as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('lets a tenant without a quota take only the unallocated places', async () => {
    const training = await create({ ...TRAINING, capacity: 22, status: 'open' });
    const id = String(training.id);
    const first = await ok(await register(id, editor(SUZHOU)), 201);
    expect(first.pool).toBe('open');
    await ok(await register(id, editor(SUZHOU)), 201);
    const refused = await problem(await register(id, editor(SUZHOU)), 409, 'quota_exceeded');
    expect(refused.title).toBe('名额已满');
    // A cancellation gives the place back to the pool it came from.
    await ok(await send('POST', `${base()}/${id}/registrations/${first.id}/cancel`, editor(SUZHOU)), 200);
    await problem(
      await send('POST', `${base()}/${id}/registrations/${first.id}/cancel`, editor(SUZHOU)),
      409,
      'registration_cancelled',
    );
    await ok(await register(id, editor(SUZHOU)), 201);
    // The plan cannot shrink below what is taken: capacity, unallocated places, a tenant's quota.
    await ok(await register(id, editor(JIASHAN)), 201);
    const path = `${base()}/${id}`;
    await problem(
      await send('PATCH', path, editor(JINSHAN), { body: { capacity: 21 }, headers: { 'if-match': '"1"' } }),
      409,
      'plan_below_registrations',
    );
    await problem(
      await send('PATCH', path, editor(JINSHAN), {
        body: { quotas: { ...TRAINING.quotas, [PINGHU]: 8 } },
        headers: { 'if-match': '"1"' },
      }),
      409,
      'plan_below_registrations',
    );
    const moved = await ok(
      await send('PATCH', path, editor(JINSHAN), {
        body: { capacity: 24, quotas: { ...TRAINING.quotas, [PINGHU]: 8 } },
        headers: { 'if-match': '"1"' },
      }),
      200,
    );
    expect(moved).toMatchObject({ capacity: 24, registered: 3 });
  });

  it('shows people’s details to the registering tenant and the organiser only', async () => {
    const visit = await create(
      {
        title: '大云镇旅居项目参观考察',
        kind: 'visit',
        startsAt: '2030-05-08T09:00:00+08:00',
        status: 'open',
      },
      editor(JIASHAN),
    );
    const id = String(visit.id);
    const mine = await ok(await register(id, editor(PINGHU), '朱晓峰'), 201);
    const theirs = await ok(await register(id, editor(JINSHAN), '陆晓燕'), 201);
    const list = (as: Caller) => get(`${base()}/${id}/registrations`, as);
    expect((await list(viewer(PINGHU))).items.map((r: Json) => r.name)).toEqual(['朱晓峰']);
    expect((await list(viewer(JIASHAN))).items.map((r: Json) => r.name)).toEqual(['朱晓峰', '陆晓燕']);
    // The secretariat is not the organiser here: its own people only.
    expect((await list(viewer(JINSHAN))).items.map((r: Json) => r.name)).toEqual(['陆晓燕']);
    await problem(
      await send('GET', `${base()}/${id}/registrations/${mine.id}`, viewer(JINSHAN)),
      404,
      'not_found',
    );
    await problem(
      await send('GET', `${base()}/${id}/registrations/${mine.id}`, viewer(SUZHOU)),
      404,
      'not_found',
    );
    expect(await get(`${base()}/${id}/registrations/${theirs.id}`, viewer(JIASHAN))).toEqual(theirs);
    expect(await get(`${base()}/${id}`, viewer(SUZHOU))).toMatchObject({
      registered: 2,
      registeredBy: { [PINGHU]: 1, [JINSHAN]: 1 },
    });
    const feed = await (await send('GET', `/v1/alliances/${alliance}/feed?limit=100`, viewer(SUZHOU))).text();
    expect(feed).toContain('registration.created');
    expect(feed).not.toContain('朱晓峰');
    expect(feed).not.toContain('021-57000000');
  });

  it('replays a registration sent again with the same Idempotency-Key, counting it once', async () => {
    const salon = await create({
      title: '农场主沙龙（第二期）',
      kind: 'salon',
      startsAt: '2030-06-01T14:00:00+08:00',
      status: 'open',
    });
    const path = `${base()}/${salon.id}/registrations`;
    const body = { name: '顾建华', unit: '大云镇花卉产业联合党支部' };
    const headers = { 'idempotency-key': 'salon-gu-1' };
    const first = await ok(await send('POST', path, editor(JIASHAN), { body, headers }), 201);
    const again = await send('POST', path, editor(JIASHAN), { body, headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await ok(again, 201)).toEqual(first);
    expect((await get(`${base()}/${salon.id}`, viewer(JIASHAN))).registered).toBe(1);
  });

  it('refuses registrations after the deadline', async () => {
    const late = await create({
      title: '新媒体营销专题培训',
      kind: 'training',
      startsAt: '2030-07-01T09:00:00+08:00',
      registrationDeadline: '2020-01-01T00:00:00+08:00',
      status: 'open',
    });
    await problem(await register(String(late.id), editor(PINGHU)), 409, 'registration_deadline_passed');
  });

  it('records attendance once the activity is done, and the outcomes as written', async () => {
    const walk = await create({
      title: '“书”说公益 沪浙同行——公益徒步活动（第二届）',
      kind: 'volunteer',
      startsAt: '2030-04-26T08:30:00+08:00',
      status: 'open',
    });
    const id = String(walk.id);
    const registration = await ok(await register(id, editor(PINGHU), '吴静怡'), 201);
    const attendance = (as: Caller, attended: boolean) =>
      send('PUT', `${base()}/${id}/registrations/${registration.id}/attendance`, as, { body: { attended } });
    await problem(await attendance(editor(JINSHAN), true), 409, 'activity_status_conflict');
    await move(id, 'close');
    await problem(
      await send('PUT', `${base()}/${id}/outcomes`, editor(JINSHAN), {
        body: { outcomes: [] },
        headers: { 'if-match': '"2"' },
      }),
      409,
      'activity_status_conflict',
    );
    const done = await move(id, 'complete');
    expect(done).toMatchObject({ status: 'done', version: 3 });
    await problem(await attendance(editor(PINGHU), true), 403, 'not_organiser');
    expect(await ok(await attendance(editor(JINSHAN), true), 200)).toMatchObject({
      attended: true,
      version: 2,
    });
    await problem(
      await send('POST', `${base()}/${id}/registrations/${registration.id}/cancel`, editor(PINGHU)),
      409,
      'activity_status_conflict',
    );

    const outcomes = [
      { name: '参赛队伍', value: 100, unit: '组' },
      { name: '义卖单位和家庭', value: 30, unit: '组' },
      { name: '筹得善款', value: 40000, unit: '元', qualifier: 'over' },
      { name: '捐赠书籍', value: 1419, unit: '本' },
      { name: '计划建立“小白杨”爱心图书室', value: 5, unit: '个' },
    ];
    const put = (body: unknown, version: string, as: Caller = editor(JINSHAN)) =>
      send('PUT', `${base()}/${id}/outcomes`, as, { body, headers: { 'if-match': version } });
    await problem(await put({ outcomes }, '"3"', editor(PINGHU)), 403, 'not_organiser');
    await problem(
      await put({ outcomes: [{ name: 'a|b', value: 1, unit: '元' }] }, '"3"'),
      400,
      'validation_failed',
    );
    await problem(
      await put({ outcomes: [{ name: '善款', value: 1.5, unit: '元' }] }, '"3"'),
      400,
      'validation_failed',
    );
    const recorded = await ok(await put({ outcomes }, '"3"'), 200);
    expect(recorded).toMatchObject({ version: 4, outcomes });
    await problem(await put({ outcomes }, '"3"'), 412, 'version_mismatch');
    const corrected = [
      ...outcomes.filter((o) => o.name !== '捐赠书籍'),
      { name: '捐赠书籍', value: 1420, unit: '本' },
      { name: '单日游客量同比', value: 47, unit: '%' },
    ];
    expect((await ok(await put({ outcomes: corrected }, '"4"'), 200)).outcomes).toEqual(corrected);
  });

  it('keeps the activity counters equal to a recount of the records', async () => {
    // One more attendance taken back, so a −1 is counted too.
    const fair = await create(
      { title: '田野赏花节', kind: 'festival', startsAt: '2030-03-28T09:00:00+08:00', status: 'open' },
      editor(PINGHU),
    );
    const fairId = String(fair.id);
    const a = await ok(await register(fairId, editor(JIASHAN)), 201);
    const b = await ok(await register(fairId, editor(JIASHAN)), 201);
    await move(fairId, 'close', editor(PINGHU));
    await move(fairId, 'complete', editor(PINGHU));
    for (const [reg, attended] of [
      [a, true],
      [b, true],
      [b, false],
    ] as const)
      await ok(
        await send('PUT', `${base()}/${fairId}/registrations/${reg.id}/attendance`, editor(PINGHU), {
          body: { attended },
        }),
        200,
      );

    const expected = new Map<string, Record<string, number>>();
    const monthly = new Map<string, Map<string, Record<string, number>>>();
    const add = (tenant: string, counter: string, by: number, month?: string) => {
      const rows = month ? (monthly.get(month) ?? new Map()) : expected;
      if (month) monthly.set(month, rows);
      const row = rows.get(tenant) ?? {};
      row[counter] = (row[counter] ?? 0) + by;
      rows.set(tenant, row);
    };
    const activities = (await get(`${base()}?limit=100`, viewer(SUZHOU))).items as Json[];
    for (const activity of activities) {
      const organiser = String(activity.organiserTenantId);
      const month = String(activity.startsAt).slice(0, 7);
      add(organiser, `activities.${activity.status}`, 1);
      if (activity.status === 'done') add(organiser, 'board.activitiesHosted', 1, month);
      for (const o of activity.outcomes as Json[])
        if (o.unit !== '%') add(organiser, `outcomes.${o.name}|${o.unit}`, o.value);
      const registrations = (await get(`${base()}/${activity.id}/registrations?limit=100`, viewer(organiser)))
        .items as Json[];
      for (const r of registrations) {
        if (r.status === 'registered') add(String(r.tenantId), 'activities.registrations', 1);
        if (r.attended === true) {
          add(String(r.tenantId), 'activities.attended', 1);
          add(String(r.tenantId), 'board.participantsSent', 1, month);
        }
      }
    }
    const stats = createStatsRepository(h.store);
    const ours = (row: Record<string, number> | undefined) =>
      Object.fromEntries(
        Object.entries(row ?? {}).filter(
          ([name, value]) => /^(activities|outcomes|board)\./.test(name) && value !== 0,
        ),
      );
    const all = await stats.read({ allianceId: alliance });
    for (const tenant of MEMBERS)
      expect({ tenant, ...ours(all.get(tenant)) }).toEqual({ tenant, ...(expected.get(tenant) ?? {}) });
    for (const [month, rows] of monthly) {
      const read = await stats.read({ allianceId: alliance }, month);
      for (const tenant of MEMBERS)
        expect({ tenant, month, ...ours(read.get(tenant)) }).toEqual({
          tenant,
          month,
          ...(rows.get(tenant) ?? {}),
        });
    }
    expect(all.get(JINSHAN)?.['outcomes.筹得善款|元']).toBe(40000);
    expect(all.get(JINSHAN)?.['outcomes.捐赠书籍|本']).toBe(1420);
    expect(all.get(JINSHAN)).not.toHaveProperty(['outcomes.单日游客量同比|%']);
  });
});
