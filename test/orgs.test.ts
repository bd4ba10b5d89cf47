// Organizations end to end through the app, against DynamoDB Local.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

const ADMIN = { tenant: 'sh-jinshan', role: 'tenant_admin' } as const;
const EDITOR = { tenant: 'sh-jinshan', role: 'tenant_editor' } as const;
const VIEWER = { tenant: 'sh-jinshan', role: 'tenant_viewer' } as const;

const committee = {
  name: '中共金山区金山工业区生命健康产业集群委员会',
  kind: 'cluster_committee',
  town: '金山工业区',
};

describe('organization routes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-jinshan');
  });

  const create = async (body: object, headers: Record<string, string> = {}) => {
    const response = await h.call('POST', '/v1/orgs', { as: EDITOR, body, headers });
    return { response, body: (await response.json()) as Record<string, unknown> };
  };

  it('creates an organization with 201, Location, ETag and the stored fields', async () => {
    const { response, body } = await create({ ...committee, memberCount: 12, establishedOn: '2018-08-15' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/v1/orgs/${body.id}`);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(body).toMatchObject({
      ...committee,
      memberCount: 12,
      establishedOn: '2018-08-15',
      version: 1,
      childCount: 0,
    });
    expect(body).not.toHaveProperty('pk');
    expect(body).not.toHaveProperty('gsi1pk');

    const read = await h.call('GET', `/v1/orgs/${body.id}`, { as: VIEWER });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(body);
  });

  it('rejects unknown fields, bad kinds and impossible dates with field-level messages in Chinese', async () => {
    const { response, body } = await create({
      ...committee,
      kind: 'club',
      establishedOn: '2026-02-30',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(body.code).toBe('validation_failed');
    const paths = (body.errors as { path: string; message: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['', 'establishedOn', 'kind']);
    expect(JSON.stringify(body.errors)).toContain('不支持的字段');
  });

  it('answers in English with Accept-Language: en', async () => {
    const { body } = await create({ kind: 'branch' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(body).toMatchObject({
      title: 'Invalid request',
      errors: [{ path: 'name', message: 'is required' }],
    });
  });

  it('refuses non-JSON bodies, malformed JSON and bodies over 64 KiB', async () => {
    const asText = await h.call('POST', '/v1/orgs', {
      as: EDITOR,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.status).toBe(415);
    const broken = await h.call('POST', '/v1/orgs', { as: EDITOR, body: '{"name":' });
    expect(((await broken.json()) as { code: string }).code).toBe('invalid_json');
    const huge = await h.call('POST', '/v1/orgs', {
      as: EDITOR,
      body: { ...committee, name: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(413);
  });

  it('lets viewers read but not write', async () => {
    const response = await h.call('POST', '/v1/orgs', { as: VIEWER, body: committee });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('forbidden');
  });

  it('keeps the tree consistent: parents must exist, children are counted, parents with children stay', async () => {
    const missingParent = await create({ ...committee, parentId: '01JD3Q7Z8K6T2M4X9C5V0B1N7R' });
    expect(missingParent.response.status).toBe(400);
    expect(missingParent.body.code).toBe('parent_not_found');

    const parent = (await create(committee)).body;
    const child = (
      await create({ name: '中共上海某生物医药有限公司支部委员会', kind: 'branch', parentId: parent.id })
    ).body;
    const parentNow = await h.call('GET', `/v1/orgs/${parent.id}`, { as: VIEWER });
    expect(await parentNow.json()).toMatchObject({ childCount: 1, version: 1 });

    const children = await h.call('GET', `/v1/orgs?parentId=${parent.id}`, { as: VIEWER });
    expect(((await children.json()) as { items: { id: string }[] }).items.map((org) => org.id)).toEqual([
      child.id,
    ]);

    const refused = await h.call('DELETE', `/v1/orgs/${parent.id}`, {
      as: ADMIN,
      headers: { 'if-match': '"1"' },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('org_has_children');

    const cycle = await h.call('PATCH', `/v1/orgs/${parent.id}`, {
      as: ADMIN,
      body: { parentId: child.id },
      headers: { 'if-match': '"1"' },
    });
    expect(cycle.status).toBe(409);
    expect(((await cycle.json()) as { code: string }).code).toBe('org_cycle');

    const childGone = await h.call('DELETE', `/v1/orgs/${child.id}`, {
      as: ADMIN,
      headers: { 'if-match': '"1"' },
    });
    expect(childGone.status).toBe(204);
    const parentGone = await h.call('DELETE', `/v1/orgs/${parent.id}`, {
      as: ADMIN,
      headers: { 'if-match': '"1"' },
    });
    expect(parentGone.status).toBe(204);
    expect((await h.call('GET', `/v1/orgs/${parent.id}`, { as: VIEWER })).status).toBe(404);
  });

  it('moves an organization between parents and keeps both child counts right', async () => {
    const a = (await create({ ...committee, name: '甲党委' })).body;
    const b = (await create({ ...committee, name: '乙党委' })).body;
    const child = (await create({ name: '丙支部', kind: 'branch', parentId: a.id })).body;
    const moved = await h.call('PATCH', `/v1/orgs/${child.id}`, {
      as: EDITOR,
      body: { parentId: b.id },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).toBe('"2"');
    const counts = await Promise.all(
      [a.id, b.id].map(
        async (id) =>
          ((await (await h.call('GET', `/v1/orgs/${id}`, { as: VIEWER })).json()) as { childCount: number })
            .childCount,
      ),
    );
    expect(counts).toEqual([0, 1]);
    const toRoot = await h.call('PATCH', `/v1/orgs/${child.id}`, {
      as: EDITOR,
      body: { parentId: null, town: null },
      headers: { 'if-match': '"2"' },
    });
    const root = (await toRoot.json()) as Record<string, unknown>;
    expect(root).not.toHaveProperty('parentId');
    expect(root.version).toBe(3);
  });

  it('requires If-Match on PATCH and DELETE and refuses stale versions', async () => {
    const org = (await create(committee)).body;
    const path = `/v1/orgs/${org.id}`;
    expect((await h.call('PATCH', path, { as: EDITOR, body: { memberCount: 30 } })).status).toBe(428);
    expect(
      (await h.call('PATCH', path, { as: EDITOR, body: { memberCount: 30 }, headers: { 'if-match': 'v1' } }))
        .status,
    ).toBe(400);
    expect(
      (await h.call('PATCH', path, { as: EDITOR, body: { memberCount: 30 }, headers: { 'if-match': '"1"' } }))
        .status,
    ).toBe(200);
    const stale = await h.call('PATCH', path, {
      as: EDITOR,
      body: { memberCount: 31 },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await h.call('DELETE', path, { as: EDITOR, headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect(await (await h.call('GET', path, { as: VIEWER })).json()).toMatchObject({
      memberCount: 30,
      version: 2,
    });
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const org = (await create(committee)).body;
    const results = await Promise.all(
      [40, 41].map((memberCount) =>
        h.call('PATCH', `/v1/orgs/${org.id}`, {
          as: EDITOR,
          body: { memberCount },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it('replays the first response for a repeated Idempotency-Key and refuses the key for another body', async () => {
    const headers = { 'idempotency-key': 'create-committee-001' };
    const first = await create(committee, headers);
    const again = await create(committee, headers);
    expect(again.response.status).toBe(201);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await create({ ...committee, name: '另一个党委' }, headers);
    expect(other.response.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('creates once when the same Idempotency-Key arrives concurrently', async () => {
    const headers = { 'idempotency-key': 'parallel-key-7' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => create({ ...committee, name: '并发党委' }, headers)),
    );
    const ids = new Set(responses.filter((r) => r.response.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    const list = await h.call('GET', '/v1/orgs?limit=100', { as: VIEWER });
    const named = ((await list.json()) as { items: { name: string }[] }).items.filter(
      (org) => org.name === '并发党委',
    );
    expect(named).toHaveLength(1);
  });

  it('pages through a list with an opaque cursor and no cursor on the last page', async () => {
    const fresh = await createHarness();
    await fresh.addTenant('zj-jiashan');
    const as = { tenant: 'zj-jiashan', role: 'tenant_editor' } as const;
    for (let i = 0; i < 7; i++)
      await fresh.call('POST', '/v1/orgs', { as, body: { name: `大云镇第${i}支部`, kind: 'branch' } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await fresh.call(
        'GET',
        `/v1/orgs?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { as },
      );
      const page = (await response.json()) as { items: { name: string }[]; nextCursor?: string };
      seen.push(...page.items.map((org) => org.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `大云镇第${i}支部`));

    const first = (await (await fresh.call('GET', '/v1/orgs?limit=3', { as })).json()) as {
      nextCursor: string;
    };
    const tampered = `${first.nextCursor.slice(0, -2)}${first.nextCursor.endsWith('A') ? 'B' : 'A'}A`;
    const bad = await fresh.call('GET', `/v1/orgs?limit=3&cursor=${encodeURIComponent(tampered)}`, { as });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('invalid_cursor');
    const otherQuery = await fresh.call(
      'GET',
      `/v1/orgs?limit=3&parentId=01JD3Q7Z8K6T2M4X9C5V0B1N7R&cursor=${encodeURIComponent(first.nextCursor)}`,
      { as },
    );
    expect(otherQuery.status).toBe(400);
  });

  it('records one audit entry per write, readable by the tenant admin only', async () => {
    const fresh = await createHarness();
    await fresh.addTenant('zj-pinghu');
    const admin = { tenant: 'zj-pinghu', role: 'tenant_admin' } as const;
    const created = (await (
      await fresh.call('POST', '/v1/orgs', { as: admin, body: { name: '广陈镇党委', kind: 'committee' } })
    ).json()) as { id: string };
    await fresh.call('PATCH', `/v1/orgs/${created.id}`, {
      as: admin,
      body: { memberCount: 5 },
      headers: { 'if-match': '"1"' },
    });
    await fresh.call('PATCH', `/v1/orgs/${created.id}`, {
      as: admin,
      body: { memberCount: 6 },
      headers: { 'if-match': '"1"' },
    }); // stale: no entry
    await fresh.call('DELETE', `/v1/orgs/${created.id}`, { as: admin, headers: { 'if-match': '"2"' } });
    const audit = await fresh.call('GET', '/v1/audit', { as: admin });
    const entries = (
      (await audit.json()) as { items: { action: string; resourceId: string; changes: string[] }[] }
    ).items;
    expect(entries.map((e) => e.action)).toEqual(['org.deleted', 'org.updated', 'org.created']);
    expect(entries.every((e) => e.resourceId === created.id)).toBe(true);
    expect(entries[1]?.changes).toEqual(['memberCount']);
    expect(
      (await fresh.call('GET', '/v1/audit', { as: { tenant: 'zj-pinghu', role: 'tenant_editor' } })).status,
    ).toBe(403);
  });
});
