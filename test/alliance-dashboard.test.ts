// The alliance dashboard and 先锋榜单 through the app against DynamoDB Local: figures per member and in total
// from the counters the writes keep, a property test of those counters against a recount of the records, and
// the monthly boards the job computes (weights, ranks, final months kept).
import { type Principal, shanghaiMonth } from '@lianjian/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { scanTable } from './support/table-scan.ts';

const JINSHAN = 'sh-jinshan'; // the secretariat
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const MEMBERS = [JINSHAN, JIASHAN, PINGHU] as const;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const JOB: Principal = { kind: 'user', sub: 'job', tenantId: null, roles: ['platform_admin'], scopes: [] };
const jobAt = (iso: string) => ({ principal: JOB, requestId: 'job', now: new Date(iso) });

describe('alliance dashboard and leaderboard', () => {
  let h: Harness;

  const ok = async (response: Response, status = 200): Promise<Json> => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    return text ? (JSON.parse(text) as Json) : {};
  };
  const send = (method: string, path: string, as: Caller, body?: unknown, headers?: Record<string, string>) =>
    h.call(method, path, { as, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });

  const newAlliance = async () => {
    const alliance = await ok(
      await send('POST', '/v1/alliances', admin(JINSHAN), {
        name: `看板联盟${Math.random()}`,
        kind: 'cluster',
      }),
      201,
    );
    for (const tenant of MEMBERS.slice(1)) {
      await ok(
        await send('POST', `/v1/alliances/${alliance.id}/invitations`, admin(JINSHAN), { tenantId: tenant }),
        201,
      );
      await ok(
        await send('POST', `/v1/alliances/${alliance.id}/invitations/${tenant}/accept`, admin(tenant)),
      );
    }
    return `/v1/alliances/${alliance.id}`;
  };
  const post = async (base: string, kind: 'resources' | 'needs', tenant: string, quantity?: number) =>
    ok(
      await send('POST', `${base}/${kind}`, admin(tenant), {
        title: `看板条目${Math.random()}`,
        category: 'talent',
        ...(quantity === undefined ? {} : { quantity }),
      }),
      201,
    );
  const claim = async (base: string, kind: string, itemId: string, tenant: string, quantity = 1) =>
    ok(await send('POST', `${base}/${kind}/${itemId}/claims`, admin(tenant), { quantity }), 201);
  const answer = async (
    base: string,
    kind: string,
    claim: Json,
    owner: string,
    action: 'accept' | 'decline',
  ) =>
    ok(await send('POST', `${base}/${kind}/${claim.itemId}/claims/${claim.id}/${action}`, admin(owner), {}));
  const enrol = async (base: string, tenant: string) => {
    const unit = await ok(
      await send('POST', '/v1/units', admin(tenant), {
        name: `看板合作社${Math.random()}`,
        kind: 'cooperative',
      }),
      201,
    );
    return ok(await send('POST', `${base}/units`, admin(tenant), { unitId: unit.id, fields: [] }), 201);
  };
  const dashboard = async (base: string, as = JIASHAN) =>
    ok(await send('GET', `${base}/dashboard`, admin(as)));
  const memberOf = (board: Json, tenant: string) => board.byMember.find((m: Json) => m.tenantId === tenant);

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [...MEMBERS, 'ah-wuhu']) await h.addTenant(tenant);
  });

  it('shows each member’s and the alliance’s figures, counted by the writes', async () => {
    const base = await newAlliance();
    const resource = await post(base, 'resources', JINSHAN, 2);
    const need = await post(base, 'needs', JIASHAN);
    await post(base, 'needs', PINGHU);
    const taken = await claim(base, 'resources', resource.id, JIASHAN, 2); // fulfils the resource
    await answer(base, 'resources', taken, JINSHAN, 'accept');
    await answer(base, 'needs', await claim(base, 'needs', need.id, PINGHU), JIASHAN, 'decline');
    await claim(base, 'needs', need.id, JINSHAN); // stays pending
    await enrol(base, JINSHAN);
    const withdrawn = await enrol(base, PINGHU);
    await enrol(base, PINGHU);
    await ok(
      await send('DELETE', `${base}/units/${withdrawn.id}`, admin(PINGHU), undefined, { 'if-match': '"1"' }),
      204,
    );
    // Jinshan's private records are not the alliance's: a unit it keeps to itself counts nowhere.
    await ok(
      await send('POST', '/v1/units', admin(JINSHAN), { name: '金山私有单位', kind: 'enterprise' }),
      201,
    );

    const board = await dashboard(base);
    expect(board.members).toEqual({ active: 3, former: 0 });
    const jinshan = memberOf(board, JINSHAN);
    expect(jinshan).toMatchObject({
      role: 'secretariat',
      memberUnits: 1,
      items: { resource: { total: 1, byStatus: { fulfilled: 1, open: 0 } } },
      claims: { made: 1, received: { pending: 0, accepted: 1 }, itemsClaimed: 1, claimRate: 1 },
    });
    expect(memberOf(board, JIASHAN)).toMatchObject({
      memberUnits: 0,
      items: { need: { total: 1, byStatus: { open: 1 } } },
      claims: { made: 1, received: { pending: 1, declined: 1 }, itemsClaimed: 0, claimRate: 0 },
    });
    expect(memberOf(board, PINGHU)).toMatchObject({ memberUnits: 1, claims: { made: 1, claimRate: 0 } });
    expect(board.total).toMatchObject({
      memberUnits: 2,
      items: { resource: { total: 1 }, need: { total: 2, byStatus: { open: 2 } }, project: { total: 0 } },
      claims: { made: 3, received: { accepted: 1, declined: 1, pending: 1 }, itemsClaimed: 1 },
    });
    expect(board.total.claims.claimRate).toBeCloseTo(1 / 3, 3);
    // Nothing to divide by: no rate rather than 0 %.
    expect(board.total.problems.onTimeRate).toBeNull();
  });

  it('keeps every counter equal to a recount of the records, whatever the writes', async () => {
    const base = await newAlliance();
    const allianceId = base.split('/').at(-1) ?? '';
    const items: { kind: 'resources' | 'needs'; id: string; owner: string }[] = [];
    const claims: { kind: string; claim: Json; owner: string }[] = [];
    const step = fc.oneof(
      fc.record({
        op: fc.constant('post' as const),
        kind: fc.constantFrom('resources', 'needs'),
        by: fc.nat(2),
        quantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      }),
      fc.record({ op: fc.constant('claim' as const), item: fc.nat(), by: fc.nat(2) }),
      fc.record({
        op: fc.constantFrom('accept' as const, 'decline' as const, 'withdraw' as const),
        claim: fc.nat(),
      }),
      fc.record({ op: fc.constant('withdrawItem' as const), item: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          if (s.op === 'post') {
            const owner = MEMBERS[s.by] ?? JINSHAN;
            const item = await post(base, s.kind as 'resources' | 'needs', owner, s.quantity);
            items.push({ kind: s.kind as 'resources' | 'needs', id: item.id, owner });
          } else if (s.op === 'claim' && items.length > 0) {
            const item = items[s.item % items.length];
            const by = MEMBERS[s.by] ?? JINSHAN;
            if (!item || item.owner === by) continue;
            const response = await send('POST', `${base}/${item.kind}/${item.id}/claims`, admin(by), {
              quantity: 1,
            });
            if (response.status === 201)
              claims.push({ kind: item.kind, claim: (await response.json()) as Json, owner: item.owner });
            else await response.arrayBuffer(); // a closed item or nothing left: refused, counted nowhere
          } else if ((s.op === 'accept' || s.op === 'decline' || s.op === 'withdraw') && claims.length > 0) {
            const picked = claims[s.claim % claims.length];
            if (!picked) continue;
            const { kind, claim: c, owner } = picked;
            const as = s.op === 'withdraw' ? c.claimantTenantId : owner;
            await (
              await send(
                'POST',
                `${base}/${kind}/${c.itemId}/claims/${c.id}/${s.op}`,
                admin(as),
                s.op === 'withdraw' ? undefined : {},
              )
            ).arrayBuffer();
          } else if (s.op === 'withdrawItem' && items.length > 0) {
            const item = items[s.item % items.length];
            if (!item) continue;
            const current = await ok(await send('GET', `${base}/${item.kind}/${item.id}`, admin(item.owner)));
            await (
              await send('POST', `${base}/${item.kind}/${item.id}/withdraw`, admin(item.owner), undefined, {
                'if-match': `"${current.version}"`,
              })
            ).arrayBuffer();
          }
        }
        const records = (await scanTable(h.store)).filter((row) => row.pk === `A#${allianceId}`);
        const recount = (tenant: string) => {
          const own = records.filter((row) => row.type === 'LIST_ITEM' && row.ownerTenantId === tenant);
          const received = records.filter((row) => row.type === 'CLAIM' && row.itemOwnerTenantId === tenant);
          const byStatus = (rows: Record<string, unknown>[]) =>
            rows.reduce<Record<string, number>>((counts, row) => {
              const status = String(row.status);
              counts[status] = (counts[status] ?? 0) + 1;
              return counts;
            }, {});
          const kindOf = (kind: string) => own.filter((row) => row.kind === kind);
          return {
            resource: byStatus(kindOf('resource')),
            need: byStatus(kindOf('need')),
            received: byStatus(received),
            made: records.filter((row) => row.type === 'CLAIM' && row.claimantTenantId === tenant).length,
            itemsClaimed: own.filter((row) => Number(row.allocated ?? 0) > 0).length,
          };
        };
        const board = await dashboard(base);
        const nonZero = (counts: Record<string, number>) =>
          Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
        for (const tenant of MEMBERS) {
          const shown = memberOf(board, tenant);
          expect({
            resource: nonZero(shown.items.resource.byStatus),
            need: nonZero(shown.items.need.byStatus),
            received: nonZero(shown.claims.received),
            made: shown.claims.made,
            itemsClaimed: shown.claims.itemsClaimed,
          }).toEqual(recount(tenant));
        }
      }),
      { numRuns: 4 },
    );
  }, 60_000);

  it('ranks the month by the alliance’s weights, keeps past months and freezes them once final', async () => {
    const base = await newAlliance();
    const allianceId = base.split('/').at(-1) ?? '';
    const month = shanghaiMonth(new Date());
    // Jiashan meets two of Jinshan's needs; Pinghu hands over one resource: claims fulfilled this month.
    for (const need of [await post(base, 'needs', JINSHAN), await post(base, 'needs', JINSHAN)])
      await answer(base, 'needs', await claim(base, 'needs', need.id, JIASHAN), JINSHAN, 'accept');
    const resource = await post(base, 'resources', PINGHU);
    await answer(base, 'resources', await claim(base, 'resources', resource.id, JINSHAN), PINGHU, 'accept');

    const notYet = await send('GET', `${base}/leaderboard?month=${month}`, admin(PINGHU));
    expect(notYet.status).toBe(404);
    expect(((await notYet.json()) as Json).code).toBe('leaderboard_not_computed');

    const defaults = await ok(await send('GET', `${base}/leaderboard/weights`, admin(PINGHU)));
    expect(defaults).toMatchObject({ claimsFulfilled: 3, version: 0 });
    const weights = {
      claimsFulfilled: 10,
      problemsResolvedOnTime: 5,
      activitiesHosted: 4,
      participantsSent: 1,
      actionItemsDoneOnTime: 2,
    };
    expect(
      (await send('PUT', `${base}/leaderboard/weights`, admin(PINGHU), weights, { 'if-match': '"0"' }))
        .status,
    ).toBe(403);
    await ok(
      await send('PUT', `${base}/leaderboard/weights`, admin(JINSHAN), weights, { 'if-match': '"0"' }),
    );
    expect(
      (await send('PUT', `${base}/leaderboard/weights`, admin(JINSHAN), weights, { 'if-match': '"0"' }))
        .status,
    ).toBe(412);

    const now = new Date().toISOString();
    const ran = await h.services.leaderboard.computeAll(jobAt(now));
    expect(ran.alliances).toBeGreaterThanOrEqual(1);
    const board = await ok(await send('GET', `${base}/leaderboard`, admin(PINGHU)));
    expect(board).toMatchObject({ allianceId, month, final: false, weights });
    expect(board.entries.map((e: Json) => [e.rank, e.tenantId, e.score, e.facts.claimsFulfilled])).toEqual([
      [1, JIASHAN, 20, 2],
      [2, PINGHU, 10, 1],
      [3, JINSHAN, 0, 0],
    ]);

    // After the month ends the job computes it once more, final; later runs leave it as it is.
    const nextMonth = new Date(Date.parse(`${month}-01T00:00:00+08:00`) + 40 * 86_400_000).toISOString();
    await h.services.leaderboard.computeAll(jobAt(nextMonth));
    const finalBoard = await ok(await send('GET', `${base}/leaderboard?month=${month}`, admin(JIASHAN)));
    expect(finalBoard).toMatchObject({ final: true, computedAt: nextMonth });
    await h.services.leaderboard.computeAll(
      jobAt(new Date(Date.parse(nextMonth) + 86_400_000).toISOString()),
    );
    expect(await ok(await send('GET', `${base}/leaderboard?month=${month}`, admin(JIASHAN)))).toEqual(
      finalBoard,
    );

    const bad = await send('GET', `${base}/leaderboard?month=2026-13`, admin(JIASHAN));
    expect(bad.status).toBe(400);
  });

  it('answers a tenant outside the alliance 404, naming nothing of it', async () => {
    const base = await newAlliance();
    for (const path of ['dashboard', 'leaderboard', 'leaderboard/weights']) {
      const response = await send('GET', `${base}/${path}`, admin('ah-wuhu'));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(base.split('/').at(-1));
    }
  });
});
