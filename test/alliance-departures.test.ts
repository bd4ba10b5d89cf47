// A member leaving an alliance (leave, removal, offboarding) leaves the workspace consistent: its activities not yet
// held are cancelled ("organiser left"), its people's registrations cancelled with their places given back, its
// open problems go back to the secretariat, its scheduled meetings and open action items pass to the secretariat.
// Running the departure again changes nothing; the counters equal a recount; the tenant's export carries its
// activities, registrations, problems, meetings and action items.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ORGANISER_LEFT, shanghaiDate, WORKSPACE_ENTITIES } from '@lianjian/core';
import { createStatsRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { canonicalItems } from './support/table-scan.ts';

const JINSHAN = 'sh-jinshan'; // founds the alliance: secretariat
const JIASHAN = 'zj-jiashan'; // made secretariat too
const PINGHU = 'zj-pinghu'; // leaves
const SUZHOU = 'js-suzhou';
const WUHU = 'ah-wuhu'; // offboarded (second alliance)
const MEMBERS = [JINSHAN, JIASHAN, PINGHU, SUZHOU];
const DAY_MS = 24 * 60 * 60 * 1000;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * DAY_MS));

describe('alliance departures: activities, problems, meetings and action items', () => {
  let h: Harness;
  let alliance: string;
  const ids: Json = {};

  const send = (method: string, path: string, as: Caller, body?: unknown, headers?: Record<string, string>) =>
    h.call(method, path, { as, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  const ok = async (response: Response, status = 200): Promise<Json> => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    return text ? (JSON.parse(text) as Json) : {};
  };
  const base = (id = alliance) => `/v1/alliances/${id}`;
  const get = async (path: string, as: Caller = viewer(JINSHAN)) => ok(await send('GET', path, as));
  const all = async (path: string, as: Caller = viewer(JINSHAN)): Promise<Json[]> => {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await get(
        `${path}${sep}limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        as,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  const join = async (allianceId: string, tenantId: string, by: string) => {
    await ok(await send('POST', `${base(allianceId)}/invitations`, admin(by), { tenantId }), 201);
    await ok(await send('POST', `${base(allianceId)}/invitations/${tenantId}/accept`, admin(tenantId)));
  };
  const activity = async (as: string, body: Json, allianceId = alliance) =>
    ok(
      await send('POST', `${base(allianceId)}/activities`, editor(as), {
        kind: 'salon',
        startsAt: '2030-05-10T09:00:00+08:00',
        ...body,
      }),
      201,
    );
  const move = async (activityId: string, action: string, as: string, allianceId = alliance) =>
    ok(
      await send('POST', `${base(allianceId)}/activities/${activityId}/transitions`, editor(as), { action }),
    );
  const register = async (activityId: string, as: string, allianceId = alliance) =>
    ok(
      await send('POST', `${base(allianceId)}/activities/${activityId}/registrations`, editor(as), {
        name: `学员${Math.random().toString(36).slice(2, 7)}`,
        unit: '民宿合作社',
      }),
      201,
    );
  const raise = async (as: string, assigneeTenantId: string, title: string, allianceId = alliance) =>
    ok(
      await send('POST', `${base(allianceId)}/problems`, editor(as), {
        title,
        category: 'financing',
        description: '企业流动资金紧张',
        assigneeTenantId,
        dueDate: dateIn(20),
      }),
      201,
    );
  const step = async (problemId: string, action: string, as: string, body?: Json) => {
    const current = await get(`${base()}/problems/${problemId}`);
    return ok(
      await send('POST', `${base()}/problems/${problemId}/${action}`, editor(as), body ?? {}, {
        'if-match': `"${current.version}"`,
      }),
    );
  };
  const meeting = async (hostTenantId: string, date: string, allianceId = alliance, by = JINSHAN) =>
    ok(
      await send('POST', `${base(allianceId)}/meetings`, editor(by), {
        kind: 'committee_meeting',
        date,
        hostTenantId,
      }),
      201,
    );
  const assign = async (meetingId: string, assigneeTenantId: string, allianceId = alliance, by = JINSHAN) =>
    ok(
      await send('POST', `${base(allianceId)}/meetings/${meetingId}/action-items`, editor(by), {
        title: `待办${Math.random().toString(36).slice(2, 7)}`,
        assigneeTenantId,
        dueOn: dateIn(10),
      }),
      201,
    );
  const partition = async (allianceId: string) => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await h.store.doc.send(
        new QueryCommand({
          TableName: h.store.allianceTableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `A#${allianceId}` },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };
  const exportOf = async (tenantId: string) =>
    (await (await send('GET', `/v1/tenants/${tenantId}/export`, admin(tenantId))).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Json);

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [...MEMBERS, WUHU]) await h.addTenant(tenant);
    alliance = (
      await ok(
        await send('POST', '/v1/alliances', admin(JINSHAN), { name: '廊下·大云·广陈联盟', kind: 'cluster' }),
        201,
      )
    ).id;
    for (const tenant of MEMBERS.slice(1)) await join(alliance, tenant, JINSHAN);
    await ok(await send('PUT', `${base()}/members/${JIASHAN}/role`, admin(JINSHAN), { role: 'secretariat' }));

    // Pinghu organises a planned, an open (with registrations) and a done activity.
    ids.planned = (await activity(PINGHU, { title: '广陈农场主沙龙' })).id;
    ids.open = (
      await activity(PINGHU, { title: '田野赏花节', kind: 'festival', status: 'open', capacity: 10 })
    ).id;
    await register(ids.open, JIASHAN);
    await register(ids.open, PINGHU);
    ids.done = (await activity(PINGHU, { title: '已举办的培训', status: 'open' })).id;
    ids.doneReg = (await register(ids.done, SUZHOU)).id;
    await move(ids.done, 'close', PINGHU);
    await move(ids.done, 'complete', PINGHU);
    // Jinshan's training with quotas, and an open salon without: Pinghu's people registered for both.
    ids.training = (
      await activity(JINSHAN, {
        title: '金旅大课堂',
        kind: 'training',
        status: 'open',
        capacity: 20,
        quotas: { [JINSHAN]: 8, [JIASHAN]: 6, [PINGHU]: 6 },
      })
    ).id;
    await register(ids.training, PINGHU);
    await register(ids.training, PINGHU);
    await register(ids.training, JIASHAN);
    ids.salon = (await activity(JINSHAN, { title: '民宿主理人沙龙', status: 'open', capacity: 5 })).id;
    await register(ids.salon, PINGHU);
    await move(ids.salon, 'close', JINSHAN);

    // Problems assigned to Pinghu (submitted; in progress; resolved) and one it raised.
    ids.p1 = (await raise(JIASHAN, PINGHU, '科技贷款对接')).id;
    ids.p2 = (await raise(JINSHAN, PINGHU, '人才公寓')).id;
    await step(ids.p2, 'accept', PINGHU);
    await step(ids.p2, 'start', PINGHU);
    ids.p3 = (await raise(JIASHAN, PINGHU, '用地指标')).id;
    await step(ids.p3, 'accept', PINGHU);
    await step(ids.p3, 'resolve', PINGHU, { resolution: '已协调' });
    ids.p4 = (await raise(PINGHU, SUZHOU, '市场拓展')).id;

    // Meetings Pinghu hosts (one scheduled, one held) and action items it owes.
    ids.m1 = (await meeting(PINGHU, dateIn(30))).id;
    const held = await meeting(PINGHU, dateIn(-3));
    ids.m2 = held.id;
    await ok(
      await send('POST', `${base()}/meetings/${held.id}/hold`, editor(JINSHAN), {}, { 'if-match': '"1"' }),
    );
    ids.i1 = (await assign(ids.m2, PINGHU)).id;
    const done = await assign(ids.m2, PINGHU);
    ids.i2 = done.id;
    await ok(
      await send(
        'PATCH',
        `${base()}/meetings/${ids.m2}/action-items/${done.id}`,
        editor(PINGHU),
        { status: 'done', note: '已完成' },
        { 'if-match': `"${done.version}"` },
      ),
    );
    ids.i3 = (await assign(ids.m2, JIASHAN)).id;
  });

  it("exports the tenant's activities, registrations, problems, meetings and action items", async () => {
    const lines = await exportOf(PINGHU);
    expect(lines.at(-1)).toEqual({ end: true, items: lines.length - 2 });
    const keys = (entity: string) =>
      lines
        .filter((line) => line.entity === entity)
        .map((line) => line.key)
        .sort();
    const key = (path: string) => `${alliance}/${path}`;
    expect(keys(WORKSPACE_ENTITIES.activity)).toEqual(
      [ids.planned, ids.open, ids.done].map((id) => key(`activity/${id}`)).sort(),
    );
    const registrations = lines.filter((line) => line.entity === WORKSPACE_ENTITIES.registration);
    // Every registration for its own activities (2 + 1), its own people's for Jinshan's (2 + 1).
    expect(registrations).toHaveLength(6);
    expect(
      registrations.filter((line) => line.data.activityId === ids.training).map((line) => line.data.tenantId),
    ).toEqual([PINGHU, PINGHU]);
    expect(registrations.find((line) => line.data.id === ids.doneReg)?.data).toMatchObject({
      tenantId: SUZHOU,
    });
    expect(keys(WORKSPACE_ENTITIES.problem)).toEqual(
      [ids.p1, ids.p2, ids.p3, ids.p4].map((id) => key(`problem/${id}`)).sort(),
    );
    expect(keys(WORKSPACE_ENTITIES.meeting)).toEqual(
      [ids.m1, ids.m2].map((id) => key(`meeting/${id}`)).sort(),
    );
    expect(keys(WORKSPACE_ENTITIES.actionItem)).toEqual(
      [ids.i1, ids.i2].map((id) => key(`meeting/${ids.m2}/action-item/${id}`)).sort(),
    );
    // Others' records stay out: Suzhou's export has its registration and the problem assigned to it only.
    const suzhou = await exportOf(SUZHOU);
    expect(suzhou.filter((line) => line.entity === WORKSPACE_ENTITIES.activity)).toEqual([]);
    expect(
      suzhou.filter((line) => line.entity === WORKSPACE_ENTITIES.registration).map((l) => l.data.id),
    ).toEqual([ids.doneReg]);
    expect(suzhou.filter((line) => line.entity === WORKSPACE_ENTITIES.problem).map((l) => l.data.id)).toEqual(
      [ids.p4],
    );
  });

  it('cancels, returns and hands over what the leaver leaves, in one departure', async () => {
    const started = Date.now();
    await ok(await send('DELETE', `${base()}/members/${PINGHU}`, admin(PINGHU)), 204);

    const activityOf = (id: string) => get(`${base()}/activities/${id}`);
    for (const id of [ids.planned, ids.open])
      expect(await activityOf(id)).toMatchObject({
        status: 'cancelled',
        cancellation: { reason: ORGANISER_LEFT, byTenantId: PINGHU },
      });
    expect(await activityOf(ids.open)).toMatchObject({
      registered: 1,
      registeredBy: { [JIASHAN]: 1, [PINGHU]: 0 },
    });
    expect(await activityOf(ids.done)).toMatchObject({ status: 'done', registered: 1 });
    // Its people's places are given back (quota and open pool); others' stay.
    expect(await activityOf(ids.training)).toMatchObject({
      status: 'open',
      registered: 1,
      registeredBy: { [JIASHAN]: 1, [PINGHU]: 0 },
    });
    expect(await activityOf(ids.salon)).toMatchObject({ status: 'closed', registered: 0 });
    const trainingRegs = await all(`${base()}/activities/${ids.training}/registrations`, viewer(JINSHAN));
    expect(trainingRegs.map((r) => [r.tenantId, r.status])).toEqual([
      [PINGHU, 'cancelled'],
      [PINGHU, 'cancelled'],
      [JIASHAN, 'registered'],
    ]);
    // The place freed is taken again by another member.
    await register(ids.training, JINSHAN);

    const problemOf = (id: string) => get(`${base()}/problems/${id}`);
    // Back to the secretariat (another secretariat tenant than the raiser), to be reassigned.
    expect(await problemOf(ids.p1)).toMatchObject({
      status: 'submitted',
      assigneeTenantId: JINSHAN,
      assigneeLeft: { tenantId: PINGHU },
    });
    const p2 = await problemOf(ids.p2);
    expect(p2).toMatchObject({
      status: 'submitted',
      assigneeTenantId: JIASHAN,
      assigneeLeft: { tenantId: PINGHU },
    });
    expect(p2).not.toHaveProperty('acceptedAt');
    expect(await problemOf(ids.p3)).toMatchObject({ status: 'resolved', assigneeTenantId: PINGHU });
    expect(await problemOf(ids.p4)).toMatchObject({ raiserTenantId: PINGHU, assigneeTenantId: SUZHOU });
    // The secretariat can route it on as usual.
    await step(ids.p1, 'reassign', JINSHAN, { assigneeTenantId: SUZHOU });
    expect(await problemOf(ids.p1)).toMatchObject({ assigneeTenantId: SUZHOU, status: 'submitted' });

    expect(await get(`${base()}/meetings/${ids.m1}`)).toMatchObject({
      status: 'scheduled',
      hostTenantId: JINSHAN,
      hostLeft: { tenantId: PINGHU },
    });
    expect(await get(`${base()}/meetings/${ids.m2}`)).toMatchObject({ status: 'held', hostTenantId: PINGHU });
    const itemOf = (id: string) => get(`${base()}/meetings/${ids.m2}/action-items/${id}`);
    expect(await itemOf(ids.i1)).toMatchObject({
      status: 'open',
      assigneeTenantId: JINSHAN,
      assigneeLeft: { tenantId: PINGHU },
    });
    expect(await itemOf(ids.i2)).toMatchObject({ status: 'done', assigneeTenantId: PINGHU });
    expect(await itemOf(ids.i3)).toMatchObject({ status: 'open', assigneeTenantId: JIASHAN });
    expect(await all(`${base()}/action-items?status=open&assignee=${PINGHU}`)).toEqual([]);

    // Each change is in the feed, with its audit entry in the leaver's partition.
    const feed = await all(`${base()}/feed`);
    const since = feed.filter((event) => Date.parse(event.at) >= started - 1000);
    const actions = since.map((event) => event.action);
    for (const [action, count] of Object.entries({
      'activity.cancelled': 2,
      'registration.cancelled': 4,
      'problem.returnedToSecretariat': 2,
      'meeting.hostLeft': 1,
      'actionItem.reassigned': 1,
    }))
      expect({ action, count: actions.filter((a) => a === action).length }).toEqual({ action, count });
    const audit = await h.services.audit.list(PINGHU, { limit: 100 });
    expect(audit.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['problem.returnedToSecretariat', 'meeting.hostLeft', 'activity.cancelled']),
    );
  });

  it('changes nothing when the departure runs again', async () => {
    const before = canonicalItems(await partition(alliance));
    await ok(await send('DELETE', `${base()}/members/${PINGHU}`, admin(JINSHAN)), 204);
    await ok(await send('DELETE', `${base()}/members/${PINGHU}`, admin(JIASHAN)), 204);
    expect(canonicalItems(await partition(alliance))).toEqual(before);
  });

  it('keeps every counter equal to a recount of the records', async () => {
    const expected = new Map<string, Record<string, number>>();
    const add = (tenant: string, counter: string, by = 1) => {
      const row = expected.get(tenant) ?? {};
      row[counter] = (row[counter] ?? 0) + by;
      expected.set(tenant, row);
    };
    for (const a of await all(`${base()}/activities`)) {
      add(a.organiserTenantId, `activities.${a.status}`);
      // As the organiser sees them (a former member's too: the service, past the alliance gate).
      const registrations = await h.services.registrations.list(
        { allianceId: alliance, tenantId: a.organiserTenantId, role: 'member' },
        a.id,
        { limit: 100 },
      );
      for (const r of registrations.items)
        if (r.status === 'registered') add(r.tenantId, 'activities.registrations');
    }
    for (const p of await all(`${base()}/problems`)) {
      add(p.raiserTenantId, 'problems.raised');
      add(p.assigneeTenantId, `problems.${p.status}`);
      if (p.resolution)
        add(
          p.resolution.byTenantId,
          p.resolution.onTime ? 'problems.resolvedOnTime' : 'problems.resolvedLate',
        );
    }
    for (const m of await all(`${base()}/meetings`)) add(m.hostTenantId, `meetings.${m.status}`);
    for (const i of await all(`${base()}/action-items`)) {
      add(i.assigneeTenantId, `actions.${i.status}`);
      if (i.status === 'done')
        add(i.assigneeTenantId, i.doneOnTime ? 'actions.doneOnTime' : 'actions.doneLate');
    }
    const stats = await createStatsRepository(h.store).read({ allianceId: alliance });
    for (const tenant of MEMBERS) {
      const kept = Object.fromEntries(
        Object.entries(stats.get(tenant) ?? {}).filter(
          ([name, value]) => /^(activities|problems|meetings|actions)\./.test(name) && value !== 0,
        ),
      );
      expect({ tenant, kept }).toEqual({ tenant, kept: expected.get(tenant) ?? {} });
    }
    expect(stats.get(PINGHU)?.['activities.cancelled']).toBe(2);
    expect(stats.get(PINGHU)?.['activities.registrations']).toBe(0);
  });

  it('does the same when a tenant is offboarded (the platform acting, no tenant in the feed)', async () => {
    const g60 = (
      await ok(
        await send('POST', '/v1/alliances', admin(WUHU), { name: 'G60科创走廊', kind: 'corridor' }),
        201,
      )
    ).id;
    await join(g60, JIASHAN, WUHU);
    await join(g60, SUZHOU, WUHU);
    const open = await activity(WUHU, { title: '芜湖创新沙龙', status: 'open', capacity: 5 }, g60);
    await register(open.id, JIASHAN, g60);
    await register(open.id, WUHU, g60);
    const other = await activity(SUZHOU, { title: '苏州对接会', status: 'open', capacity: 5 }, g60);
    await register(other.id, WUHU, g60);
    const assigned = await raise(SUZHOU, WUHU, '新材料中试平台', g60);
    const hosted = await meeting(WUHU, dateIn(15), g60, WUHU);
    const owed = await assign(hosted.id, WUHU, g60, WUHU);

    const platform = { platform: true } as const;
    const version = (await h.call('GET', `/v1/tenants/${WUHU}`, { as: platform })).headers.get('etag') ?? '';
    await ok(
      await h.call('DELETE', `/v1/tenants/${WUHU}`, { as: platform, headers: { 'if-match': version } }),
    );

    // The longest-standing member (Jiashan) took the secretariat and inherits the open work.
    const as = viewer(SUZHOU);
    expect(await get(`${base(g60)}/activities/${open.id}`, as)).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: ORGANISER_LEFT },
    });
    expect(await get(`${base(g60)}/activities/${other.id}`, as)).toMatchObject({ registered: 0 });
    expect(await get(`${base(g60)}/problems/${assigned.id}`, as)).toMatchObject({
      status: 'submitted',
      assigneeTenantId: JIASHAN,
    });
    expect(await get(`${base(g60)}/meetings/${hosted.id}`, as)).toMatchObject({ hostTenantId: JIASHAN });
    expect(await get(`${base(g60)}/meetings/${hosted.id}/action-items/${owed.id}`, as)).toMatchObject({
      assigneeTenantId: JIASHAN,
    });
    const feed = await all(`${base(g60)}/feed`, as);
    expect(feed.find((event) => event.action === 'problem.returnedToSecretariat')).toMatchObject({
      tenantId: null,
    });
    // Nothing of the tenant's partition is left behind by the steps (they ran before the purge).
    const stats = await createStatsRepository(h.store).read({ allianceId: g60 });
    expect(stats.get(WUHU)).toMatchObject({ 'activities.cancelled': 1, 'activities.registrations': 0 });
    expect(stats.get(JIASHAN)).toMatchObject({
      'problems.submitted': 1,
      'meetings.scheduled': 1,
      'actions.open': 1,
    });
  });
});
