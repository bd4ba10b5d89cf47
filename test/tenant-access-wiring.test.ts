// The store wired to tenant data access, end to end through the app: in role mode every read and write of a
// tenant's partition goes through a client holding that tenant's role session (a local STS stands in for
// STS; DynamoDB Local checks nothing, so the calls STS saw are the evidence), silo tenants land in their own
// table, and in shared mode the tenant gate and the item read still travel as one BatchGetItem (when the gate
// holds no lease on the tenant's status; within the lease the item read goes alone).
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TENANT_STATUS_LEASE_MS } from '@lianjian/core';
import { tenantAccessConfigFromEnv } from '@lianjian/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';
import { type LocalSts, startLocalSts } from './support/local-sts.ts';

const ROLE_TEMPLATE = 'arn:aws-cn:iam::123456789012:role/lianjian/tenant-data-{tenantId}';
const REGION = 'cn-northwest-1';
const SILO = `silo-${randomUUID()}`;
const PLATFORM = { platform: true } as const;
const admin = (tenant: string) => ({ tenant, role: 'tenant_admin' as const });
const org = (name: string) => ({ name, kind: 'cluster_committee', town: '山阳镇' });

interface Statement {
  Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': string[] } };
}
const leadingKeys = (policy: string | undefined): string[] =>
  (JSON.parse(policy ?? '{}') as { Statement: Statement[] }).Statement.flatMap(
    (statement) => statement.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys'],
  );
const roleArn = (tenantId: string) => ROLE_TEMPLATE.replace('{tenantId}', tenantId);

const partitionItems = async (h: Harness, tableName: string, pk: string) =>
  (
    await h.store.doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

describe('tenant data access, role mode', () => {
  let sts: LocalSts;
  let h: Harness;

  beforeAll(async () => {
    sts = await startLocalSts();
    h = await createHarness({
      tenantAccess: tenantAccessConfigFromEnv({
        TENANT_DATA_ROLE_ARN: ROLE_TEMPLATE,
        AWS_REGION: REGION,
        STS_ENDPOINT: sts.endpoint,
        SILO_TABLES: JSON.stringify({ 'sh-pudong': SILO }),
      }),
    });
    await h.addTenant('sh-jinshan');
    await h.addTenant('zj-jiashan');
    await h.addTenant('js-suzhou');
    await h.addTenant('sh-pudong', { tier: 'silo' });
    // Onboarding is a platform operation: the container's own client, no tenant session.
    expect(sts.calls).toEqual([]);
  });
  afterAll(() => sts.close());

  it("creates and reads a tenant's organisation under that tenant's role session only", async () => {
    const created = await h.call('POST', '/v1/orgs', {
      as: admin('sh-jinshan'),
      body: org('中共山阳镇委员会'),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await h.call('GET', `/v1/orgs/${id}`, { as: admin('sh-jinshan') });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id, name: '中共山阳镇委员会' });

    // One session, cached for the read: the tenant's role, a policy naming only its partition.
    expect(sts.calls).toHaveLength(1);
    const [call] = sts.calls;
    expect(call?.params).toMatchObject({ Action: 'AssumeRole', RoleArn: roleArn('sh-jinshan') });
    expect(leadingKeys(call?.params.Policy)).toEqual(['T#sh-jinshan', 'T#sh-jinshan#*']);

    const tenant = await h.store.tenant('sh-jinshan');
    expect(tenant.doc).not.toBe(h.store.doc);
    expect(tenant.tableName).toBe(h.store.tableName);
    expect((await tenant.doc.config.credentials()).accessKeyId).toMatch(/^ASIATENANT/);
    expect(await h.store.tenant('sh-jinshan')).toBe(tenant);
  });

  it('assumes a second tenant its own role', async () => {
    const before = sts.calls.length;
    const created = await h.call('POST', '/v1/orgs', {
      as: admin('zj-jiashan'),
      body: org('中共西塘镇委员会'),
    });
    expect(created.status).toBe(201);
    const listed = await h.call('GET', '/v1/orgs', { as: admin('zj-jiashan') });
    expect(((await listed.json()) as { items: unknown[] }).items).toHaveLength(1);

    const calls = sts.calls.slice(before);
    expect(calls.map((call) => call.params.RoleArn)).toEqual([roleArn('zj-jiashan')]);
    expect(leadingKeys(calls[0]?.params.Policy)).toEqual(['T#zj-jiashan', 'T#zj-jiashan#*']);
    expect(await h.store.tenant('zj-jiashan')).not.toBe(await h.store.tenant('sh-jinshan'));
  });

  it("answers 503 when STS refuses the tenant's session", async () => {
    sts.failures.push({ status: 403, code: 'AccessDenied', message: 'not authorized to assume' });
    const response = await h.call('GET', '/v1/orgs', { as: admin('js-suzhou') });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it("writes a silo tenant's organisations to its own table, and offboards them from there", async () => {
    const created = await h.call('POST', '/v1/orgs', {
      as: admin('sh-pudong'),
      body: org('中共陆家嘴街道工作委员会'),
      headers: { 'idempotency-key': 'silo-first' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await h.call('GET', `/v1/orgs/${id}`, { as: admin('sh-pudong') })).status).toBe(200);

    const call = sts.calls.find((c) => c.params.RoleArn === roleArn('sh-pudong'));
    expect(leadingKeys(call?.params.Policy)).toEqual(['T#sh-pudong', 'T#sh-pudong#*']);
    const inSilo = await partitionItems(h, SILO, 'T#sh-pudong');
    expect(inSilo.map((item) => item.type).sort()).toEqual(['AUDIT', 'IDEM', 'ORG']);
    expect(inSilo.find((item) => item.type === 'ORG')).toMatchObject({ id });
    expect(await partitionItems(h, h.store.tableName, 'T#sh-pudong')).toEqual([]);

    // Export and offboarding are the platform's, on the container's client, reaching the silo table.
    const exported = await h.call('GET', '/v1/tenants/sh-pudong/export', { as: PLATFORM });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain(id);
    const current = await h.call('GET', '/v1/tenants/sh-pudong', { as: PLATFORM });
    const version = current.headers.get('etag') ?? '';
    const offboarded = await h.call('DELETE', '/v1/tenants/sh-pudong', {
      as: PLATFORM,
      headers: { 'if-match': version },
    });
    expect(offboarded.status).toBe(200);
    expect(await offboarded.json()).toMatchObject({
      itemsDeleted: { AUDIT: 1, IDEM: 1, ORG: 1 },
      totalItemsDeleted: 3,
    });
    expect(await partitionItems(h, SILO, 'T#sh-pudong')).toEqual([]);
  });
});

describe('tenant data access, shared mode', () => {
  let h: Harness;
  const sent: string[] = [];
  // The gate's clock, moved by the test: both clocks step together.
  const now = { wall: Date.now(), monotonic: 0 };
  const clock = { wall: () => now.wall, monotonic: () => now.monotonic };
  const pass = (ms: number) => {
    now.wall += ms;
    now.monotonic += ms;
  };

  beforeAll(async () => {
    h = await createHarness({ tenantAccess: tenantAccessConfigFromEnv({}), tenantGate: { clock } });
    await h.addTenant('sh-jinshan');
    h.store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countCommands' },
    );
  });

  it('reads the tenant status and the organisation in one BatchGetItem, on the platform context', async () => {
    expect(await h.store.tenant('sh-jinshan')).toBe(h.store);
    const created = await h.call('POST', '/v1/orgs', {
      as: admin('sh-jinshan'),
      body: org('中共朱泾镇委员会'),
    });
    const { id } = (await created.json()) as { id: string };
    pass(TENANT_STATUS_LEASE_MS);
    sent.length = 0;
    const read = await h.call('GET', `/v1/orgs/${id}`, { as: admin('sh-jinshan') });
    expect(read.status).toBe(200);
    expect(sent).toEqual(['BatchGetItemCommand']);

    // Within the lease the status is not read again: the organisation alone.
    pass(TENANT_STATUS_LEASE_MS - 1);
    sent.length = 0;
    expect((await h.call('GET', `/v1/orgs/${id}`, { as: admin('sh-jinshan') })).status).toBe(200);
    expect(sent).toEqual(['GetItemCommand']);
  });
});
