// Problem follow-up (问题收集帮办) through the app against DynamoDB Local: raising (with a member unit),
// the status machine and who may take each step, reassignment, reopening, comments, overdue reads and the
// escalation sweep (with a clock run ahead), list filters, and the counters against a recount.
import { createApp, createTokenVerifier } from '@lianjian/api';
import { type Principal, shanghaiDate, shanghaiMonth } from '@lianjian/core';
import { createStatsRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const MINHANG = 'sh-minhang'; // founds the alliance: the secretariat
const NANTONG = 'js-nantong';
const YANCHENG = 'js-yancheng';
const QUZHOU = 'zj-quzhou';
const WUHU = 'ah-wuhu'; // never a member
const DAY_MS = 24 * 60 * 60 * 1000;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * DAY_MS));

type Send = (
  method: string,
  path: string,
  as: Caller,
  options?: { body?: unknown; headers?: Record<string, string> },
) => Promise<Response>;

/** The same services behind an app whose clock runs `days` ahead. */
const appAhead = (h: Harness, days: number): Send => {
  const app = createApp({
    services: h.services,
    verifyToken: createTokenVerifier({
      issuer: h.issuer.issuer,
      audience: h.issuer.audience,
      jwks: h.issuer.jwks,
    }),
    openApiDocument: async () => ({}),
    logger: { error: () => undefined },
    now: () => new Date(Date.now() + days * DAY_MS),
  });
  return async (method, path, as, options = {}) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${await h.token(as)}`,
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  };
};

const expectOk = async (response: Response, status: number): Promise<Json> => {
  const text = await response.text();
  expect({ status: response.status, text }).toMatchObject({ status });
  return text ? (JSON.parse(text) as Json) : {};
};

const problem = async (response: Response, status: number, code: string): Promise<Json> => {
  const body = (await response.json()) as Json;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  return body;
};

describe('problem follow-up (问题收集帮办)', () => {
  let h: Harness;
  let send: Send;
  let alliance: string;
  let base: string;

  const raise = async (as: Caller, body: Json) =>
    expectOk(
      await send('POST', `${base}/problems`, as, {
        body: {
          category: 'financing',
          description: '企业流动资金紧张，需对接科技贷款',
          dueDate: dateIn(20),
          ...body,
        },
      }),
      201,
    );

  /** Takes a step with the problem's current version; returns the problem after it. */
  const step = async (id: string, action: string, as: Caller, body?: Json, via: Send = send) => {
    const current = await expectOk(await via('GET', `${base}/problems/${id}`, as), 200);
    return expectOk(
      await via('POST', `${base}/problems/${id}/${action}`, as, {
        ...(body ? { body } : {}),
        headers: { 'if-match': `"${current.version}"` },
      }),
      200,
    );
  };

  const list = async (query: string, as: Caller = viewer(QUZHOU), via: Send = send) => {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await expectOk(
        await via(
          'GET',
          `${base}/problems?limit=3&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          as,
        ),
        200,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const ids = (items: Json[]) => items.map((item) => item.id);

  beforeAll(async () => {
    h = await createHarness();
    send = (method, path, as, options = {}) => h.call(method, path, { as, ...options });
    for (const tenant of [MINHANG, NANTONG, YANCHENG, QUZHOU, WUHU]) await h.addTenant(tenant);
    const created = await expectOk(
      await send('POST', '/v1/alliances', admin(MINHANG), {
        body: { name: '枢纽党建·城市连廊（帮办测试）', kind: 'hub' },
      }),
      201,
    );
    alliance = String(created.id);
    base = `/v1/alliances/${alliance}`;
    for (const tenantId of [NANTONG, YANCHENG, QUZHOU]) {
      await expectOk(await send('POST', `${base}/invitations`, admin(MINHANG), { body: { tenantId } }), 201);
      await expectOk(await send('POST', `${base}/invitations/${tenantId}/accept`, admin(tenantId)), 200);
    }
  });

  it('raises a problem for a member unit of the raiser, and refuses what cannot be routed', async () => {
    const unit = await expectOk(
      await send('POST', '/v1/units', admin(NANTONG), {
        body: { name: '南通某生物医药有限公司', kind: 'enterprise' },
      }),
      201,
    );
    const memberUnit = await expectOk(
      await send('POST', `${base}/units`, admin(NANTONG), { body: { unitId: unit.id, fields: [] } }),
      201,
    );
    const response = await send('POST', `${base}/problems`, editor(NANTONG), {
      body: {
        title: '医药中间体企业寻找生产基地',
        category: 'land',
        description: '3 家高端中间体企业扩产，需要化工园区用地',
        urgency: 'high',
        assigneeTenantId: YANCHENG,
        dueDate: dateIn(30),
        memberUnitId: memberUnit.id,
      },
      headers: { 'idempotency-key': 'land-1' },
    });
    const raised = await expectOk(response, 201);
    expect(response.headers.get('location')).toBe(`${base}/problems/${raised.id}`);
    expect(raised).toMatchObject({
      status: 'submitted',
      overdue: false,
      raiserTenantId: NANTONG,
      assigneeTenantId: YANCHENG,
      memberUnitId: memberUnit.id,
      memberUnitName: '南通某生物医药有限公司',
      urgency: 'high',
      commentCount: 0,
      version: 1,
    });
    const replay = await send('POST', `${base}/problems`, editor(NANTONG), {
      body: {
        title: '医药中间体企业寻找生产基地',
        category: 'land',
        description: '3 家高端中间体企业扩产，需要化工园区用地',
        urgency: 'high',
        assigneeTenantId: YANCHENG,
        dueDate: dateIn(30),
        memberUnitId: memberUnit.id,
      },
      headers: { 'idempotency-key': 'land-1' },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await expectOk(replay, 201)).toEqual(raised);

    // Another tenant's member unit, the raiser itself, a non-member, a past or too distant due date.
    await problem(
      await send('POST', `${base}/problems`, admin(QUZHOU), {
        body: {
          title: '借用成员单位',
          category: 'other',
          description: '—',
          assigneeTenantId: YANCHENG,
          dueDate: dateIn(5),
          memberUnitId: memberUnit.id,
        },
      }),
      422,
      'problem_member_unit_not_found',
    );
    const invalid = async (body: Json, status: number, code: string) =>
      problem(
        await send('POST', `${base}/problems`, admin(QUZHOU), {
          body: {
            title: '无法转办',
            category: 'talent',
            description: '—',
            assigneeTenantId: YANCHENG,
            dueDate: dateIn(5),
            ...body,
          },
        }),
        status,
        code,
      );
    await invalid({ assigneeTenantId: QUZHOU }, 409, 'problem_self_assigned');
    await invalid({ assigneeTenantId: WUHU }, 422, 'tenant_not_member');
    await invalid({ dueDate: dateIn(-1) }, 400, 'due_date_out_of_range');
    await invalid({ dueDate: dateIn(400) }, 400, 'due_date_out_of_range');
    await invalid({ category: 'weather' }, 400, 'validation_failed');
    await problem(await send('GET', `${base}/problems/${raised.id}`, admin(WUHU)), 404, 'not_found');
  });

  it('follows a problem through accept, start, resolve and close, each step by its party only', async () => {
    const p = await raise(admin(QUZHOU), {
      title: '制造企业数字化改造人才引进',
      category: 'talent',
      assigneeTenantId: MINHANG,
    });
    const path = `${base}/problems/${p.id}`;
    // Only the assignee takes its steps; only the raiser closes; the status machine says from where.
    await problem(
      await send('POST', `${path}/accept`, admin(QUZHOU), { headers: { 'if-match': '"1"' } }),
      403,
      'not_problem_assignee',
    );
    await problem(await send('POST', `${path}/accept`, admin(MINHANG)), 428, 'if_match_required');
    await problem(
      await send('POST', `${path}/start`, admin(MINHANG), { headers: { 'if-match': '"1"' } }),
      409,
      'problem_status_conflict',
    );
    // Two acceptances on one version: one wins, the other is stale.
    const both = await Promise.all(
      [admin(MINHANG), editor(MINHANG)].map((as) =>
        send('POST', `${path}/accept`, as, { headers: { 'if-match': '"1"' } }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 412]);
    const started = await step(p.id, 'start', editor(MINHANG));
    expect(started).toMatchObject({ status: 'in_progress', version: 3 });
    expect(started.acceptedAt).toBeDefined();
    await problem(
      await send('POST', `${path}/close`, admin(QUZHOU), { body: {}, headers: { 'if-match': '"3"' } }),
      409,
      'problem_status_conflict',
    );
    const done = await step(p.id, 'resolve', admin(MINHANG), {
      resolution: '长三角人工智能党建联盟推荐 5 名数字化改造工程师',
    });
    expect(done.resolution).toMatchObject({ onTime: true, byTenantId: MINHANG });
    await problem(
      await send('POST', `${path}/close`, admin(MINHANG), { body: {}, headers: { 'if-match': '"4"' } }),
      403,
      'not_problem_raiser',
    );
    await problem(
      await send('POST', `${path}/close`, admin(QUZHOU), {
        body: { rating: 6 },
        headers: { 'if-match': '"4"' },
      }),
      400,
      'validation_failed',
    );
    const closed = await step(p.id, 'close', admin(QUZHOU), { rating: 5, ratingNote: '对接及时' });
    expect(closed).toMatchObject({ status: 'closed', rating: 5, ratingNote: '对接及时', overdue: false });

    const feed = await expectOk(await send('GET', `${base}/feed?limit=6`, viewer(NANTONG)), 200);
    expect(feed.items.map((event: Json) => event.action)).toEqual([
      'problem.closed',
      'problem.resolved',
      'problem.started',
      'problem.accepted',
      'problem.submitted',
      expect.any(String),
    ]);
    expect(feed.items[0].subject).toEqual({ type: 'problem', id: p.id, title: '制造企业数字化改造人才引进' });
    const audit = await expectOk(await send('GET', '/v1/audit?limit=5', admin(QUZHOU)), 200);
    expect(audit.items[0]).toMatchObject({ action: 'problem.closed', resourceId: `${alliance}/${p.id}` });
  });

  it('lets the assignee reject and the secretariat reassign, and the raiser reopen a resolution', async () => {
    const p = await raise(admin(NANTONG), { title: '科技型中小企业融资对接', assigneeTenantId: QUZHOU });
    const rejected = await step(p.id, 'reject', admin(QUZHOU), { reason: '不属于本地职能，建议由闵行对接' });
    expect(rejected).toMatchObject({ status: 'rejected', rejection: { byTenantId: QUZHOU } });
    await problem(
      await send('POST', `${base}/problems/${p.id}/reassign`, admin(QUZHOU), {
        body: { assigneeTenantId: MINHANG },
        headers: { 'if-match': '"2"' },
      }),
      403,
      'secretariat_only',
    );
    const reassign = (body: Json) =>
      send('POST', `${base}/problems/${p.id}/reassign`, editor(MINHANG), {
        body,
        headers: { 'if-match': '"2"' },
      });
    await problem(await reassign({ assigneeTenantId: NANTONG }), 409, 'problem_self_assigned');
    await problem(await reassign({ assigneeTenantId: QUZHOU }), 409, 'problem_same_assignee');
    await problem(await reassign({ assigneeTenantId: WUHU }), 422, 'tenant_not_member');
    const moved = await expectOk(
      await reassign({ assigneeTenantId: MINHANG, note: '由闵行政企金平台对接' }),
      200,
    );
    expect(moved).toMatchObject({
      status: 'submitted',
      assigneeTenantId: MINHANG,
      reassigned: { fromTenantId: QUZHOU, byTenantId: MINHANG, count: 1, note: '由闵行政企金平台对接' },
    });
    await step(p.id, 'accept', admin(MINHANG));
    await step(p.id, 'resolve', admin(MINHANG), { resolution: '对接银行授信 300 万元' });
    const reopened = await step(p.id, 'reopen', admin(NANTONG), { reason: '授信额度不足' });
    expect(reopened).toMatchObject({ status: 'in_progress', reopened: { count: 1, reason: '授信额度不足' } });
    expect(reopened.resolution).toBeUndefined();
    await step(p.id, 'resolve', admin(MINHANG), { resolution: '追加授信至 800 万元' });
    await step(p.id, 'close', admin(NANTONG), { rating: 4 });
  });

  it('keeps comments between the raiser, the assignee and the secretariat', async () => {
    const p = await raise(admin(YANCHENG), {
      title: '企业引进高层次人才住房政策',
      category: 'policy',
      assigneeTenantId: NANTONG,
    });
    const path = `${base}/problems/${p.id}/comments`;
    await expectOk(await send('POST', path, admin(YANCHENG), { body: { text: '需要 10 套人才公寓' } }), 201);
    const reply = await expectOk(
      await send('POST', path, editor(NANTONG), { body: { text: '可提供 6 套' } }),
      201,
    );
    expect(reply).toMatchObject({ authorTenantId: NANTONG, authorRole: 'assignee', problemId: p.id });
    await expectOk(await send('POST', path, admin(MINHANG), { body: { text: '秘书处跟进' } }), 201);
    await problem(
      await send('POST', path, admin(QUZHOU), { body: { text: '旁观' } }),
      403,
      'not_problem_party',
    );
    await problem(await send('GET', path, viewer(QUZHOU)), 403, 'not_problem_party');
    const thread = await expectOk(await send('GET', path, viewer(YANCHENG)), 200);
    expect(thread.items.map((c: Json) => c.text)).toEqual([
      '需要 10 套人才公寓',
      '可提供 6 套',
      '秘书处跟进',
    ]);
    expect(await expectOk(await send('GET', `${base}/problems/${p.id}`, viewer(QUZHOU)), 200)).toMatchObject({
      commentCount: 3,
      version: 1,
    });
    const feed = await (await send('GET', `${base}/feed?limit=3`, viewer(QUZHOU))).text();
    expect(feed).toContain('problem.commented');
    expect(feed).not.toContain('6 套');
  });

  it('flags overdue problems, lists them from the due-date index and escalates each once', async () => {
    const late = await raise(admin(QUZHOU), {
      title: '园区用地指标协调',
      category: 'land',
      assigneeTenantId: YANCHENG,
      dueDate: dateIn(3),
    });
    const later = await raise(admin(QUZHOU), {
      title: '出口市场拓展',
      category: 'market',
      assigneeTenantId: YANCHENG,
      dueDate: dateIn(30),
    });
    const resolvedInTime = await raise(admin(QUZHOU), {
      title: '知识产权维权',
      category: 'legal',
      assigneeTenantId: NANTONG,
      dueDate: dateIn(2),
    });
    await step(resolvedInTime.id, 'accept', admin(NANTONG));
    await step(resolvedInTime.id, 'resolve', admin(NANTONG), { resolution: '“党建+法律服务”联盟律师介入' });
    await step(late.id, 'accept', admin(YANCHENG));

    const ahead = appAhead(h, 10);
    expect(
      await expectOk(await ahead('GET', `${base}/problems/${late.id}`, viewer(NANTONG)), 200),
    ).toMatchObject({
      overdue: true,
      status: 'accepted',
    });
    expect(
      await expectOk(await send('GET', `${base}/problems/${late.id}`, viewer(NANTONG)), 200),
    ).toMatchObject({
      overdue: false,
    });
    const overdue = await list('overdue=true', viewer(NANTONG), ahead);
    expect(ids(overdue)).toContain(late.id);
    expect(ids(overdue)).not.toContain(later.id);
    expect(ids(overdue)).not.toContain(resolvedInTime.id);
    expect(overdue.every((item) => item.overdue === true)).toBe(true);
    const notOverdue = await list(`overdue=false&raiser=${QUZHOU}`, viewer(NANTONG), ahead);
    expect(ids(notOverdue)).toEqual(expect.arrayContaining([later.id, resolvedInTime.id]));
    expect(ids(notOverdue)).not.toContain(late.id);
    expect(ids(await list(`overdue=true&assignee=${NANTONG}`, viewer(NANTONG), ahead))).not.toContain(
      late.id,
    );

    await problem(
      await ahead('POST', `${base}/problems/escalations`, admin(QUZHOU)),
      403,
      'secretariat_only',
    );
    const first = await expectOk(await ahead('POST', `${base}/problems/escalations`, editor(MINHANG)), 200);
    expect(first.today).toBe(dateIn(10));
    expect(first.escalated.map((e: Json) => e.id)).toContain(late.id);
    expect(first.escalated.map((e: Json) => e.id)).not.toContain(later.id);
    expect(first.more).toBe(false);
    const again = await expectOk(await ahead('POST', `${base}/problems/escalations`, editor(MINHANG)), 200);
    expect(again.escalated).toEqual([]);
    const escalated = await expectOk(
      await ahead('GET', `${base}/problems/${late.id}`, viewer(YANCHENG)),
      200,
    );
    expect(escalated.escalatedAt).toBeDefined();
    const feed = await expectOk(await send('GET', `${base}/feed?limit=20`, viewer(NANTONG)), 200);
    expect(
      feed.items.filter((e: Json) => e.action === 'problem.escalated').map((e: Json) => e.subject.id),
    ).toContain(late.id);

    // Resolved after its due date: late; a scheduled job (no tenant) escalates with the platform's access.
    const job: Principal = {
      kind: 'user',
      sub: 'scheduler',
      tenantId: null,
      roles: ['platform_admin'],
      scopes: [],
    };
    const swept = await h.services.problems.escalateOverdue(
      { principal: job, requestId: 'job', now: new Date(Date.now() + 40 * DAY_MS) },
      alliance,
    );
    expect(swept.escalated.map((e) => e.id)).toContain(later.id);
    expect(swept.escalated.map((e) => e.id)).not.toContain(late.id);
    const resolvedLate = await step(
      late.id,
      'resolve',
      admin(YANCHENG),
      { resolution: '协调盐城化工园区用地 50 亩' },
      ahead,
    );
    expect(resolvedLate).toMatchObject({ status: 'resolved', overdue: false, resolution: { onTime: false } });
  });

  it('filters lists by status, assignee and raiser, newest first and paged', async () => {
    const all = await list('');
    const submittedToYancheng = all.filter(
      (p) => p.assigneeTenantId === YANCHENG && p.status === 'submitted',
    );
    expect(ids(await list(`assignee=${YANCHENG}&status=submitted`))).toEqual(ids(submittedToYancheng));
    expect(ids(await list('status=closed'))).toEqual(ids(all.filter((p) => p.status === 'closed')));
    const byQuzhou = await list(`raiser=${QUZHOU}`);
    expect(new Set(ids(byQuzhou))).toEqual(new Set(ids(all.filter((p) => p.raiserTenantId === QUZHOU))));
    expect(ids(await list(`raiser=${QUZHOU}&assignee=${YANCHENG}`))).toEqual(
      ids(byQuzhou.filter((p) => p.assigneeTenantId === YANCHENG)),
    );
    expect(ids(all)).toEqual([...ids(all)].sort().reverse());
    await problem(await send('GET', `${base}/problems?cursor=abc`, viewer(QUZHOU)), 400, 'invalid_cursor');
  });

  it('keeps the counters equal to a recount of the problems', async () => {
    const problems = await h.services.problems.list(
      { allianceId: alliance, tenantId: MINHANG, role: 'secretariat' },
      { limit: 100 },
    );
    const expected = new Map<string, Map<string, number>>();
    const monthly = new Map<string, number>();
    const bump = (tenant: string, counter: string, by = 1) => {
      const row = expected.get(tenant) ?? new Map<string, number>();
      row.set(counter, (row.get(counter) ?? 0) + by);
      expected.set(tenant, row);
    };
    for (const p of problems.items) {
      bump(p.raiserTenantId, 'problems.raised');
      bump(p.assigneeTenantId, `problems.${p.status}`);
      if (p.escalatedAt) bump(p.assigneeTenantId, 'problems.escalated');
      if (p.resolution) {
        bump(
          p.resolution.byTenantId,
          p.resolution.onTime ? 'problems.resolvedOnTime' : 'problems.resolvedLate',
        );
        if (p.resolution.onTime) {
          const key = `${shanghaiMonth(p.resolution.at)}|${p.resolution.byTenantId}`;
          monthly.set(key, (monthly.get(key) ?? 0) + 1);
        }
      }
      if (p.rating !== undefined && p.resolution) {
        bump(p.resolution.byTenantId, 'problems.ratingSum', p.rating);
        bump(p.resolution.byTenantId, 'problems.rated');
      }
    }
    const stats = await createStatsRepository(h.store).read({ allianceId: alliance });
    for (const tenant of [MINHANG, NANTONG, YANCHENG, QUZHOU]) {
      const kept = Object.fromEntries(
        Object.entries(stats.get(tenant) ?? {}).filter(
          ([name, value]) => name.startsWith('problems.') && value !== 0,
        ),
      );
      expect({ tenant, kept }).toEqual({ tenant, kept: Object.fromEntries(expected.get(tenant) ?? []) });
    }
    for (const month of new Set([...monthly.keys()].map((key) => key.split('|')[0] ?? ''))) {
      const read = await createStatsRepository(h.store).read({ allianceId: alliance }, month);
      for (const [key, count] of monthly) {
        const [m, tenant] = key.split('|') as [string, string];
        if (m === month) expect(read.get(tenant)?.['board.problemsResolvedOnTime']).toBe(count);
      }
    }
    // A reopened resolution was taken back: Nantong's financing problem counts once, for Minhang.
    expect(stats.get(MINHANG)?.['problems.resolvedOnTime']).toBe(2);
    expect(stats.get(MINHANG)?.['problems.rated']).toBe(2);
    expect(stats.get(MINHANG)?.['problems.ratingSum']).toBe(9);
  });
});
