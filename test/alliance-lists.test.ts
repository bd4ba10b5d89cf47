// The alliance's three lists and two-way claiming, through the app against DynamoDB Local: posting, filters,
// owner-only edits, moderation, claims (with concurrent acceptances), projects and a member's departure.
import { createApp, createTokenVerifier } from '@lianjian/api';
import { shanghaiDate } from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { scanTable } from './support/table-scan.ts';

const JINSHAN = 'sh-jinshan'; // founds the alliances: the secretariat
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const SUZHOU = 'js-suzhou';
const WUHU = 'ah-wuhu'; // never a member
const DAY_MS = 24 * 60 * 60 * 1000;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;

const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const editor = (tenant: string): Caller => ({ tenant, role: 'tenant_editor' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * DAY_MS));

describe('alliance lists and claims', () => {
  let h: Harness;
  let alliance: string;

  const send = (
    method: string,
    path: string,
    as: Caller,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => h.call(method, path, { as, ...options });

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

  /** An alliance of the secretariat (Jinshan) with the given members. */
  const newAlliance = async (members: readonly string[]) => {
    const created = await expectOk(
      await send('POST', '/v1/alliances', admin(JINSHAN), {
        body: { name: `廊下·大云·广陈乡村振兴联盟${Math.random()}`, kind: 'cluster' },
      }),
      201,
    );
    for (const tenantId of members) {
      await expectOk(
        await send('POST', `/v1/alliances/${created.id}/invitations`, admin(JINSHAN), { body: { tenantId } }),
        201,
      );
      await expectOk(
        await send('POST', `/v1/alliances/${created.id}/invitations/${tenantId}/accept`, admin(tenantId)),
        200,
      );
    }
    return String(created.id);
  };

  const base = (allianceId = alliance) => `/v1/alliances/${allianceId}`;

  const post = async (kind: string, body: Json, as: Caller, allianceId = alliance) =>
    expectOk(await send('POST', `${base(allianceId)}/${kind}`, as, { body }), 201);

  const get = async (path: string, as: Caller) => expectOk(await send('GET', path, as), 200);

  const claim = async (kind: string, itemId: string, as: Caller, quantity = 1, allianceId = alliance) =>
    expectOk(
      await send('POST', `${base(allianceId)}/${kind}/${itemId}/claims`, as, {
        body: { quantity, note: '可以提供' },
      }),
      201,
    );

  const decide = (
    kind: string,
    itemId: string,
    claimId: string,
    action: string,
    as: Caller,
    allianceId = alliance,
  ) =>
    send('POST', `${base(allianceId)}/${kind}/${itemId}/claims/${claimId}/${action}`, as, {
      ...(action === 'withdraw' ? {} : { body: {} }),
    });

  const ids = (page: Json) => (page.items as Json[]).map((item) => item.id);

  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [JINSHAN, JIASHAN, PINGHU, SUZHOU, WUHU]) await h.addTenant(tenant);
    alliance = await newAlliance([JIASHAN, PINGHU, SUZHOU]);
  });

  /** A unit of `tenant` enrolled as a member unit of the alliance; its member-unit id. */
  const memberUnit = async (tenant: string) => {
    const unit = await expectOk(
      await send('POST', '/v1/units', admin(tenant), {
        body: { name: `成员单位${Math.random()}`, kind: 'cooperative' },
      }),
      201,
    );
    const enrolled = await expectOk(
      await send('POST', `${base()}/units`, admin(tenant), { body: { unitId: unit.id, fields: [] } }),
      201,
    );
    return String(enrolled.id);
  };

  it('posts a need that members read with its contact, which the feed never carries', async () => {
    const dayunUnit = await memberUnit(JIASHAN);
    const response = await send('POST', `${base()}/needs`, editor(JIASHAN), {
      body: {
        title: '民宿管家技能培训师资',
        description: '大云镇民宿集聚区需要培训讲师',
        category: 'training',
        tags: ['旅居', '民宿'],
        quantity: 10,
        quantityUnit: '人',
        validUntil: dateIn(30),
        region: '330421',
        contact: { name: '王老师', phone: '0573-84000000' },
        ownerUnitId: dayunUnit,
      },
    });
    const need = await expectOk(response, 201);
    expect(response.headers.get('location')).toBe(`${base()}/needs/${need.id}`);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(need).toMatchObject({
      allianceId: alliance,
      kind: 'need',
      ownerTenantId: JIASHAN,
      ownerUnitId: dayunUnit,
      status: 'open',
      hidden: false,
      allocated: 0,
      pendingClaims: 0,
      version: 1,
    });
    expect(need).not.toHaveProperty('remaining');

    const read = await get(`${base()}/needs/${need.id}`, viewer(PINGHU));
    expect(read).toEqual(need);
    expect(read.contact).toEqual({ name: '王老师', phone: '0573-84000000' });

    const feed = await send('GET', `${base()}/feed`, viewer(PINGHU));
    const text = await feed.text();
    expect(text).not.toContain('0573-84000000');
    expect((JSON.parse(text) as Json).items[0]).toMatchObject({
      action: 'need.created',
      tenantId: JIASHAN,
      subject: { type: 'need', id: need.id, title: '民宿管家技能培训师资' },
    });

    // A tenant outside the alliance learns nothing, not even that the item exists.
    const outsider = await send('GET', `${base()}/needs/${need.id}`, admin(WUHU));
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).not.toContain('民宿');
    // Items are found under their own kind only.
    expect((await send('GET', `${base()}/resources/${need.id}`, viewer(PINGHU))).status).toBe(404);
  });

  it('takes as owning or claiming unit only a member unit of the writing tenant', async () => {
    const pinghuUnit = await memberUnit(PINGHU);
    for (const ownerUnitId of [pinghuUnit, '01JD3QB0000000000000000009']) {
      const refused = await send('POST', `${base()}/needs`, editor(JIASHAN), {
        body: { title: '借用他人成员单位', category: 'other', ownerUnitId },
      });
      await problem(refused, 422, 'member_unit_not_found');
    }
    const need = await post('needs', { title: '需要直播培训', category: 'training' }, editor(JIASHAN));
    const stolen = await send('POST', `${base()}/needs/${need.id}/claims`, admin(SUZHOU), {
      body: { quantity: 1, claimantUnitId: pinghuUnit },
    });
    await problem(stolen, 422, 'member_unit_not_found');
    const own = await send('POST', `${base()}/needs/${need.id}/claims`, admin(PINGHU), {
      body: { quantity: 1, claimantUnitId: pinghuUnit },
    });
    expect((await expectOk(own, 201)).claimantUnitId).toBe(pinghuUnit);
  });
  it('lists newest first and filters by status, category, owner and text', async () => {
    const own = await newAlliance([JIASHAN, PINGHU]);
    const path = `${base(own)}/resources`;
    const r1 = await post(
      'resources',
      { title: '大云镇党群服务中心会议室', category: 'venue', tags: ['场地'] },
      admin(JIASHAN),
      own,
    );
    const r2 = await post(
      'resources',
      { title: '广陈镇农创培训课程', category: 'training' },
      admin(PINGHU),
      own,
    );
    const r3 = await post(
      'resources',
      { title: '大云镇民宿管家培训', category: 'training' },
      admin(JIASHAN),
      own,
    );
    const r4 = await post(
      'resources',
      { title: '乡村振兴专项资金政策解读', category: 'finance' },
      admin(JINSHAN),
      own,
    );
    const r5 = await post(
      'resources',
      { title: '大云镇花海活动场地', category: 'venue', validUntil: dateIn(5) },
      admin(JIASHAN),
      own,
    );
    await expectOk(
      await send('POST', `${path}/${r3.id}/withdraw`, admin(JIASHAN), { headers: { 'if-match': '"1"' } }),
      200,
    );
    const list = async (query: string, as: Caller = viewer(PINGHU)) => ids(await get(`${path}?${query}`, as));

    expect(await list('')).toEqual([r5.id, r4.id, r3.id, r2.id, r1.id]);
    expect(await list('status=open')).toEqual([r5.id, r4.id, r2.id, r1.id]);
    expect(await list('status=withdrawn')).toEqual([r3.id]);
    // Without a status, a category's or owner's open items come first.
    expect(await list('category=training')).toEqual([r2.id, r3.id]);
    expect(await list('category=venue&status=open')).toEqual([r5.id, r1.id]);
    expect(await list(`owner=${JIASHAN}`)).toEqual([r5.id, r1.id, r3.id]);
    expect(await list(`owner=${JIASHAN}&category=venue`)).toEqual([r5.id, r1.id]);
    expect(await list(`owner=${JIASHAN}&status=withdrawn`)).toEqual([r3.id]);
    expect(await list(`q=${encodeURIComponent('培训')}`)).toEqual([r3.id, r2.id]);
    expect(await list(`q=${encodeURIComponent('场地')}&status=open`)).toEqual([r5.id, r1.id]);

    // Pages of two, each cursor bound to its query.
    const first = await get(`${path}?limit=2`, viewer(PINGHU));
    expect(ids(first)).toEqual([r5.id, r4.id]);
    const second = await get(`${path}?limit=2&cursor=${first.nextCursor}`, viewer(PINGHU));
    expect(ids(second)).toEqual([r3.id, r2.id]);
    const third = await get(`${path}?limit=2&cursor=${second.nextCursor}`, viewer(PINGHU));
    expect(third).toEqual({ items: [expect.objectContaining({ id: r1.id })] });
    await problem(
      await send('GET', `${path}?limit=2&status=open&cursor=${first.nextCursor}`, viewer(PINGHU)),
      400,
      'invalid_cursor',
    );

    // Ten days on, r5's valid-until has passed: it reads as expired and leaves the open list.
    const later = laterApp(h, 10);
    const laterIds = async (query: string) =>
      ids((await (await later('GET', `${path}?${query}`, viewer(PINGHU))).json()) as Json);
    expect(await laterIds('status=expired')).toEqual([r5.id]);
    expect(await laterIds('status=open')).toEqual([r4.id, r2.id, r1.id]);
    expect(await laterIds('category=venue&status=expired')).toEqual([r5.id]);
    expect(await (await later('GET', `${path}/${r5.id}`, viewer(PINGHU))).json()).toMatchObject({
      status: 'expired',
    });

    // What matching reads: open, unexpired, visible items of a kind, page by page.
    const open = await h.services.lists.openItems({ allianceId: own, tenantId: PINGHU }, 'resource', {
      limit: 3,
    });
    expect(open.items.map((item) => item.id)).toEqual([r5.id, r4.id, r2.id]);
    const rest = await h.services.lists.openItems({ allianceId: own, tenantId: PINGHU }, 'resource', {
      limit: 3,
      cursor: open.nextCursor,
    });
    expect(rest).toEqual({ items: [expect.objectContaining({ id: r1.id })] });

    await problem(await send('GET', `${path}?status=lost`, viewer(PINGHU)), 400, 'validation_failed');
  });

  it('lets only the owner edit and withdraw, with If-Match', async () => {
    const need = await post(
      'needs',
      { title: '旅游公交线路驾驶员', description: '临时说明', category: 'talent', quantity: 4 },
      editor(JIASHAN),
    );
    const path = `${base()}/needs/${need.id}`;
    const patch = { title: '旅游公交专线驾驶员', description: null, quantity: 6 };
    await problem(await send('PATCH', path, editor(JIASHAN), { body: patch }), 428, 'if_match_required');
    await problem(
      await send('PATCH', path, editor(JIASHAN), { body: patch, headers: { 'if-match': '"7"' } }),
      412,
      'version_mismatch',
    );
    for (const other of [admin(PINGHU), admin(JINSHAN)]) {
      // Another member, and the secretariat too: it moderates, it never rewrites.
      await problem(
        await send('PATCH', path, other, { body: patch, headers: { 'if-match': '"1"' } }),
        403,
        'not_item_owner',
      );
    }
    const response = await send('PATCH', path, editor(JIASHAN), {
      body: patch,
      headers: { 'if-match': '"1"' },
    });
    const updated = await expectOk(response, 200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(updated).toMatchObject({ title: '旅游公交专线驾驶员', quantity: 6, version: 2 });
    expect(updated).not.toHaveProperty('description');

    await problem(
      await send('POST', `${path}/withdraw`, admin(PINGHU), { headers: { 'if-match': '"2"' } }),
      403,
      'not_item_owner',
    );
    await problem(await send('POST', `${path}/withdraw`, admin(JIASHAN)), 428, 'if_match_required');
    const withdrawn = await expectOk(
      await send('POST', `${path}/withdraw`, admin(JIASHAN), { headers: { 'if-match': '"2"' } }),
      200,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 3 });
    await problem(
      await send('PATCH', path, editor(JIASHAN), { body: { title: '再改' }, headers: { 'if-match': '"3"' } }),
      409,
      'item_not_open',
    );
    // Viewers and read-only clients may read but not post.
    const byViewer = await send('POST', `${base()}/needs`, viewer(JIASHAN), {
      body: { title: '只读', category: 'other' },
    });
    expect(byViewer.status).toBe(403);
  });

  it('lets the secretariat close or hide an item with a reason, and hides it from other members', async () => {
    const need = await post('needs', { title: '农家乐经营者沙龙场地', category: 'venue' }, admin(JIASHAN));
    const path = `${base()}/needs/${need.id}`;
    const moderate = (action: string, as: Caller = editor(JINSHAN)) =>
      send('POST', `${path}/moderation`, as, { body: { action, reason: '内容待核实' } });

    await problem(await moderate('hide', admin(JIASHAN)), 403, 'secretariat_only');
    const hidden = await expectOk(await moderate('hide'), 200);
    expect(hidden).toMatchObject({
      hidden: true,
      status: 'open',
      version: 2,
      moderation: { action: 'hide', reason: '内容待核实', byTenantId: JINSHAN },
    });
    expect((await send('GET', path, viewer(PINGHU))).status).toBe(404);
    expect(ids(await get(`${base()}/needs`, viewer(PINGHU)))).not.toContain(need.id);
    expect(ids(await get(`${base()}/needs?category=venue`, viewer(PINGHU)))).not.toContain(need.id);
    expect(await get(path, viewer(JIASHAN))).toMatchObject({ hidden: true });
    expect(ids(await get(`${base()}/needs`, viewer(JIASHAN)))).toContain(need.id);
    expect(ids(await get(`${base()}/needs`, viewer(JINSHAN)))).toContain(need.id);
    expect((await send('POST', `${path}/claims`, admin(PINGHU), { body: { quantity: 1 } })).status).toBe(404);
    const feed = await get(`${base()}/feed`, viewer(PINGHU));
    expect(feed.items[0]).toMatchObject({ action: 'need.hidden', subject: { type: 'need', id: need.id } });
    expect(feed.items[0].subject).not.toHaveProperty('title');
    // The owner's edit of the hidden item reaches the feed without its title either.
    await expectOk(
      await send('PATCH', path, admin(JIASHAN), { body: { tags: ['沙龙'] }, headers: { 'if-match': '"2"' } }),
      200,
    );
    const edited = (await get(`${base()}/feed`, viewer(PINGHU))).items[0];
    expect(edited).toMatchObject({ action: 'need.updated', subject: { id: need.id } });
    expect(JSON.stringify(edited)).not.toContain(need.title);

    expect(await expectOk(await moderate('unhide'), 200)).toMatchObject({ hidden: false, version: 4 });
    expect((await send('GET', path, viewer(PINGHU))).status).toBe(200);
    const closed = await expectOk(await moderate('close'), 200);
    expect(closed).toMatchObject({ status: 'closed', moderation: { action: 'close', reason: '内容待核实' } });
    await problem(await moderate('close'), 409, 'item_not_open');
    expect(closed.title).toBe(need.title);
  });

  it('runs claims from pending to accepted, declined and withdrawn, seen by owner, claimant and secretariat', async () => {
    const need = await post(
      'needs',
      { title: '民宿集聚区党建指导员', category: 'talent', quantity: 5 },
      admin(JIASHAN),
    );
    const claims = `${base()}/needs/${need.id}/claims`;
    await problem(await send('POST', claims, admin(JIASHAN), { body: { quantity: 1 } }), 409, 'own_item');
    const response = await send('POST', claims, editor(PINGHU), {
      body: { quantity: 2, note: '广陈镇可派 2 名' },
    });
    const byPinghu = await expectOk(response, 201);
    expect(response.headers.get('location')).toBe(`${claims}/${byPinghu.id}`);
    expect(byPinghu).toMatchObject({
      itemId: need.id,
      itemKind: 'need',
      itemOwnerTenantId: JIASHAN,
      claimantTenantId: PINGHU,
      quantity: 2,
      status: 'pending',
    });
    const byJinshan = await claim('needs', need.id, admin(JINSHAN));
    expect(await get(`${base()}/needs/${need.id}`, viewer(JIASHAN))).toMatchObject({ pendingClaims: 2 });

    // The owner and the secretariat see every claim, a claimant its own, another member none.
    expect(ids(await get(claims, viewer(JIASHAN)))).toEqual([byPinghu.id, byJinshan.id]);
    expect(ids(await get(claims, viewer(JINSHAN)))).toEqual([byPinghu.id, byJinshan.id]);
    expect(ids(await get(claims, viewer(PINGHU)))).toEqual([byPinghu.id]);
    expect(ids(await get(claims, viewer(SUZHOU)))).toEqual([]);
    expect(await get(`${claims}/${byPinghu.id}`, viewer(PINGHU))).toEqual(byPinghu);
    expect((await send('GET', `${claims}/${byPinghu.id}`, viewer(SUZHOU))).status).toBe(404);
    expect((await decide('needs', need.id, byPinghu.id, 'accept', admin(SUZHOU))).status).toBe(404);

    await problem(
      await decide('needs', need.id, byPinghu.id, 'accept', admin(PINGHU)),
      403,
      'not_item_owner',
    );
    const accepted = await expectOk(
      await decide('needs', need.id, byPinghu.id, 'accept', admin(JIASHAN)),
      200,
    );
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    await problem(
      await decide('needs', need.id, byPinghu.id, 'accept', admin(JIASHAN)),
      409,
      'claim_not_pending',
    );
    expect(await get(`${base()}/needs/${need.id}`, viewer(JIASHAN))).toMatchObject({
      allocated: 2,
      pendingClaims: 1,
      version: 1,
    });

    await problem(
      await decide('needs', need.id, byJinshan.id, 'withdraw', admin(JIASHAN)),
      403,
      'not_claimant',
    );
    expect(
      await expectOk(await decide('needs', need.id, byJinshan.id, 'withdraw', editor(JINSHAN)), 200),
    ).toMatchObject({
      status: 'withdrawn',
    });

    await problem(
      await send('POST', claims, admin(SUZHOU), { body: { quantity: 4 } }),
      409,
      'quantity_exhausted',
    );
    const declinedClaim = await claim('needs', need.id, admin(SUZHOU), 3);
    const declined = await send('POST', `${claims}/${declinedClaim.id}/decline`, admin(JIASHAN), {
      body: { note: '人员已落实' },
    });
    expect(await expectOk(declined, 200)).toMatchObject({ status: 'declined', decisionNote: '人员已落实' });

    const last = await claim('needs', need.id, admin(SUZHOU), 3);
    await expectOk(await decide('needs', need.id, last.id, 'accept', admin(JIASHAN)), 200);
    expect(await get(`${base()}/needs/${need.id}`, viewer(PINGHU))).toMatchObject({
      status: 'fulfilled',
      allocated: 5,
      pendingClaims: 0,
      version: 2,
    });
    await problem(
      await send('POST', claims, admin(PINGHU), { body: { quantity: 1 } }),
      409,
      'quantity_exhausted',
    );

    const actions = ((await get(`${base()}/feed?limit=8`, viewer(PINGHU))).items as Json[]).map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['claim.created', 'claim.accepted', 'claim.withdrawn', 'claim.declined']),
    );
  });

  it('never allocates past the quantity when acceptances run concurrently', async () => {
    const resource = await post(
      'resources',
      { title: '旅居产业集群共享冷库', category: 'market', quantity: 10, quantityUnit: '吨' },
      admin(JIASHAN),
    );
    const claimants = [admin(PINGHU), admin(JINSHAN), admin(SUZHOU)];
    const claims: Json[] = [];
    for (let i = 0; i < 10; i++)
      claims.push(await claim('resources', resource.id, claimants[i % 3] as Caller, 3));

    const answers = await Promise.all(
      claims.map(async (c) => {
        const response = await decide('resources', resource.id, String(c.id), 'accept', admin(JIASHAN));
        return { status: response.status, code: ((await response.json()) as Json).code };
      }),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    expect(answers.filter((a) => a.status !== 200)).toEqual(
      Array.from({ length: 7 }, () => ({ status: 409, code: 'quantity_exhausted' })),
    );
    expect(await get(`${base()}/resources/${resource.id}`, viewer(JIASHAN))).toMatchObject({
      allocated: 9,
      pendingClaims: 7,
      status: 'open',
    });
    const listed = (await get(`${base()}/resources/${resource.id}/claims?limit=20`, viewer(JIASHAN)))
      .items as Json[];
    expect(listed.filter((c) => c.status === 'accepted')).toHaveLength(3);

    // Racing for the last units: exactly the quantity is accepted and the item is fulfilled once.
    const small = await post(
      'resources',
      { title: '农创直播间', category: 'market', quantity: 4 },
      admin(JIASHAN),
    );
    const six: Json[] = [];
    for (let i = 0; i < 6; i++) six.push(await claim('resources', small.id, claimants[i % 3] as Caller, 1));
    const statuses = await Promise.all(
      six.map(
        async (c) => (await decide('resources', small.id, String(c.id), 'accept', admin(JIASHAN))).status,
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(4);
    expect(await get(`${base()}/resources/${small.id}`, viewer(JIASHAN))).toMatchObject({
      allocated: 4,
      status: 'fulfilled',
      version: 2,
    });
  });

  it('joins an accepted resource claim and an accepted need claim into a project linked from both', async () => {
    const venue = await post(
      'resources',
      { title: '大云镇研学基地', category: 'venue', quantity: 2 },
      admin(JIASHAN),
    );
    const useVenue = await claim('resources', venue.id, admin(PINGHU));
    await expectOk(await decide('resources', venue.id, useVenue.id, 'accept', admin(JIASHAN)), 200);
    const need = await post('needs', { title: '广陈镇农创讲师', category: 'training' }, admin(PINGHU));
    const teach = await claim('needs', need.id, admin(JIASHAN));
    const pendingOnNeed = await claim('needs', need.id, admin(SUZHOU));
    await expectOk(await decide('needs', need.id, teach.id, 'accept', admin(PINGHU)), 200);

    const body = { title: '大云·广陈农创研学联合项目', category: 'training' };
    await problem(
      await send('POST', `${base()}/projects`, admin(SUZHOU), {
        body: { ...body, resourceClaimId: useVenue.id },
      }),
      403,
      'not_claim_party',
    );
    await problem(
      await send('POST', `${base()}/projects`, admin(PINGHU), {
        body: { ...body, resourceClaimId: teach.id },
      }),
      422,
      'linked_claim_not_found',
    );
    await problem(
      await send('POST', `${base()}/projects`, admin(SUZHOU), {
        body: { ...body, needClaimId: pendingOnNeed.id },
      }),
      409,
      'claim_not_accepted',
    );
    const project = await post(
      'projects',
      { ...body, resourceClaimId: useVenue.id, needClaimId: teach.id },
      admin(PINGHU),
    );
    expect(project).toMatchObject({
      kind: 'project',
      ownerTenantId: PINGHU,
      links: { resourceClaimId: useVenue.id, resourceId: venue.id, needClaimId: teach.id, needId: need.id },
    });
    expect(project).not.toHaveProperty('allocated');
    expect(await get(`${base()}/resources/${venue.id}/claims/${useVenue.id}`, viewer(JIASHAN))).toMatchObject(
      {
        projectId: project.id,
        status: 'accepted',
      },
    );
    expect(await get(`${base()}/needs/${need.id}/claims/${teach.id}`, viewer(PINGHU))).toMatchObject({
      projectId: project.id,
    });
    await problem(
      await send('POST', `${base()}/projects`, admin(JIASHAN), { body: { ...body, needClaimId: teach.id } }),
      409,
      'claim_already_linked',
    );
    // Projects are not claimed.
    expect(
      (await send('POST', `${base()}/projects/${project.id}/claims`, admin(JIASHAN), { body: {} })).status,
    ).toBe(404);
  });

  it("withdraws a departing member's open items, drops its pending claims and keeps the history", async () => {
    const own = await newAlliance([JIASHAN, PINGHU]);
    const leaver = admin(PINGHU);
    const openNeed = await post('needs', { title: '广陈镇文旅讲解员', category: 'talent' }, leaver, own);
    const claimOnLeaver = await claim('needs', openNeed.id, admin(JIASHAN), 1, own);
    const fulfilled = await post(
      'resources',
      { title: '广陈镇会议中心', category: 'venue', quantity: 1 },
      leaver,
      own,
    );
    const used = await claim('resources', fulfilled.id, admin(JIASHAN), 1, own);
    await expectOk(await decide('resources', fulfilled.id, used.id, 'accept', leaver, own), 200);
    const project = await post('projects', { title: '广陈文旅联合项目', category: 'other' }, leaver, own);
    const dayunResource = await post(
      'resources',
      { title: '大云镇直播基地', category: 'market' },
      admin(JIASHAN),
      own,
    );
    const pendingByLeaver = await claim('resources', dayunResource.id, leaver, 1, own);
    const dayunNeed = await post(
      'needs',
      { title: '大云镇花海志愿者', category: 'volunteer' },
      admin(JIASHAN),
      own,
    );
    const acceptedByLeaver = await claim('needs', dayunNeed.id, leaver, 1, own);
    await expectOk(
      await decide('needs', dayunNeed.id, acceptedByLeaver.id, 'accept', admin(JIASHAN), own),
      200,
    );

    expect((await send('DELETE', `${base(own)}/members/${PINGHU}`, leaver)).status).toBe(204);
    expect((await send('GET', `${base(own)}/needs/${openNeed.id}`, viewer(PINGHU))).status).toBe(404);

    const read = (kind: string, id: string) => get(`${base(own)}/${kind}/${id}`, viewer(JIASHAN));
    expect(await read('needs', openNeed.id)).toMatchObject({
      status: 'withdrawn',
      fromFormerMember: true,
      pendingClaims: 0,
    });
    expect(await read(`needs/${openNeed.id}/claims`, claimOnLeaver.id)).toMatchObject({ status: 'dropped' });
    expect(await read('resources', fulfilled.id)).toMatchObject({
      status: 'fulfilled',
      fromFormerMember: true,
    });
    expect(await read('projects', project.id)).toMatchObject({ status: 'withdrawn', fromFormerMember: true });
    expect(await read(`resources/${dayunResource.id}/claims`, pendingByLeaver.id)).toMatchObject({
      status: 'dropped',
    });
    expect(await read('resources', dayunResource.id)).toMatchObject({ pendingClaims: 0, status: 'open' });
    // History stays: the accepted claim, and the items themselves.
    expect(await read(`needs/${dayunNeed.id}/claims`, acceptedByLeaver.id)).toMatchObject({
      status: 'accepted',
    });
    expect(ids(await get(`${base(own)}/needs?owner=${PINGHU}`, viewer(JIASHAN)))).toEqual([openNeed.id]);
    const actions = ((await get(`${base(own)}/feed?limit=10`, viewer(JIASHAN))).items as Json[]).map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'member.left',
        'need.withdrawn',
        'project.withdrawn',
        'resource.ownerDeparted',
        'claim.dropped',
      ]),
    );

    // Running the departure again (the secretariat finishing it) changes nothing.
    const partition = async () =>
      JSON.stringify((await scanTable(h.store)).filter((item) => item.pk === `A#${own}`));
    const before = await partition();
    expect((await send('DELETE', `${base(own)}/members/${PINGHU}`, admin(JINSHAN))).status).toBe(204);
    expect(await partition()).toBe(before);
  });

  it('answers bad input with a Chinese problem, English with Accept-Language: en', async () => {
    const body = { title: ' ', category: 'food', quantity: 0, region: '12345', colour: 'red' };
    const zh = await problem(
      await send('POST', `${base()}/needs`, admin(JIASHAN), { body }),
      400,
      'validation_failed',
    );
    expect(zh.title).toBe('请求参数有误');
    const paths = (zh.errors as Json[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'category', 'quantity', 'region']));
    expect((zh.errors as Json[]).find((e) => e.path === 'title')?.message).toBe('不能为空');

    const en = await problem(
      await send('POST', `${base()}/needs`, admin(JIASHAN), { body, headers: { 'accept-language': 'en' } }),
      400,
      'validation_failed',
    );
    expect(en.title).toBe('Invalid request');
    expect((en.errors as Json[]).find((e) => e.path === 'title')?.message).toBe('must not be empty');

    const past = { title: '过期需求', category: 'other', validUntil: '2020-01-01' };
    const pastZh = await problem(
      await send('POST', `${base()}/needs`, admin(JIASHAN), { body: past }),
      400,
      'valid_until_past',
    );
    expect(pastZh.detail).toContain('早于今天');
    const pastEn = await problem(
      await send('POST', `${base()}/needs`, admin(JIASHAN), {
        body: past,
        headers: { 'accept-language': 'en' },
      }),
      400,
      'valid_until_past',
    );
    expect(pastEn.detail).toContain('before today');
    // Projects take no quantity.
    await problem(
      await send('POST', `${base()}/projects`, admin(JIASHAN), {
        body: { title: '项目', category: 'other', quantity: 2 },
      }),
      400,
      'validation_failed',
    );
  });

  it('replays an idempotent create and refuses the key for another body', async () => {
    const body = { title: '长三角民宿联盟品牌设计', category: 'market' };
    const headers = { 'idempotency-key': 'need-brand-1' };
    const first = await send('POST', `${base()}/needs`, admin(JIASHAN), { body, headers });
    const created = await expectOk(first, 201);
    const again = await send('POST', `${base()}/needs`, admin(JIASHAN), { body, headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await expectOk(again, 201)).toEqual(created);
    const titled = (await get(`${base()}/needs?q=${encodeURIComponent('品牌设计')}`, viewer(PINGHU)))
      .items as Json[];
    expect(titled).toHaveLength(1);
    await problem(
      await send('POST', `${base()}/needs`, admin(JIASHAN), { body: { ...body, title: '另一个' }, headers }),
      422,
      'idempotency_key_reused',
    );

    const claimHeaders = { 'idempotency-key': 'claim-brand-1' };
    const claimPath = `${base()}/needs/${created.id}/claims`;
    const firstClaim = await expectOk(
      await send('POST', claimPath, admin(PINGHU), { body: { quantity: 1 }, headers: claimHeaders }),
      201,
    );
    const replayed = await send('POST', claimPath, admin(PINGHU), {
      body: { quantity: 1 },
      headers: claimHeaders,
    });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(await expectOk(replayed, 201)).toEqual(firstClaim);
    expect(await get(`${base()}/needs/${created.id}`, viewer(JIASHAN))).toMatchObject({ pendingClaims: 1 });
  });
});

/** The same services behind an app whose clock runs `days` ahead. */
const laterApp = (h: Harness, days: number) => {
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
  return async (method: string, path: string, as: Caller) =>
    app.request(path, { method, headers: { authorization: `Bearer ${await h.token(as)}` } });
};
