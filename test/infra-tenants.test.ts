// Synth tests of the per-tenant resources with a three-tenant catalog (two pooled, one silo): data roles and
// their leading keys, the API's right to assume them, usage plans by tier, the silo table, the registry
// records, and the environment contract the API reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CreateTenant, tenantCatalog } from '@lianjian/core';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  LianjianStack,
  type LianjianStackProps,
  TENANT_RESOURCE_TYPE,
  USAGE_LIMITS_BY_TIER,
} from '../infra/lib/index.ts';
import * as keys from '../packages/store/src/keys.ts';

const root = join(import.meta.dirname, '..');
const { context } = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};
const inlineCode = lambda.Code.fromInline('export const handler = async () => ({ statusCode: 200 });');
const byId = (id: string): CreateTenant => {
  const tenant = tenantCatalog.find((entry) => entry.id === id);
  if (!tenant) throw new Error(`${id} is not in the catalog`);
  return tenant;
};
/** Two pooled tenants in two provinces, one silo tenant. */
const THREE = [byId('sh-jinshan'), byId('zj-jiashan'), byId('sh-pudong')];

const synth = (props: LianjianStackProps = {}) => {
  const app = new App({ context: { ...context, '@aws-cdk/core:appMode': 'inmemory' } });
  const stack = new LianjianStack(app, 'Lianjian', {
    apiCode: inlineCode,
    onboardingCode: inlineCode,
    jobsCode: inlineCode,
    authIssuer: 'https://issuer.test',
    authAudience: 'lianjian-test',
    tenants: THREE,
    ...props,
  });
  return { stack, template: Template.fromStack(stack) };
};

/** A template resource as the assertions library returns it (properties untyped). */
type Resource = ReturnType<Template['findResources']>[string];
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** The one resource of a type whose logical id starts with `Tenants<id without dashes>`. */
const ofTenant = (resources: Record<string, Resource>, tenantId: string): [string, Resource][] =>
  Object.entries(resources).filter(([id]) => id.startsWith(`Tenants${tenantId.replaceAll('-', '')}`));

const getAtt = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const indexArn = (logicalId: string) => ({ 'Fn::Join': ['', [getAtt(logicalId), '/index/gsi1']] });
const sortedJson = (values: unknown[]) => values.map((value) => JSON.stringify(value)).sort();

/** Evaluates the intrinsics these tests meet, with fixed pseudo parameters (as CloudFormation would). */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws-cn',
  'AWS::AccountId': '123456789012',
  'AWS::StackId':
    'arn:aws-cn:cloudformation:cn-northwest-1:123456789012:stack/Lianjian/1c2fa620-982a-11e3-aff7-50e2416294e0',
};
const evaluate = (value: unknown): string | string[] => {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if (typeof node.Ref === 'string' && PSEUDO[node.Ref]) return PSEUDO[node.Ref] as string;
  const join = node['Fn::Join'] as [string, unknown[]] | undefined;
  if (join) return join[1].map((part) => evaluate(part)).join(join[0]);
  const select = node['Fn::Select'] as [number, unknown] | undefined;
  if (select) return (evaluate(select[1]) as string[])[select[0]] ?? '';
  const split = node['Fn::Split'] as [string, unknown] | undefined;
  if (split) return (evaluate(split[1]) as string).split(split[0]);
  throw new Error(`cannot evaluate ${JSON.stringify(value)}`);
};

/** A StringLike pattern as a regular expression (`*` any run, `?` one character). */
const likeRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.')}$`,
  );

describe('tenant resources', () => {
  const { template } = synth();
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const apiFunction = Object.entries(resources).find(
    ([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith('ApiFunction'),
  );
  const env = apiFunction?.[1].Properties.Environment.Variables as Record<string, unknown>;
  const dataRoles = Object.entries(resources).filter(
    ([, r]) => r.Type === 'AWS::IAM::Role' && r.Properties.Policies?.[0]?.PolicyName === 'TenantData',
  );
  const logicalId = (type: string, prefix: string): string => {
    const found = Object.entries(resources).find(([id, r]) => r.Type === type && id.startsWith(prefix));
    if (!found) throw new Error(`no ${type} ${prefix}…`);
    return found[0];
  };
  const roleOf = (tenantId: string): Resource => {
    const [found, ...more] = ofTenant(Object.fromEntries(dataRoles), tenantId);
    if (!found || more.length > 0) throw new Error(`not exactly one data role for ${tenantId}`);
    return found[1];
  };
  const pooledTable = logicalId('AWS::DynamoDB::Table', 'Table');
  const siloTable = logicalId('AWS::DynamoDB::Table', 'Tenantsshpudong');
  const apiRole = logicalId('AWS::IAM::Role', 'ApiFunctionRole');
  const jobsRole = logicalId('AWS::IAM::Role', 'ScheduledJobsRole');

  it('gives each tenant exactly one data role', () => {
    expect(dataRoles).toHaveLength(3);
    for (const tenant of THREE) {
      expect(ofTenant(Object.fromEntries(dataRoles), tenant.id), tenant.id).toHaveLength(1);
    }
  });

  it.each(THREE)(
    'limits the data role of $id to its own partitions and alliances, on its tables, never Scan',
    (tenant) => {
      const role = roleOf(tenant.id);
      const tables = tenant.tier === 'silo' ? [pooledTable, siloTable] : [pooledTable];
      const resourcesOf = sortedJson(tables.flatMap((table) => [getAtt(table), indexArn(table)]));
      const [allow, deny, ...rest] = role.Properties.Policies[0].PolicyDocument.Statement as Statement[];
      expect(rest).toEqual([]);
      expect(allow).toMatchObject({ Effect: 'Allow', Sid: 'TenantPartitionsOnly' });
      expect(allow?.Condition).toEqual({
        'ForAllValues:StringLike': {
          'dynamodb:LeadingKeys': [`T#${tenant.id}`, `T#${tenant.id}#*`, 'A#*'],
        },
        Null: { 'dynamodb:LeadingKeys': 'false' },
      });
      expect([allow?.Action].flat().sort()).toEqual(
        [
          'BatchGetItem',
          'BatchWriteItem',
          'ConditionCheckItem',
          'DeleteItem',
          'GetItem',
          'PutItem',
          'Query',
          'UpdateItem',
        ].map((action) => `dynamodb:${action}`),
      );
      expect(sortedJson([allow?.Resource].flat())).toEqual(resourcesOf);
      expect(deny).toMatchObject({ Effect: 'Deny', Action: 'dynamodb:Scan', Sid: 'NeverScan' });
      expect(sortedJson([deny?.Resource].flat())).toEqual(resourcesOf);
    },
  );

  it('trusts only the API and jobs function roles to assume a data role', () => {
    for (const [, role] of dataRoles) {
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { AWS: [getAtt(apiRole), getAtt(jobsRole)] },
        },
      ]);
    }
  });

  it("runs a silo tenant's import jobs from its own table's stream, as the pooled table's", () => {
    const sources = Object.values(resources)
      .filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping')
      .map((mapping) => mapping.Properties.EventSourceArn);
    expect(sources).toContainEqual({ 'Fn::GetAtt': [siloTable, 'StreamArn'] });
    expect(sources).toHaveLength(2);
  });

  it('lets the API and jobs function roles assume exactly the tenant data roles, and no other principal', () => {
    const assumers = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((policy) =>
        (policy.Properties.PolicyDocument.Statement as Statement[])
          .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('sts:')))
          .map((statement) => ({ roles: policy.Properties.Roles, statement })),
      );
    expect(assumers.map(({ roles }) => roles)).toEqual([[{ Ref: apiRole }], [{ Ref: jobsRole }]]);
    for (const { statement } of assumers) {
      expect(statement.Action).toBe('sts:AssumeRole');
      expect(sortedJson([statement.Resource].flat())).toEqual(
        sortedJson(dataRoles.map(([id]) => getAtt(id))),
      );
    }
  });

  it('lets the API function role itself only export and purge a silo table, one partition', () => {
    const statements = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(apiRole))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
    const onSilo = statements.filter((statement) => JSON.stringify(statement.Resource).includes(siloTable));
    expect(onSilo).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:DeleteItem', 'dynamodb:Query'],
        Resource: getAtt(siloTable),
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#sh-pudong'] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      },
    ]);
  });

  it('names each data role so that TENANT_DATA_ROLE_ARN resolves to it, within IAM limits', () => {
    const arnTemplate = String(evaluate(env.TENANT_DATA_ROLE_ARN));
    expect(arnTemplate).toBe('arn:aws-cn:iam::123456789012:role/lj-1c2fa620-{tenantId}');
    for (const tenant of THREE) {
      const name = evaluate(roleOf(tenant.id).Properties.RoleName);
      expect(arnTemplate.replace('{tenantId}', tenant.id), tenant.id).toBe(
        `arn:aws-cn:iam::123456789012:role/${name}`,
      );
    }
    const longest = arnTemplate.replace('{tenantId}', 'x'.repeat(40));
    expect(longest.slice(longest.indexOf('/') + 1).length).toBeLessThanOrEqual(64);
  });

  it('uses leading-key patterns that match the store keys of the tenant and of no other tenant', () => {
    const patterns = (tenantId: string) => [`T#${tenantId}`, `T#${tenantId}#*`].map(likeRegExp);
    const partitionKeys = (tenantId: string) => [
      keys.tenantPartition(tenantId),
      keys.orgKey(tenantId, '01J0000000000000000000000').pk,
      keys.auditKey(tenantId, '01J0000000000000000000000').pk,
      keys.orgParentIndexKey(tenantId, undefined, '01J0000000000000000000000').gsi1pk,
      keys.orgParentIndexKey(tenantId, '01J0000000000000000000000', '01J0000000000000000000001').gsi1pk,
    ];
    for (const key of partitionKeys('sh-jinshan')) {
      expect(
        patterns('sh-jinshan').some((pattern) => pattern.test(key)),
        key,
      ).toBe(true);
    }
    // `sh-jinshan-x` is a valid id that starts with `sh-jinshan`: the `#` after the id keeps them apart.
    for (const key of [...partitionKeys('sh-jinshan-x'), ...partitionKeys('zj-jiashan')]) {
      expect(
        patterns('sh-jinshan').some((pattern) => pattern.test(key)),
        key,
      ).toBe(false);
    }
  });

  it('gives each tenant a usage plan on the machine API with its tier limits and its own API key', () => {
    const machineStage = logicalId('AWS::ApiGateway::Stage', 'MachineApi');
    const machineApi = logicalId('AWS::ApiGateway::RestApi', 'MachineApi');
    expect(Object.values(resources).filter((r) => r.Type === 'AWS::ApiGateway::UsagePlan')).toHaveLength(3);
    for (const tenant of THREE) {
      const mine = Object.fromEntries(ofTenant(resources, tenant.id));
      const limits = USAGE_LIMITS_BY_TIER[tenant.tier];
      const plans = Object.entries(mine).filter(([, r]) => r.Type === 'AWS::ApiGateway::UsagePlan');
      const apiKeys = Object.entries(mine).filter(([, r]) => r.Type === 'AWS::ApiGateway::ApiKey');
      const planKeys = Object.values(mine).filter((r) => r.Type === 'AWS::ApiGateway::UsagePlanKey');
      expect([plans.length, apiKeys.length, planKeys.length], tenant.id).toEqual([1, 1, 1]);
      expect(plans[0]?.[1].Properties).toMatchObject({
        Throttle: { RateLimit: limits.rateLimit, BurstLimit: limits.burstLimit },
        Quota: { Limit: limits.quotaPerDay, Period: 'DAY' },
        ApiStages: [{ ApiId: { Ref: machineApi }, Stage: { Ref: machineStage } }],
      });
      expect(planKeys[0]?.Properties).toEqual({
        KeyId: { Ref: apiKeys[0]?.[0] },
        KeyType: 'API_KEY',
        UsagePlanId: { Ref: plans[0]?.[0] },
      });
      // The value is generated by API Gateway: never in the template.
      expect(apiKeys[0]?.[1].Properties.Enabled).toBe(true);
      expect(apiKeys[0]?.[1].Properties).not.toHaveProperty('Value');
    }
    expect(USAGE_LIMITS_BY_TIER.silo.quotaPerDay).toBeGreaterThan(USAGE_LIMITS_BY_TIER.pool.quotaPerDay);
  });

  it('requires API keys on the machine API only, both proxying to the one API function', () => {
    const methods = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::ApiGateway::Method');
    const keyed = (prefix: string) =>
      methods.filter(([id]) => id.startsWith(prefix)).map(([, r]) => r.Properties.ApiKeyRequired ?? false);
    expect(keyed('MachineApi')).toEqual([true, true]);
    expect(keyed('PublicApi')).toEqual([false, false]);
    // Its stage logs through the account's API Gateway role, which the public API sets: created after it.
    const machineStage = resources[logicalId('AWS::ApiGateway::Stage', 'MachineApi')];
    expect([machineStage?.DependsOn].flat()).toContain(logicalId('AWS::ApiGateway::Account', 'PublicApi'));
  });

  it('gives the silo tenant its own retained table with the store key schema, and routes it in SILO_TABLES', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    expect(resources[siloTable]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
          },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        Tags: [{ Key: 'lianjian:tenant', Value: 'sh-pudong' }],
      },
    });
    expect(env.SILO_TABLES).toEqual({ 'Fn::Join': ['', ['{"sh-pudong":"', { Ref: siloTable }, '"}']] });
    expect(env.TABLE_NAME).toEqual({ Ref: pooledTable });
  });

  it('gives the API function the environment the runtime reads', () => {
    expect(Object.keys(env).sort()).toEqual(
      [
        'AUTH_AUDIENCE',
        'AUTH_ISSUER',
        'AUTH_JWKS_URL',
        'AUTH_ROLES_CLAIM',
        'AUTH_TENANT_CLAIM',
        'CURSOR_KEYS',
        'SILO_TABLES',
        'TABLE_NAME',
        'TENANT_DATA_ROLE_ARN',
      ].sort(),
    );
    expect(env).toMatchObject({ AUTH_TENANT_CLAIM: 'tenant_id', AUTH_ROLES_CLAIM: 'roles' });
  });

  it('registers each tenant through the onboarding function with its catalog fields', () => {
    const onboarding = logicalId('AWS::Lambda::Function', 'TenantRegistryOnboarding');
    const registrations = Object.values(resources).filter((r) => r.Type === TENANT_RESOURCE_TYPE);
    expect(registrations).toHaveLength(3);
    for (const tenant of THREE) {
      const [[, registration] = []] = ofTenant(resources, tenant.id).filter(
        ([, r]) => r.Type === TENANT_RESOURCE_TYPE,
      );
      expect(registration?.Properties).toEqual({
        ServiceToken: getAtt(onboarding),
        ServiceTimeout: '120',
        Tenant: { ...tenant },
      });
    }
    // Reads and writes registry and platform keys only: no Query, no Scan, no delete.
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^TenantRegistryOnboardingRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: [
              'dynamodb:BatchGetItem',
              'dynamodb:ConditionCheckItem',
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:UpdateItem',
            ],
            Resource: getAtt(pooledTable),
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*', 'PLATFORM#*'] },
              Null: { 'dynamodb:LeadingKeys': 'false' },
            },
          },
        ]),
      },
    });
  });

  it('has no dependency cycle CloudFormation would reject', () => {
    const references = (value: unknown, found = new Set<string>()): Set<string> => {
      if (Array.isArray(value)) for (const item of value) references(item, found);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'Ref' && typeof inner === 'string' && inner in resources) found.add(inner);
          else if (key === 'Fn::GetAtt' && Array.isArray(inner)) found.add(inner[0]);
          else references(inner, found);
        }
      }
      return found;
    };
    const edges = new Map(
      Object.entries(resources).map(([id, r]) => [
        id,
        new Set([...references(r.Properties), ...[r.DependsOn ?? []].flat()]),
      ]),
    );
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') throw new Error(`cycle: ${[...path, id].join(' → ')}`);
      state.set(id, 'open');
      for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
  });
});

describe('tenant catalog checks', () => {
  it('refuses duplicate ids and entries that onboarding would reject at deploy', () => {
    const jinshan = byId('sh-jinshan');
    expect(() => synth({ tenants: [jinshan, jinshan] })).toThrow(/appears twice/);
    expect(() => synth({ tenants: [{ ...jinshan, id: 'SH_Jinshan' }] })).toThrow(/not valid/);
    expect(() => synth({ tenants: [{ ...jinshan, province: 'ZJ' }] })).toThrow(/not in ZJ/);
  });

  it('refuses a data role prefix that would not leave room for the longest tenant id', () => {
    expect(() => synth({ dataRoleNamePrefix: 'x'.repeat(25) })).toThrow(/prefix/);
    const { template } = synth({ dataRoleNamePrefix: 'lianjian-prod-' });
    template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'lianjian-prod-sh-pudong' });
  });

  it('synthesizes the whole catalog in a few seconds: a role and a usage plan per tenant, a table per silo', () => {
    const started = performance.now();
    const { template } = synth({ tenants: undefined });
    const seconds = (performance.now() - started) / 1000;
    const silos = tenantCatalog.filter((tenant) => tenant.tier === 'silo').length;
    template.resourceCountIs(TENANT_RESOURCE_TYPE, tenantCatalog.length);
    template.resourceCountIs('AWS::ApiGateway::UsagePlan', tenantCatalog.length);
    template.resourceCountIs('AWS::DynamoDB::Table', 1 + silos);
    expect(seconds).toBeLessThan(20);
  });
});
