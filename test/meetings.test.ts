// Meetings and their action items through the app against DynamoDB Local: the host from the rotating chair,
// who may write, the status machines, completion on time or late, the alliance-wide index by assignee, the
// cadence and the next meeting due, and the counters the writes keep (compared with a recount).
import { addMonths, shanghaiDate } from '@lianjian/core';
import { createStatsRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const JINSHAN = 'sh-jinshan'; // founds the alliance: the secretariat
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const WUHU = 'ah-wuhu'; // never a member
const DAY_MS = 24 * 60 * 60 * 1000;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });
const today = () => shanghaiDate(new Date());
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * DAY_MS));

describe('alliance meetings and action items', () => {
  let h: Harness;
  let alliance: string;

  const send = (method: string, path: string, as: Caller, body?: unknown, headers?: Record<string, string>) =>
    h.call(method, path, { as, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });

  const ok = async (response: Response, status = 200): Promise<Json> => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    return text ? (JSON.parse(text) as Json) : {};
  };

  const problem = async (response: Response, status: number, code: string) => {
    const body = (await response.json()) as Json;
    expect({ status: response.status, code: body.code }).toEqual({ status, code });
  };

  const base = () => `/v1/alliances/${alliance}`;
  const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

  const schedule = async (body: Json, as: Caller = editor(JINSHAN)) =>
    ok(await send('POST', `${base()}/meetings`, as, body), 201);

  const hold = async (meeting: Json, body: Json = {}, as: Caller = editor(JINSHAN)) =>
    ok(await send('POST', `${base()}/meetings/${meeting.id}/hold`, as, body, ifMatch(meeting.version)));

  const assign = async (meeting: Json, assigneeTenantId: string, dueOn: string, as = editor(JINSHAN)) =>
    ok(
      await send('POST', `${base()}/meetings/${meeting.id}/action-items`, as, {
        title: `待办${Math.random()}`,
        assigneeTenantId,
        dueOn,
      }),
      201,
    );

  const patchItem = (item: Json, as: Caller, body: Json, version = item.version) =>
    send('PATCH', `${base()}/meetings/${item.meetingId}/action-items/${item.id}`, as, body, ifMatch(version));

  /** Every page of a list route. */
  const all = async (path: string, as: Caller = viewer(JINSHAN)): Promise<Json[]> => {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await ok(
        await send('GET', `${path}${sep}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, as),
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [JINSHAN, JIASHAN, PINGHU, WUHU]) await h.addTenant(tenant);
    const created = await ok(
      await send('POST', '/v1/alliances', admin(JINSHAN), {
        name: `廊下·大云·广陈会议联盟${Math.random()}`,
        kind: 'cluster',
      }),
      201,
    );
    alliance = created.id;
    for (const tenantId of [JIASHAN, PINGHU]) {
      await ok(await send('POST', `${base()}/invitations`, admin(JINSHAN), { tenantId }), 201);
      await ok(await send('POST', `${base()}/invitations/${tenantId}/accept`, admin(tenantId)));
    }
  });

  it('hosts a meeting by its creator without a chair, then by the rotating chair on the meeting date', async () => {
    const first = await schedule({ kind: 'committee_meeting', date: '2026-02-10', title: '无轮值时的会议' });
    expect(first).toMatchObject({ hostTenantId: JINSHAN, hostFrom: 'creator', status: 'scheduled' });

    // Two-month terms from 2026-01-01: Jiashan, Pinghu, Jinshan, then round again.
    await ok(
      await send(
        'PUT',
        `${base()}/chair`,
        editor(JINSHAN),
        { rotation: [JIASHAN, PINGHU, JINSHAN], termMonths: 2, startsOn: '2026-01-01' },
        { 'if-match': '"0"' },
      ),
    );
    const march = await schedule({ kind: 'committee_meeting', date: '2026-03-10' });
    const july = await schedule({ kind: 'joint_meeting', date: '2026-07-01', time: '09:30' });
    const given = await schedule({ kind: 'seminar', date: '2026-03-11', hostTenantId: JINSHAN });
    expect([march, july, given].map((m) => [m.hostTenantId, m.hostFrom])).toEqual([
      [PINGHU, 'chair'],
      [JIASHAN, 'chair'],
      [JINSHAN, 'given'],
    ]);
  });

  it('lets the secretariat and the host write, members read, and outsiders find nothing', async () => {
    await problem(
      await send('POST', `${base()}/meetings`, editor(JIASHAN), {
        kind: 'seminar',
        date: '2026-06-01',
        hostTenantId: PINGHU,
      }),
      403,
      'not_meeting_host',
    );
    const own = await schedule(
      { kind: 'seminar', date: '2026-06-02', hostTenantId: JIASHAN },
      editor(JIASHAN),
    );
    await problem(
      await send('PATCH', `${base()}/meetings/${own.id}`, editor(PINGHU), { place: '广陈' }, ifMatch(1)),
      403,
      'not_meeting_host',
    );
    const moved = await ok(
      await send('PATCH', `${base()}/meetings/${own.id}`, editor(JINSHAN), { place: '大云镇' }, ifMatch(1)),
    );
    expect(moved).toMatchObject({ place: '大云镇', version: 2 });
    await problem(
      await send('PATCH', `${base()}/meetings/${own.id}`, editor(JIASHAN), { place: '旧' }, ifMatch(1)),
      412,
      'version_mismatch',
    );
    const response = await send(
      'PATCH',
      `${base()}/meetings/${own.id}`,
      viewer(JINSHAN),
      { place: '改' },
      ifMatch(2),
    );
    expect(response.status).toBe(403);
    await ok(await send('GET', `${base()}/meetings/${own.id}`, viewer(PINGHU)));
    expect((await send('GET', `${base()}/meetings/${own.id}`, admin(WUHU))).status).toBe(404);
    expect((await send('GET', `${base()}/action-items`, admin(WUHU))).status).toBe(404);
    await problem(
      await send('POST', `${base()}/meetings`, editor(JINSHAN), {
        kind: 'seminar',
        date: '2026-06-03',
        hostTenantId: WUHU,
      }),
      422,
      'tenant_not_member',
    );
  });

  it('holds a meeting on or after its date with its record, and cancels only scheduled ones', async () => {
    const future = await schedule({ kind: 'committee_meeting', date: dateIn(20) });
    await problem(
      await send('POST', `${base()}/meetings/${future.id}/hold`, editor(JINSHAN), {}, ifMatch(1)),
      409,
      'meeting_in_future',
    );
    const past = await schedule({
      kind: 'committee_meeting',
      date: '2026-05-12',
      agenda: ['总结前阶段工作'],
    });
    const held = await hold(past, {
      attendees: [
        { tenantId: JIASHAN, names: ['沈卫忠'] },
        { tenantId: PINGHU, count: 2 },
      ],
      minutes: '交流工作信息，研究谋划合作项目。',
      decisions: ['赏花季直通车加开班次'],
    });
    expect(held).toMatchObject({ status: 'held', version: 2, decisions: ['赏花季直通车加开班次'] });
    await problem(
      await send('POST', `${base()}/meetings/${past.id}/hold`, editor(JINSHAN), {}, ifMatch(2)),
      409,
      'meeting_not_scheduled',
    );
    await problem(
      await send(
        'POST',
        `${base()}/meetings/${past.id}/cancel`,
        editor(JINSHAN),
        { reason: '晚了' },
        ifMatch(2),
      ),
      409,
      'meeting_not_scheduled',
    );
    const cancelled = await ok(
      await send(
        'POST',
        `${base()}/meetings/${future.id}/cancel`,
        editor(JINSHAN),
        { reason: '与赏花季冲突' },
        ifMatch(1),
      ),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '与赏花季冲突' });
    await problem(
      await send('PATCH', `${base()}/meetings/${future.id}`, editor(JINSHAN), { place: '改' }, ifMatch(2)),
      409,
      'meeting_not_scheduled',
    );
    await problem(
      await send('POST', `${base()}/meetings/${future.id}/action-items`, editor(JINSHAN), {
        title: '不该有',
        assigneeTenantId: PINGHU,
        dueOn: dateIn(30),
      }),
      409,
      'meeting_cancelled',
    );
    const listed = await all(`${base()}/meetings?status=held&kind=committee_meeting`);
    expect(listed.map((m) => m.id)).toEqual([past.id]);
    const newestFirst = (await all(`${base()}/meetings`)).map((m) => m.date);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
  });

  it('tracks action items: the assignee completes them on time or late, the host reassigns or cancels', async () => {
    const meeting = await hold(
      await schedule({ kind: 'committee_meeting', date: '2026-04-20', hostTenantId: PINGHU }),
    );
    const onTime = await assign(meeting, PINGHU, dateIn(10), editor(PINGHU)); // the host assigns
    const late = await assign(meeting, PINGHU, dateIn(-3));
    const moved = await assign(meeting, PINGHU, dateIn(5));
    const dropped = await assign(meeting, JIASHAN, dateIn(8));
    await problem(
      await send('POST', `${base()}/meetings/${meeting.id}/action-items`, editor(JIASHAN), {
        title: '非承办单位',
        assigneeTenantId: JIASHAN,
        dueOn: dateIn(8),
      }),
      403,
      'not_meeting_host',
    );
    await problem(
      await send('POST', `${base()}/meetings/${meeting.id}/action-items`, editor(JINSHAN), {
        title: '非成员',
        assigneeTenantId: WUHU,
        dueOn: dateIn(8),
      }),
      422,
      'tenant_not_member',
    );

    await problem(
      await patchItem(onTime, editor(JIASHAN), { status: 'done', note: '代办' }),
      403,
      'not_assignee',
    );
    await problem(await patchItem(onTime, editor(PINGHU), { status: 'done' }), 400, 'validation_failed');
    await problem(
      await patchItem(onTime, editor(JINSHAN), { note: '无状态的说明' }),
      400,
      'validation_failed',
    );
    const done = await ok(
      await patchItem(onTime, editor(PINGHU), { status: 'done', note: '已对接春秋旅行社' }),
    );
    expect(done).toMatchObject({
      status: 'done',
      doneOnTime: true,
      doneNote: '已对接春秋旅行社',
      version: 2,
    });
    const doneLate = await ok(await patchItem(late, editor(PINGHU), { status: 'done', note: '延后完成' }));
    expect(doneLate).toMatchObject({ status: 'done', doneOnTime: false });
    await problem(await patchItem(done, editor(PINGHU), { dueOn: dateIn(20) }), 409, 'action_item_not_open');

    await problem(
      await patchItem(moved, editor(JIASHAN), { assigneeTenantId: JIASHAN }),
      403,
      'not_meeting_host',
    );
    const reassigned = await ok(await patchItem(moved, editor(PINGHU), { assigneeTenantId: JIASHAN }));
    expect(reassigned).toMatchObject({ assigneeTenantId: JIASHAN, status: 'open' });
    const cancelled = await ok(
      await patchItem(dropped, editor(JINSHAN), { status: 'cancelled', note: '合并办理' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '合并办理' });

    const ofMeeting = await all(`${base()}/meetings/${meeting.id}/action-items`);
    expect(ofMeeting.map((item) => [item.id, item.status])).toEqual([
      [onTime.id, 'done'],
      [late.id, 'done'],
      [moved.id, 'open'],
      [dropped.id, 'cancelled'],
    ]);
    const owed = await all(`${base()}/action-items?status=open&assignee=${JIASHAN}`, viewer(JIASHAN));
    expect(owed.map((item) => item.id)).toEqual([moved.id]);
    const pinghu = await all(`${base()}/action-items?assignee=${PINGHU}`);
    expect(pinghu.map((item) => item.id).sort()).toEqual([onTime.id, late.id].sort());
    const open = await all(`${base()}/action-items?status=open`);
    expect(open.every((item) => item.status === 'open')).toBe(true);
    const dues = open.map((item) => item.dueOn);
    expect(dues).toEqual([...dues].sort());
  });

  it('replays an idempotent create and records every write in the feed', async () => {
    const body = { kind: 'seminar', date: '2026-08-08', title: '乡村旅居专题研讨' };
    const headers = { 'idempotency-key': `m-${Math.random()}` };
    const first = await ok(await send('POST', `${base()}/meetings`, editor(JINSHAN), body, headers), 201);
    const again = await send('POST', `${base()}/meetings`, editor(JINSHAN), body, headers);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await ok(again, 201)).id).toBe(first.id);
    const feed = await ok(await send('GET', `${base()}/feed?limit=100`, viewer(PINGHU)));
    const actions = new Set(feed.items.map((event: Json) => event.action));
    for (const action of ['meeting.created', 'meeting.held', 'meeting.cancelled', 'actionItem.done'])
      expect(actions).toContain(action);
  });

  it('shows the next meeting due from the cadence, overdue once it has passed', async () => {
    expect(await ok(await send('GET', `${base()}/meetings/cadence`, viewer(JIASHAN)))).toEqual({
      version: 0,
    });
    expect(await ok(await send('GET', `${base()}/meetings/next`, viewer(JIASHAN)))).toMatchObject({
      overdue: false,
    });
    const cadence = { kind: 'committee_meeting', everyMonths: 2 };
    expect((await send('PUT', `${base()}/meetings/cadence`, editor(JINSHAN), cadence)).status).toBe(428);
    await problem(
      await send('PUT', `${base()}/meetings/cadence`, editor(JIASHAN), cadence, { 'if-match': '"0"' }),
      403,
      'secretariat_only',
    );
    await ok(
      await send('PUT', `${base()}/meetings/cadence`, editor(JINSHAN), cadence, { 'if-match': '"0"' }),
    );

    // The latest held committee meeting so far is 2026-05-12 (and 2026-04-20): due two months after it.
    const lastHeld = [...(await all(`${base()}/meetings?status=held&kind=committee_meeting`))].sort((a, b) =>
      b.date.localeCompare(a.date),
    )[0] as Json;
    const due = addMonths(lastHeld.date, 2);
    const before = await ok(await send('GET', `${base()}/meetings/next`, viewer(PINGHU)));
    expect(before).toMatchObject({ lastHeld: { id: lastHeld.id, date: lastHeld.date }, dueOn: due });
    expect(before.overdue).toBe(today() > due);

    const recent = await hold(await schedule({ kind: 'committee_meeting', date: dateIn(-10) }));
    const upcoming = await schedule({ kind: 'committee_meeting', date: dateIn(40) });
    const after = await ok(await send('GET', `${base()}/meetings/next`, viewer(PINGHU)));
    expect(after).toEqual({
      cadence: expect.objectContaining({ version: 1, ...cadence }),
      lastHeld: { id: recent.id, date: recent.date },
      dueOn: addMonths(recent.date, 2),
      overdue: false,
      scheduled: { id: upcoming.id, date: upcoming.date },
    });
  });

  it('keeps the meeting and action-item counters equal to a recount of the records', async () => {
    const meetings = await all(`${base()}/meetings`);
    const items = await all(`${base()}/action-items`);
    const expected = new Map<string, Record<string, number>>();
    const add = (tenantId: string, counter: string) => {
      const row = expected.get(tenantId) ?? {};
      row[counter] = (row[counter] ?? 0) + 1;
      expected.set(tenantId, row);
    };
    for (const meeting of meetings) add(meeting.hostTenantId, `meetings.${meeting.status}`);
    for (const item of items) {
      add(item.assigneeTenantId, `actions.${item.status}`);
      if (item.status === 'done')
        add(item.assigneeTenantId, item.doneOnTime ? 'actions.doneOnTime' : 'actions.doneLate');
    }
    const stats = await createStatsRepository(h.store).read({ allianceId: alliance });
    const kept = (tenantId: string) =>
      Object.fromEntries(
        Object.entries(stats.get(tenantId) ?? {}).filter(
          ([name, value]) => (name.startsWith('meetings.') || name.startsWith('actions.')) && value !== 0,
        ),
      );
    for (const tenantId of [JINSHAN, JIASHAN, PINGHU])
      expect(kept(tenantId)).toEqual(expected.get(tenantId) ?? {});
    expect(expected.get(PINGHU)).toMatchObject({ 'actions.doneOnTime': 1, 'actions.doneLate': 1 });

    const month = today().slice(0, 7);
    const monthly = await createStatsRepository(h.store).read({ allianceId: alliance }, month);
    expect(monthly.get(PINGHU)).toEqual({ 'board.actionItemsDoneOnTime': 1 });
  });
});
