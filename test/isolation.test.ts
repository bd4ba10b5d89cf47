// Another tenant never sees, changes or learns of a tenant's organizations.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const OWNER = { tenant: 'sh-jinshan', role: 'tenant_admin' } as const;
const FOREIGN: readonly Caller[] = [
  { tenant: 'zj-jiashan', role: 'tenant_admin' },
  { tenant: 'zj-jiashan', role: 'tenant_editor' },
  { tenant: 'zj-jiashan', role: 'tenant_viewer' },
  { tenant: 'zj-jiashan', client: ['lianjian/read', 'lianjian/write'] },
];
const SECRET_NAME = '中共金山区保密测试产业集群委员会';

describe('tenant isolation of organizations', () => {
  let h: Harness;
  let orgId: string;
  let partitionBefore: string;

  const partitionSnapshot = async (): Promise<string> => {
    const { Items = [] } = await h.store.doc.send(
      new QueryCommand({
        TableName: h.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'T#sh-jinshan' },
        ConsistentRead: true,
      }),
    );
    return JSON.stringify(Items);
  };

  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-jinshan');
    await h.addTenant('zj-jiashan');
    const created = await h.call('POST', '/v1/orgs', {
      as: OWNER,
      body: { name: SECRET_NAME, kind: 'cluster_committee', town: '山阳镇' },
    });
    orgId = ((await created.json()) as { id: string }).id;
    partitionBefore = await partitionSnapshot();
  });

  const leaks = (text: string) =>
    text.includes(orgId) || text.includes(SECRET_NAME) || text.includes('山阳镇');

  for (const caller of FOREIGN) {
    const who = 'client' in caller ? 'machine client' : 'role' in caller ? caller.role : 'platform admin';
    it(`answers 404 to another tenant's ${who} for read, update and delete, and changes nothing`, async () => {
      const attempts = [
        await h.call('GET', `/v1/orgs/${orgId}`, { as: caller }),
        await h.call('PATCH', `/v1/orgs/${orgId}`, {
          as: caller,
          body: { name: '篡改' },
          headers: { 'if-match': '"1"' },
        }),
        await h.call('DELETE', `/v1/orgs/${orgId}`, { as: caller, headers: { 'if-match': '"1"' } }),
      ];
      for (const response of attempts) {
        const text = await response.text();
        // Viewers may not write at all (403); nobody may learn that the organization exists (never 2xx/409/412).
        expect([403, 404]).toContain(response.status);
        expect(leaks(text)).toBe(false);
      }
      expect(attempts[0]?.status).toBe(404);
      expect(await partitionSnapshot()).toBe(partitionBefore);
    });

    it(`lists nothing of the tenant's to another tenant's ${who}, even filtered by its ids`, async () => {
      for (const path of ['/v1/orgs', `/v1/orgs?parentId=${orgId}`]) {
        const response = await h.call('GET', path, { as: caller });
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(leaks(text)).toBe(false);
        expect(JSON.parse(text)).toEqual({ items: [] });
      }
    });
  }

  it("does not let another tenant hang its organizations under the tenant's", async () => {
    const response = await h.call('POST', '/v1/orgs', {
      as: { tenant: 'zj-jiashan', role: 'tenant_admin' },
      body: { name: '嘉善县大云镇党委', kind: 'committee', parentId: orgId },
    });
    expect(response.status).toBe(400);
    expect(leaks(await response.text())).toBe(false);
    expect(await partitionSnapshot()).toBe(partitionBefore);
  });

  it('refuses a cursor made for another tenant', async () => {
    for (let i = 0; i < 3; i++)
      await h.call('POST', '/v1/orgs', { as: OWNER, body: { name: `支部${i}`, kind: 'branch' } });
    const page = (await (await h.call('GET', '/v1/orgs?limit=1', { as: OWNER })).json()) as {
      nextCursor: string;
    };
    const foreign = await h.call('GET', `/v1/orgs?limit=1&cursor=${encodeURIComponent(page.nextCursor)}`, {
      as: { tenant: 'zj-jiashan', role: 'tenant_admin' },
    });
    expect(foreign.status).toBe(400);
    expect(((await foreign.json()) as { code: string }).code).toBe('invalid_cursor');

    // Bound to its route and query too, and sealed: another list, another filter or one edited byte fail.
    const cursor = page.nextCursor;
    const flipped = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`;
    for (const path of [
      `/v1/audit?limit=1&cursor=${encodeURIComponent(cursor)}`,
      `/v1/orgs?limit=1&parentId=${orgId}&cursor=${encodeURIComponent(cursor)}`,
      `/v1/orgs?limit=1&cursor=${encodeURIComponent(flipped)}`,
    ]) {
      const response = await h.call('GET', path, { as: OWNER });
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(((await response.json()) as { code: string }).code).toBe('invalid_cursor');
    }
  });

  it('keeps the audit trail to its own tenant', async () => {
    const audit = await h.call('GET', '/v1/audit', { as: { tenant: 'zj-jiashan', role: 'tenant_admin' } });
    expect(audit.status).toBe(200);
    expect(leaks(await audit.text())).toBe(false);
  });

  it('scopes idempotency keys to the tenant', async () => {
    const headers = { 'idempotency-key': 'shared-key-1' };
    const body = { name: '同名党委', kind: 'committee' };
    const mine = await h.call('POST', '/v1/orgs', { as: OWNER, body, headers });
    const theirs = await h.call('POST', '/v1/orgs', {
      as: { tenant: 'zj-jiashan', role: 'tenant_admin' },
      body,
      headers,
    });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(((await theirs.json()) as { id: string }).id).not.toBe(((await mine.json()) as { id: string }).id);
  });
});
