// Tenant data access against a local STS (a node:http server answering AssumeRole the way STS does: AWS
// Query protocol, form-encoded POST in, XML out) and DynamoDB Local. The SDK is real; only STS is stood in.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ensureTable, LOCAL_AWS_ENV } from '@lianjian/devkit';
import {
  createDocumentClient,
  createTableRouter,
  createTenantCredentialProvider,
  createTenantDataAccess,
  DATA_ACTIONS,
  type TenantCredentialProviderOptions,
  tenantAccessConfigFromEnv,
  tenantDataAccessFromConfig,
} from '@lianjian/store';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type LocalSts, startLocalSts } from './support/local-sts.ts';

const ACCOUNT = '123456789012';
const ROLE_TEMPLATE = `arn:aws-cn:iam::${ACCOUNT}:role/lianjian/tenant-data-{tenantId}`;
const REGION = 'cn-northwest-1';
const POOLED = `pooled-${randomUUID()}`;
const SILO = `silo-${randomUUID()}`;
const A1 = '01JD3Q7Z8K6T2M4X9C5V0B1N7R';
const A2 = '01JD3Q7Z8K6T2M4X9C5V0B1N7S';
const MINUTE = 60_000;
const alliancePartition = (id: string) => `A#${id}`;

const clock = { now: Date.parse('2026-11-22T08:00:00Z') };
let sts: LocalSts;
let calls: LocalSts['calls'];

const provider = (overrides: Partial<TenantCredentialProviderOptions> = {}) =>
  createTenantCredentialProvider({
    roleArnTemplate: ROLE_TEMPLATE,
    region: REGION,
    tables: createTableRouter(POOLED, new Map([['sh-pudong', SILO]])),
    sts: {
      endpoint: sts.endpoint,
      credentials: { accessKeyId: 'CONTAINERKEY', secretAccessKey: 'container-secret' },
      maxAttempts: 1,
    },
    partitions: { alliance: alliancePartition },
    instanceTag: 'test',
    now: () => clock.now,
    ...overrides,
  });

interface Statement {
  Action: string[];
  Resource: string[];
  Condition: {
    'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': string[] };
    Null: Record<string, string>;
  };
}
const statementsOf = (call: LocalSts['calls'][number] | undefined): Statement[] =>
  (JSON.parse(call?.params.Policy ?? '{}') as { Statement: Statement[] }).Statement;
const tableArn = (name: string) => `arn:aws-cn:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;

beforeAll(async () => {
  for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
  sts = await startLocalSts({ now: () => clock.now, delayMs: 20 });
  calls = sts.calls;
});
afterAll(() => sts.close());
beforeEach(() => {
  calls.length = 0;
  sts.failures.length = 0;
});

describe('tenant credential provider', () => {
  it("assumes the tenant's role with a policy naming only its partition and its alliances", async () => {
    const session = await provider().sessionFor('sh-jinshan', [A2, A1, A2]);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.params).toMatchObject({
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: `arn:aws-cn:iam::${ACCOUNT}:role/lianjian/tenant-data-sh-jinshan`,
      DurationSeconds: '3600',
    });
    expect(call?.params.RoleSessionName).toMatch(/^sh-jinshan\.[0-9a-f]{8}\.test$/);
    // Signed with the container's own identity, which is what may assume the tenant roles.
    expect(call?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=CONTAINERKEY\//);
    expect(statementsOf(call)).toEqual([
      {
        Effect: 'Allow',
        Action: DATA_ACTIONS,
        Resource: [tableArn(POOLED), `${tableArn(POOLED)}/index/gsi1`],
        Condition: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [
              'T#sh-jinshan',
              'T#sh-jinshan#*',
              `A#${A1}`,
              `A#${A1}#*`,
              `A#${A2}`,
              `A#${A2}#*`,
            ],
          },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      },
    ]);
    expect(DATA_ACTIONS).not.toContain('dynamodb:Scan');
    expect(session).toMatchObject({
      sessionName: call?.params.RoleSessionName,
      credentials: { accessKeyId: `ASIATENANT${sts.issued()}`, sessionToken: `token-${sts.issued()}` },
      expiresAt: clock.now + 3600_000,
    });
  });

  it('answers again from its cache, per tenant and per alliance set', async () => {
    const credentials = provider();
    const first = await credentials.sessionFor('sh-jinshan', [A1, A2]);
    expect(await credentials.sessionFor('sh-jinshan', [A2, A1])).toBe(first);
    expect(calls).toHaveLength(1);

    const tenantOnly = await credentials.sessionFor('sh-jinshan');
    const oneAlliance = await credentials.sessionFor('sh-jinshan', [A1]);
    const otherTenant = await credentials.sessionFor('zj-jiashan', [A1, A2]);
    expect(calls).toHaveLength(4);
    expect(
      new Set([first, tenantOnly, oneAlliance, otherTenant].map((s) => s.credentials.accessKeyId)).size,
    ).toBe(4);
    expect(new Set(calls.map((call) => call.params.RoleSessionName)).size).toBe(4);
    expect(calls[3]?.params.RoleArn).toBe(`arn:aws-cn:iam::${ACCOUNT}:role/lianjian/tenant-data-zj-jiashan`);
    expect(statementsOf(calls[1])[0]?.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys']).toEqual([
      'T#sh-jinshan',
      'T#sh-jinshan#*',
    ]);
  });

  it('assumes the role again once the credentials are within five minutes of expiry', async () => {
    const credentials = provider({ durationSeconds: 900 });
    const start = clock.now;
    try {
      const first = await credentials.sessionFor('sh-jinshan');
      clock.now = start + 10 * MINUTE - 1;
      expect(await credentials.sessionFor('sh-jinshan')).toBe(first);
      expect(calls).toHaveLength(1);
      clock.now = start + 10 * MINUTE;
      const renewed = await credentials.sessionFor('sh-jinshan');
      expect(calls).toHaveLength(2);
      expect(calls[1]?.params.DurationSeconds).toBe('900');
      expect(renewed.credentials.accessKeyId).not.toBe(first.credentials.accessKeyId);
      expect(renewed.expiresAt).toBe(start + 25 * MINUTE);
    } finally {
      clock.now = start;
    }
  });

  it('shares one AssumeRole among callers that arrive together', async () => {
    const credentials = provider();
    const sessions = await Promise.all(
      Array.from({ length: 8 }, (_, i) => credentials.sessionFor('sh-jinshan', i % 2 ? [A1, A2] : [A2, A1])),
    );
    expect(calls).toHaveLength(1);
    expect(new Set(sessions).size).toBe(1);
  });

  it('surfaces an STS refusal as a clear error and does not cache it', async () => {
    const credentials = provider();
    sts.failures.push({
      status: 403,
      code: 'AccessDenied',
      message: 'User is not authorized to perform: sts:AssumeRole',
    });
    const failures = await Promise.allSettled([
      credentials.sessionFor('sh-jinshan'),
      credentials.sessionFor('sh-jinshan'),
    ]);
    expect(calls).toHaveLength(1);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const error = (failure as PromiseRejectedResult).reason as Error & { code?: string; cause?: unknown };
      expect(error.name).toBe('TenantAccessError');
      expect(error.code).toBe('access.assumeRoleFailed');
      expect(error.message).toContain('AccessDenied');
      expect(error.message).toContain('role/lianjian/tenant-data-sh-jinshan');
      expect((error.cause as { name?: string }).name).toBe('AccessDenied');
    }
    const session = await credentials.sessionFor('sh-jinshan');
    expect(calls).toHaveLength(2);
    expect(session.credentials.accessKeyId).toMatch(/^ASIATENANT/);
  });

  it('refuses, without calling STS, more alliances than a session policy can name', async () => {
    const credentials = provider();
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `01JD3Q7Z8K6T2M4X9C5V0B${String(i).padStart(4, '0')}`);
    await credentials.sessionFor('sh-jinshan', ids(20));
    expect(calls[0]?.params.Policy?.length).toBeLessThanOrEqual(2048);
    await expect(credentials.sessionFor('sh-jinshan', ids(40))).rejects.toMatchObject({
      code: 'access.policyTooLarge',
      message: expect.stringContaining('pass only the alliances the request touches'),
    });
    expect(calls).toHaveLength(1);
  });

  it('refuses ids that would widen the policy, without calling STS', async () => {
    const credentials = provider();
    for (const [tenant, alliances] of [
      ['sh-*', []],
      ['SH-JINSHAN', []],
      ['sh-jinshan', ['01JD3Q7Z8K6T2M4X9C5V0B1N7*']],
      ['sh-jinshan', [`${A1}#x`]],
    ] as const)
      await expect(credentials.sessionFor(tenant, alliances)).rejects.toMatchObject({
        code: 'access.invalidId',
      });
    expect(calls).toHaveLength(0);
  });

  it("names a silo tenant's own table for its partition and the pooled table for alliances", async () => {
    await provider().sessionFor('sh-pudong', [A1]);
    const [own, shared] = statementsOf(calls[0]);
    expect(own?.Resource).toEqual([tableArn(SILO), `${tableArn(SILO)}/index/gsi1`]);
    expect(own?.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys']).toEqual([
      'T#sh-pudong',
      'T#sh-pudong#*',
    ]);
    expect(shared?.Resource).toEqual([tableArn(POOLED), `${tableArn(POOLED)}/index/gsi1`]);
    expect(shared?.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys']).toEqual([
      `A#${A1}`,
      `A#${A1}#*`,
    ]);
  });

  it('refuses alliances while no alliance partition builder is configured', async () => {
    const credentials = provider({ partitions: {} });
    await expect(credentials.sessionFor('sh-jinshan', [A1])).rejects.toMatchObject({
      code: 'access.alliancesUnsupported',
    });
    await credentials.sessionFor('sh-jinshan');
    expect(calls).toHaveLength(1);
  });
});

describe('tenant data access', () => {
  const endpoint = () => inject('dynamodbEndpoint');

  beforeAll(async () => {
    const admin = createDocumentClient({ endpoint: endpoint() });
    await Promise.all([ensureTable(admin, POOLED), ensureTable(admin, SILO)]);
  });

  it("reads and writes DynamoDB Local with the tenant's assumed credentials", async () => {
    const clientConfig = { endpoint: endpoint() };
    const shared = createDocumentClient(clientConfig);
    const access = createTenantDataAccess({
      shared,
      clientConfig,
      tables: createTableRouter(POOLED),
      credentials: provider(),
    });
    const table = await access.forTenant('sh-jinshan');
    expect(access.mode).toBe('role');
    expect(table).toMatchObject({ tableName: POOLED, allianceTableName: POOLED });
    expect(table.sessionName).toBe(calls[0]?.params.RoleSessionName);
    expect(table.doc).not.toBe(shared);
    // One HTTP handler (one agent, one socket pool) for the container and every tenant.
    expect(table.doc.config.requestHandler).toBe(shared.config.requestHandler);
    expect((await table.doc.config.credentials()).accessKeyId).toBe(`ASIATENANT${sts.issued()}`);

    // Marshalled as createDocumentClient does: undefined attributes are dropped, not an error.
    const key = { pk: 'T#sh-jinshan', sk: `ACCESS#${randomUUID()}` };
    await table.doc.send(
      new PutCommand({ TableName: table.tableName, Item: { ...key, note: 'ok', gone: undefined } }),
    );
    const { Item } = await shared.send(new GetCommand({ TableName: POOLED, Key: key, ConsistentRead: true }));
    expect(Item).toEqual({ ...key, note: 'ok' });

    expect((await access.forTenant('sh-jinshan')).doc).toBe(table.doc);
    expect((await access.forTenant('zj-jiashan')).doc).not.toBe(table.doc);
    expect(calls).toHaveLength(2);
  });

  it('routes a silo tenant to its own table, from the environment, through the local STS', async () => {
    const clientConfig = { endpoint: endpoint() };
    const shared = createDocumentClient(clientConfig);
    const access = tenantDataAccessFromConfig(
      tenantAccessConfigFromEnv({
        TENANT_DATA_ROLE_ARN: ROLE_TEMPLATE,
        AWS_REGION: REGION,
        STS_ENDPOINT: sts.endpoint,
        SILO_TABLES: JSON.stringify({ 'sh-pudong': SILO }),
      }),
      { shared, clientConfig, pooledTableName: POOLED, partitions: { alliance: alliancePartition } },
    );
    const silo = await access.forTenant('sh-pudong', [A1]);
    expect(silo).toMatchObject({ tableName: SILO, allianceTableName: POOLED });
    // STS was called with the shared client's own credentials (here LOCAL_AWS_ENV's).
    expect(calls[0]?.authorization).toContain(`Credential=${process.env.AWS_ACCESS_KEY_ID}/`);

    const key = { pk: 'T#sh-pudong', sk: `ACCESS#${randomUUID()}` };
    await silo.doc.send(new PutCommand({ TableName: silo.tableName, Item: key }));
    const inSilo = await shared.send(new GetCommand({ TableName: SILO, Key: key, ConsistentRead: true }));
    const inPool = await shared.send(new GetCommand({ TableName: POOLED, Key: key, ConsistentRead: true }));
    expect([inSilo.Item, inPool.Item]).toEqual([key, undefined]);
    expect((await access.forTenant('sh-jinshan')).tableName).toBe(POOLED);
  });

  it('hands out the shared client, still routed, when no role is configured', async () => {
    const shared = createDocumentClient({ endpoint: endpoint() });
    const access = tenantDataAccessFromConfig(
      tenantAccessConfigFromEnv({ SILO_TABLES: JSON.stringify({ 'sh-pudong': SILO }) }),
      { shared, pooledTableName: POOLED },
    );
    expect(access.mode).toBe('shared');
    expect(await access.forTenant('sh-pudong')).toEqual({
      doc: shared,
      tableName: SILO,
      allianceTableName: POOLED,
    });
    expect((await access.forTenant('sh-jinshan')).tableName).toBe(POOLED);
    await expect(access.forTenant('sh-*')).rejects.toMatchObject({ code: 'access.invalidId' });
    expect(calls).toHaveLength(0);
  });
});
