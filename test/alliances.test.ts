// Alliances and membership through the API: creating, inviting, answering, leaving, removal, the
// secretariat role, the feed and its polling cursor, against DynamoDB Local.
import type { Principal } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const SONGJIANG = 'sh-songjiang';
const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });

interface Alliance {
  id: string;
  name: string;
  memberCount: number;
  secretariatTenantIds: string[];
  myRole: string;
}
interface Member {
  tenantId: string;
  role: string;
  status: string;
  leftReason?: string;
  tenantStatus: string;
}
interface FeedEvent {
  id: string;
  action: string;
  tenantId: string;
  subject: { type: string; id: string };
}

describe('alliances', () => {
  let h: Harness;
  const json = async <T>(response: Response, status: number): Promise<T> => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const create = async (name = '廊下·大云·广陈乡村振兴联盟', as = admin(JINSHAN)) =>
    json<Alliance>(
      await h.call('POST', '/v1/alliances', {
        as,
        body: { name, kind: 'cluster', charter: '联盟章程（第一版）' },
      }),
      201,
    );
  const invite = (allianceId: string, tenantId: string, as = admin(JINSHAN)) =>
    h.call('POST', `/v1/alliances/${allianceId}/invitations`, { as, body: { tenantId } });
  const answer = (allianceId: string, tenantId: string, verb: 'accept' | 'decline', as = admin(tenantId)) =>
    h.call('POST', `/v1/alliances/${allianceId}/invitations/${tenantId}/${verb}`, { as });
  const join = async (allianceId: string, tenantId: string, as = admin(JINSHAN)) => {
    await json(await invite(allianceId, tenantId, as), 201);
    await json(await answer(allianceId, tenantId, 'accept'), 200);
  };
  const members = async (allianceId: string, as: Caller) =>
    (await json<{ items: Member[] }>(await h.call('GET', `/v1/alliances/${allianceId}/members`, { as }), 200))
      .items;
  const feed = async (allianceId: string, as: Caller, query = '') =>
    (
      await json<{ items: FeedEvent[]; nextCursor?: string }>(
        await h.call('GET', `/v1/alliances/${allianceId}/feed${query}`, { as }),
        200,
      )
    ).items;

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [JINSHAN, JIASHAN, PINGHU, SONGJIANG]) await h.addTenant(tenant);
  });

  it('makes the creating tenant the first member and the secretariat', async () => {
    const alliance = await create();
    expect(alliance).toMatchObject({
      memberCount: 1,
      secretariatTenantIds: [JINSHAN],
      myRole: 'secretariat',
    });
    const mine = await json<{ items: Alliance[] }>(
      await h.call('GET', '/v1/alliances', { as: viewer(JINSHAN) }),
      200,
    );
    expect(mine.items.map((item) => item.id)).toContain(alliance.id);
    expect(await members(alliance.id, viewer(JINSHAN))).toMatchObject([
      { tenantId: JINSHAN, role: 'secretariat', status: 'active', tenantStatus: 'active' },
    ]);
  });

  it('lets tenant admins only create alliances, and refuses bad input in Chinese or English', async () => {
    const byEditor = await h.call('POST', '/v1/alliances', {
      as: editor(JINSHAN),
      body: { name: 'x', kind: 'hub' },
    });
    expect(byEditor.status).toBe(403);
    const bad = await h.call('POST', '/v1/alliances', {
      as: admin(JINSHAN),
      body: { name: '', kind: 'club' },
    });
    const problem = await json<{ code: string; errors: { path: string }[] }>(bad, 400);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((error) => error.path).sort()).toEqual(['kind', 'name']);
    const english = await h.call('POST', '/v1/alliances', {
      as: admin(JINSHAN),
      body: { name: 'x', kind: 'hub', extra: 1 },
      headers: { 'accept-language': 'en' },
    });
    expect(((await english.json()) as { title: string }).title).toBe('Invalid request');
  });

  it('runs an invitation from the secretariat to the invited admin, on both sides', async () => {
    const alliance = await create('G60科创走廊党建联盟');
    const sent = await json<{ tenantId: string; expiresAt: string; invitedAt: string }>(
      await invite(alliance.id, JIASHAN),
      201,
    );
    expect(Date.parse(sent.expiresAt) - Date.parse(sent.invitedAt)).toBe(14 * 24 * 60 * 60 * 1000);
    expect((await invite(alliance.id, JIASHAN)).status).toBe(409);

    const received = await json<{ items: { allianceId: string; allianceName: string }[] }>(
      await h.call('GET', '/v1/invitations', { as: viewer(JIASHAN) }),
      200,
    );
    expect(received.items).toContainEqual(
      expect.objectContaining({ allianceId: alliance.id, allianceName: 'G60科创走廊党建联盟' }),
    );
    const pending = await json<{ items: unknown[] }>(
      await h.call('GET', `/v1/alliances/${alliance.id}/invitations`, { as: viewer(JINSHAN) }),
      200,
    );
    expect(pending.items).toHaveLength(1);

    // Before accepting, the invited tenant is not a member: the alliance does not exist for it.
    expect((await h.call('GET', `/v1/alliances/${alliance.id}`, { as: admin(JIASHAN) })).status).toBe(404);
    expect((await answer(alliance.id, JIASHAN, 'accept', editor(JIASHAN))).status).toBe(403);
    // Another tenant's admin cannot answer for the invited one.
    expect((await answer(alliance.id, JIASHAN, 'accept', admin(PINGHU))).status).toBe(404);

    const member = await json<Member>(await answer(alliance.id, JIASHAN, 'accept'), 200);
    expect(member).toMatchObject({ tenantId: JIASHAN, role: 'member', status: 'active' });
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JIASHAN) }),
      200,
    );
    expect(seen).toMatchObject({ memberCount: 2, myRole: 'member' });
    expect((await invite(alliance.id, JIASHAN)).status).toBe(409);
    expect((await answer(alliance.id, JIASHAN, 'accept')).status).toBe(404);
    const left = await json<{ items: unknown[] }>(
      await h.call('GET', '/v1/invitations', { as: viewer(JIASHAN) }),
      200,
    );
    expect(left.items.some((item) => (item as { allianceId: string }).allianceId === alliance.id)).toBe(
      false,
    );

    // The accepting admin's audit trail records the step.
    const audit = await json<{ items: { action: string }[] }>(
      await h.call('GET', '/v1/audit', { as: admin(JIASHAN) }),
      200,
    );
    expect(audit.items.map((entry) => entry.action)).toContain('member.joined');
  });

  it('keeps secretariat work to the secretariat, and the alliance hidden from non-members', async () => {
    const alliance = await create();
    await join(alliance.id, JIASHAN);
    const asMember = await invite(alliance.id, PINGHU, admin(JIASHAN));
    expect(asMember.status).toBe(403);
    expect(((await asMember.json()) as { code: string }).code).toBe('secretariat_only');
    const patch = await h.call('PATCH', `/v1/alliances/${alliance.id}`, {
      as: editor(JIASHAN),
      body: { description: '改写' },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(403);
    expect(
      (await h.call('DELETE', `/v1/alliances/${alliance.id}/members/${JINSHAN}`, { as: admin(JIASHAN) }))
        .status,
    ).toBe(403);
    for (const path of ['', '/members', '/feed', '/invitations'])
      expect((await h.call('GET', `/v1/alliances/${alliance.id}${path}`, { as: admin(PINGHU) })).status).toBe(
        404,
      );

    const edited = await h.call('PATCH', `/v1/alliances/${alliance.id}`, {
      as: editor(JINSHAN),
      body: { description: '三镇联建' },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe('"2"');
    const stale = await h.call('PATCH', `/v1/alliances/${alliance.id}`, {
      as: editor(JINSHAN),
      body: { description: '再改' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
  });

  it('refuses invitations to members, unknown and suspended tenants, and lets invitations be declined or revoked', async () => {
    const alliance = await create();
    expect((await invite(alliance.id, 'ah-nowhere')).status).toBe(422);
    const suspended = 'ah-wuhu';
    await h.addTenant(suspended);
    const version = (await h.call('GET', `/v1/tenants/${suspended}`, { as: { platform: true } })).headers.get(
      'etag',
    );
    const suspend = await h.call('PATCH', `/v1/tenants/${suspended}`, {
      as: { platform: true },
      body: { status: 'suspended' },
      headers: { 'if-match': version ?? '' },
    });
    expect(suspend.status).toBe(200);
    const refused = await invite(alliance.id, suspended, { ...admin(JINSHAN) });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('invitee_inactive');

    await json(await invite(alliance.id, PINGHU), 201);
    await json(await answer(alliance.id, PINGHU, 'decline'), 204);
    expect((await answer(alliance.id, PINGHU, 'accept')).status).toBe(404);
    await json(await invite(alliance.id, PINGHU), 201);
    await json(
      await h.call('DELETE', `/v1/alliances/${alliance.id}/invitations/${PINGHU}`, { as: admin(JINSHAN) }),
      204,
    );
    expect((await answer(alliance.id, PINGHU, 'accept')).status).toBe(404);
  });

  it('lets an invitation expire after 14 days', async () => {
    const alliance = await create();
    const longAgo = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    const secretariat: Principal = {
      kind: 'user',
      sub: 'admin@sh-jinshan',
      tenantId: JINSHAN,
      roles: ['tenant_admin'],
      scopes: [],
    };
    await h.services.alliances.invite(
      { principal: secretariat, requestId: 'test', now: longAgo },
      { allianceId: alliance.id, tenantId: JINSHAN, role: 'secretariat' },
      PINGHU,
    );
    expect((await answer(alliance.id, PINGHU, 'accept')).status).toBe(404);
    const received = await json<{ items: { allianceId: string }[] }>(
      await h.call('GET', '/v1/invitations', { as: viewer(PINGHU) }),
      200,
    );
    expect(received.items.some((item) => item.allianceId === alliance.id)).toBe(false);
    // An expired invitation does not block a new one.
    await json(await invite(alliance.id, PINGHU), 201);
  });

  it('keeps a secretariat: the only one cannot leave until it hands the role over', async () => {
    const alliance = await create();
    await join(alliance.id, JIASHAN);
    const refused = await h.call('DELETE', `/v1/alliances/${alliance.id}/members/${JINSHAN}`, {
      as: admin(JINSHAN),
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'last_secretariat', title: 'Last secretariat' });
    const demote = await h.call('PUT', `/v1/alliances/${alliance.id}/members/${JINSHAN}/role`, {
      as: admin(JINSHAN),
      body: { role: 'member' },
    });
    expect(demote.status).toBe(409);

    await json(
      await h.call('PUT', `/v1/alliances/${alliance.id}/members/${JIASHAN}/role`, {
        as: admin(JINSHAN),
        body: { role: 'secretariat' },
      }),
      200,
    );
    await json(
      await h.call('DELETE', `/v1/alliances/${alliance.id}/members/${JINSHAN}`, { as: admin(JINSHAN) }),
      204,
    );
    // Access ends at once.
    expect((await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JINSHAN) })).status).toBe(404);
    const mine = await json<{ items: Alliance[] }>(
      await h.call('GET', '/v1/alliances', { as: viewer(JINSHAN) }),
      200,
    );
    expect(mine.items.map((item) => item.id)).not.toContain(alliance.id);
    // History stays: the former member is listed as such.
    const listed = await members(alliance.id, viewer(JIASHAN));
    expect(listed).toContainEqual(
      expect.objectContaining({ tenantId: JINSHAN, status: 'former', leftReason: 'left', role: 'member' }),
    );
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JIASHAN) }),
      200,
    );
    expect(seen).toMatchObject({ memberCount: 1, secretariatTenantIds: [JIASHAN] });

    // A former member can be invited back.
    await join(alliance.id, JINSHAN, admin(JIASHAN));
    expect((await members(alliance.id, viewer(JINSHAN))).find((m) => m.tenantId === JINSHAN)).toMatchObject({
      status: 'active',
    });
  });

  it('lets the secretariat remove a member, whose access ends at once', async () => {
    const alliance = await create();
    await join(alliance.id, JIASHAN);
    await join(alliance.id, PINGHU);
    await json(
      await h.call('DELETE', `/v1/alliances/${alliance.id}/members/${PINGHU}`, { as: admin(JINSHAN) }),
      204,
    );
    expect((await h.call('GET', `/v1/alliances/${alliance.id}/feed`, { as: viewer(PINGHU) })).status).toBe(
      404,
    );
    expect((await members(alliance.id, viewer(JIASHAN))).find((m) => m.tenantId === PINGHU)).toMatchObject({
      status: 'former',
      leftReason: 'removed',
    });
    // Removing again changes nothing.
    await json(
      await h.call('DELETE', `/v1/alliances/${alliance.id}/members/${PINGHU}`, { as: admin(JINSHAN) }),
      204,
    );
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JINSHAN) }),
      200,
    );
    expect(seen.memberCount).toBe(2);
  });

  it('lets only one of two secretariats leaving at the same time go, so one always remains', async () => {
    const alliance = await create();
    await join(alliance.id, JIASHAN);
    await join(alliance.id, PINGHU);
    await json(
      await h.call('PUT', `/v1/alliances/${alliance.id}/members/${JIASHAN}/role`, {
        as: admin(JINSHAN),
        body: { role: 'secretariat' },
      }),
      200,
    );
    const outcomes = await Promise.all(
      [JINSHAN, JIASHAN].map((tenant) =>
        h.call('DELETE', `/v1/alliances/${alliance.id}/members/${tenant}`, { as: admin(tenant) }),
      ),
    );
    expect(outcomes.map((response) => response.status).sort()).toEqual([204, 409]);
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(PINGHU) }),
      200,
    );
    expect(seen.memberCount).toBe(2);
    expect(seen.secretariatTenantIds).toHaveLength(1);
  });

  it('counts concurrent acceptances exactly', async () => {
    const alliance = await create();
    const tenants = ['js-suzhou', 'js-nantong', 'zj-ningbo', 'ah-hefei'];
    for (const tenant of tenants) {
      await h.addTenant(tenant);
      await json(await invite(alliance.id, tenant), 201);
    }
    const answers = await Promise.all(tenants.map((tenant) => answer(alliance.id, tenant, 'accept')));
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JINSHAN) }),
      200,
    );
    expect(seen.memberCount).toBe(5);
    expect((await members(alliance.id, viewer(JINSHAN))).filter((m) => m.status === 'active')).toHaveLength(
      5,
    );
  });

  it('records every change in the feed, newest first, and answers what happened after a cursor', async () => {
    const alliance = await create();
    await join(alliance.id, JIASHAN);
    const events = await feed(alliance.id, viewer(JIASHAN));
    expect(events.map((event) => event.action)).toEqual([
      'member.joined',
      'invitation.sent',
      'alliance.created',
    ]);
    expect(events[0]).toMatchObject({ tenantId: JIASHAN, subject: { type: 'member', id: JIASHAN } });

    const newest = events[0]?.id ?? '';
    expect(await feed(alliance.id, viewer(JIASHAN), `?after=${newest}`)).toEqual([]);
    await json(await invite(alliance.id, PINGHU), 201);
    await json(await answer(alliance.id, PINGHU, 'decline'), 204);
    const since = await feed(alliance.id, viewer(JIASHAN), `?after=${newest}`);
    expect(since.map((event) => event.action)).toEqual(['invitation.sent', 'invitation.declined']);

    // Paging newest first, and through the events since a cursor, both by `limit`.
    const first = await json<{ items: FeedEvent[]; nextCursor?: string }>(
      await h.call('GET', `/v1/alliances/${alliance.id}/feed?limit=2`, { as: viewer(JINSHAN) }),
      200,
    );
    expect(first.items.map((event) => event.action)).toEqual(['invitation.declined', 'invitation.sent']);
    const second = await json<{ items: FeedEvent[]; nextCursor?: string }>(
      await h.call(
        'GET',
        `/v1/alliances/${alliance.id}/feed?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
        {
          as: viewer(JINSHAN),
        },
      ),
      200,
    );
    expect(second.items.map((event) => event.action)).toEqual(['member.joined', 'invitation.sent']);
    const oldest = events.at(-1)?.id ?? '';
    const sincePage = await json<{ items: FeedEvent[]; nextCursor?: string }>(
      await h.call('GET', `/v1/alliances/${alliance.id}/feed?after=${oldest}&limit=2`, {
        as: viewer(JINSHAN),
      }),
      200,
    );
    expect(sincePage.items.map((event) => event.action)).toEqual(['invitation.sent', 'member.joined']);
    expect(sincePage.nextCursor).toBeDefined();
    // A cursor is bound to its query: the newest-first cursor does not fit the polling query.
    const misplaced = await h.call(
      'GET',
      `/v1/alliances/${alliance.id}/feed?after=${oldest}&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      { as: viewer(JINSHAN) },
    );
    expect(misplaced.status).toBe(400);
  });

  it('takes an offboarded tenant out of its alliances first, handing its secretariat on', async () => {
    const leaving = 'ah-xuancheng';
    await h.addTenant(leaving);
    const alliance = await create('G60科创走廊', admin(leaving));
    await join(alliance.id, JIASHAN, admin(leaving));
    await join(alliance.id, PINGHU, admin(leaving));
    const platform = { platform: true } as const;
    const version =
      (await h.call('GET', `/v1/tenants/${leaving}`, { as: platform })).headers.get('etag') ?? '';
    const certificate = await json<{ alliancesLeft: string[] }>(
      await h.call('DELETE', `/v1/tenants/${leaving}`, { as: platform, headers: { 'if-match': version } }),
      200,
    );
    expect(certificate.alliancesLeft).toEqual([alliance.id]);

    // The longest-standing member took the secretariat; the alliance counts two members.
    const seen = await json<Alliance>(
      await h.call('GET', `/v1/alliances/${alliance.id}`, { as: viewer(JIASHAN) }),
      200,
    );
    expect(seen).toMatchObject({ memberCount: 2, secretariatTenantIds: [JIASHAN] });
    expect((await members(alliance.id, viewer(PINGHU))).find((m) => m.tenantId === leaving)).toMatchObject({
      status: 'former',
      leftReason: 'offboarded',
    });
    const events = await feed(alliance.id, viewer(PINGHU));
    expect(events[0]).toMatchObject({
      action: 'member.offboarded',
      tenantId: null,
      subject: { id: leaving },
    });
    expect(events[1]).toMatchObject({ action: 'member.roleChanged', subject: { id: JIASHAN } });
    // The new secretariat can act as one.
    await json(await invite(alliance.id, SONGJIANG, admin(JIASHAN)), 201);
  });

  it("exports a tenant's list items in its alliances with its own records", async () => {
    const alliance = await create();
    await join(alliance.id, PINGHU);
    const need = await json<{ id: string }>(
      await h.call('POST', `/v1/alliances/${alliance.id}/needs`, {
        as: editor(PINGHU),
        body: { title: '广陈镇民宿管家培训需求', category: 'training', quantity: 6 },
      }),
      201,
    );
    const exported = await h.call('GET', `/v1/tenants/${PINGHU}/export`, { as: admin(PINGHU) });
    expect(exported.status).toBe(200);
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { entity?: string; key?: string; data?: { title?: string } });
    expect(lines.filter((line) => line.entity === 'ALLIANCE_ITEM')).toContainEqual(
      expect.objectContaining({
        key: `${alliance.id}/need/${need.id}`,
        data: expect.objectContaining({ title: '广陈镇民宿管家培训需求' }),
      }),
    );
    // The other member's export does not carry it.
    const other = await (await h.call('GET', `/v1/tenants/${JINSHAN}/export`, { as: admin(JINSHAN) })).text();
    expect(other).not.toContain(need.id);
  });

  it('replays a retried create with the same idempotency key', async () => {
    const send = () =>
      h.call('POST', '/v1/alliances', {
        as: admin(SONGJIANG),
        body: { name: '闵行枢纽党建·城市连廊', kind: 'hub' },
        headers: { 'idempotency-key': 'minhang-corridor' },
      });
    const first = await json<Alliance>(await send(), 201);
    const again = await json<Alliance>(await send(), 201);
    expect(again.id).toBe(first.id);
    const mine = await json<{ items: Alliance[] }>(
      await h.call('GET', '/v1/alliances', { as: viewer(SONGJIANG) }),
      200,
    );
    expect(mine.items.filter((item) => item.name === '闵行枢纽党建·城市连廊')).toHaveLength(1);
  });
});
