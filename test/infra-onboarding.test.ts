// The tenant-onboarding custom resource against DynamoDB Local: the same service as POST /v1/tenants writes
// the registry record, redeploys and updates are idempotent, deletes keep the tenant, and every event is
// answered to CloudFormation's pre-signed URL.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServices, storeFromConfig } from '@lianjian/api';
import { tenantCatalog } from '@lianjian/core';
import { ensureTable, LOCAL_AWS_ENV } from '@lianjian/devkit';
import { newCursorKeySpec } from '@lianjian/store';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onboard } from '../functions/tenant-onboarding/src/onboard.ts';

for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
const endpoint = inject('dynamodbEndpoint');
const tableName = `test-${randomUUID()}`;
const store = storeFromConfig({ tableName, dynamodbEndpoint: endpoint, cursorKeys: newCursorKeySpec() });
const services = createServices(store);
const jinshan = tenantCatalog.find((tenant) => tenant.id === 'sh-jinshan');
if (!jinshan) throw new Error('sh-jinshan is not in the catalog');

/** What CloudFormation sends: a ResponseURL to answer, the resource's properties, ids to echo. */
const event = (
  requestType: 'Create' | 'Update' | 'Delete',
  tenant: unknown,
  responseURL = 'http://127.0.0.1:9/unused',
): CloudFormationCustomResourceEvent => {
  const common = {
    ServiceToken: 'arn:aws-cn:lambda:cn-northwest-1:123456789012:function:onboarding',
    ResponseURL: responseURL,
    StackId:
      'arn:aws-cn:cloudformation:cn-northwest-1:123456789012:stack/Lianjian/1c2fa620-982a-11e3-aff7-50e2416294e0',
    RequestId: randomUUID(),
    LogicalResourceId: 'TenantsshjinshanRegistration0A1B2C3D',
    ResourceType: 'Custom::LianjianTenant',
    ResourceProperties: { ServiceToken: 'token', Tenant: tenant },
  };
  if (requestType === 'Create') return { ...common, RequestType: 'Create' };
  const physical = { PhysicalResourceId: 'tenant/sh-jinshan' };
  if (requestType === 'Update')
    return {
      ...common,
      ...physical,
      RequestType: 'Update',
      OldResourceProperties: common.ResourceProperties,
    };
  return { ...common, ...physical, RequestType: 'Delete' };
};

describe('tenant onboarding custom resource', () => {
  beforeAll(async () => {
    await ensureTable(store.doc, tableName);
  });

  it('registers a catalog tenant as active on Create, through the tenant service', async () => {
    const outcome = await onboard(services.tenants, event('Create', jinshan));
    expect(outcome).toEqual({
      status: 'SUCCESS',
      physicalResourceId: 'tenant/sh-jinshan',
      data: { TenantId: 'sh-jinshan' },
    });
    expect(await services.tenants.get('sh-jinshan')).toMatchObject({ ...jinshan, status: 'active' });
  });

  it('succeeds again on a redeploy, and keeps the registry as it is on an Update with other fields', async () => {
    const before = await services.tenants.get('sh-jinshan');
    expect(await onboard(services.tenants, event('Create', jinshan))).toMatchObject({ status: 'SUCCESS' });
    const renamed = { ...jinshan, shortName: '金山' };
    expect(await onboard(services.tenants, event('Update', renamed))).toMatchObject({
      status: 'SUCCESS',
      physicalResourceId: 'tenant/sh-jinshan',
    });
    expect(await services.tenants.get('sh-jinshan')).toEqual(before);
  });

  it('keeps the tenant and its data on Delete', async () => {
    const before = await services.tenants.get('sh-jinshan');
    expect(await onboard(services.tenants, event('Delete', jinshan))).toEqual({
      status: 'SUCCESS',
      physicalResourceId: 'tenant/sh-jinshan',
    });
    expect(await services.tenants.get('sh-jinshan')).toEqual(before);
  });

  it('fails a Tenant property the tenant schema rejects, without writing', async () => {
    const outcome = await onboard(services.tenants, event('Create', { ...jinshan, id: 'sh-', extra: 1 }));
    expect(outcome).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/not a valid tenant/) });
    expect(await services.tenants.find('sh-')).toBeUndefined();
  });
});

describe('tenant onboarding Lambda entry', () => {
  const received: { body: Record<string, unknown>; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ body: JSON.parse(body), headers: request.headers });
      response.end();
    });
  });
  let url = '';
  const context = { logStreamName: '2026/11/22/[$LATEST]abc' } as Context;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response?signature=x`;
    // The entry builds its client at import, from the environment Lambda would give it.
    process.env.TABLE_NAME = tableName;
    process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoint;
  });
  afterAll(() => {
    server.close();
    delete process.env.TABLE_NAME;
    delete process.env.AWS_ENDPOINT_URL_DYNAMODB;
  });

  it('answers CloudFormation with the outcome: success with the tenant, failure with the reason', async () => {
    const { handler } = await import('../functions/tenant-onboarding/src/index.ts');
    const zj = tenantCatalog.find((tenant) => tenant.id === 'zj-jiashan');
    const create = event('Create', zj, url);
    await handler(create, context);
    await handler(event('Create', { id: 'nope' }, url), context);

    expect(received).toHaveLength(2);
    expect(received[0]?.body).toEqual({
      Status: 'SUCCESS',
      Reason: 'SUCCESS',
      PhysicalResourceId: 'tenant/zj-jiashan',
      StackId: create.StackId,
      RequestId: create.RequestId,
      LogicalResourceId: create.LogicalResourceId,
      NoEcho: false,
      Data: { TenantId: 'zj-jiashan' },
    });
    // The pre-signed URL was signed without a content type.
    expect(received[0]?.headers['content-type'] ?? '').toBe('');
    expect(received[1]?.body).toMatchObject({
      Status: 'FAILED',
      Reason: expect.stringMatching(/not a valid tenant/),
    });
    expect(await services.tenants.get('zj-jiashan')).toMatchObject({ id: 'zj-jiashan', status: 'active' });
  });
});
