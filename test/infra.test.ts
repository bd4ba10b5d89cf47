// Synth tests of the CDK app: the resources the API relies on, China-region portability, cdk-nag's
// AwsSolutions checks, and one synth with the real locally bundled functions. The per-tenant resources are
// in infra-tenants.test.ts, the identity providers in infra-identity.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tenantCatalog } from '@lianjian/core';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { LianjianStack, type LianjianStackProps } from '../infra/lib/index.ts';

const root = join(import.meta.dirname, '..');
// The same feature flags `cdk synth` uses, so these templates are the ones that deploy.
const { context } = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};
const inlineCode = lambda.Code.fromInline('export const handler = async () => ({ statusCode: 200 });');
const auth = { authIssuer: 'https://issuer.test', authAudience: 'lianjian-test' };
/** Two pooled tenants and a silo one keep these synths quick; infra-tenants.test.ts also synthesizes all. */
const tenants = tenantCatalog.filter((tenant) =>
  ['sh-jinshan', 'zj-jiashan', 'sh-pudong'].includes(tenant.id),
);

// In-memory mode: a failed validation throws with the whole report, as under the CLI it is printed.
const newApp = () => new App({ context: { ...context, '@aws-cdk/core:appMode': 'inmemory' } });

const synth = (props: LianjianStackProps = {}, app = newApp()) => {
  const stack = new LianjianStack(app, 'Lianjian', {
    apiCode: inlineCode,
    onboardingCode: inlineCode,
    jobsCode: inlineCode,
    tenants,
    ...auth,
    ...props,
  });
  return { app, stack, template: Template.fromStack(stack) };
};

// The reviewed exceptions, each with its reason in infra/lib; a new one must be added here on purpose.
// (The table's logical id is in one of them: if it changes, CloudFormation would replace the table.)
const ACKNOWLEDGED_RULES = [
  'AwsSolutions-APIG2',
  'AwsSolutions-APIG3',
  'AwsSolutions-APIG4',
  'AwsSolutions-COG4',
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
  'AwsSolutions-IAM5[Resource::*]',
  'AwsSolutions-IAM5[Resource::<TableCD117FA1.Arn>/index/*]',
  'AwsSolutions-L1',
  'AwsSolutions-SMG4',
];
type Acknowledgment = { id: string; reason: string };
type Violation = { ruleName: string; severity: string };

describe('infrastructure', () => {
  const { template } = synth();

  it('builds the single table from the store definition, on demand and retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        TableName: Match.absent(),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
    });
  });

  it('lets Node map stack traces in every function but the API, whose logger maps them itself', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')).map(
      ([id, resource]) => ({
        id,
        nodeOptions: (resource as { Properties: { Environment?: { Variables?: Record<string, unknown> } } })
          .Properties.Environment?.Variables?.NODE_OPTIONS,
      }),
    );
    const [api, ...others] = [
      ...functions.filter(({ id }) => id.startsWith('ApiFunction')),
      ...functions.filter(({ id }) => !id.startsWith('ApiFunction')),
    ];
    expect(api?.nodeOptions).toBeUndefined();
    const ours = others.filter(({ id }) => /Jobs|Onboarding/.test(id));
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const { id, nodeOptions } of ours) expect(nodeOptions, id).toBe('--enable-source-maps');
  });

  it('runs the API on Node 22 arm64 with the table, issuer and cursor key in its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 29,
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^ApiFunctionLogs') } },
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.stringLikeRegexp('^Table') },
          AUTH_ISSUER: 'https://issuer.test',
          AUTH_AUDIENCE: 'lianjian-test',
          AUTH_JWKS_URL: 'https://issuer.test/.well-known/jwks.json',
          NODE_OPTIONS: Match.absent(),
          CURSOR_KEYS: {
            'Fn::Join': [
              '',
              ['k1:{{resolve:secretsmanager:', { Ref: Match.anyValue() }, ':SecretString:key::}}='],
            ],
          },
        },
      },
    });
  });

  it('generates a cursor key that is exactly the base64 alphabet, 43 characters long', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: {
        SecretStringTemplate: '{"kid":"k1"}',
        GenerateStringKey: 'key',
        PasswordLength: 43,
        ExcludeCharacters: '!"#$%&\'()*,-.:;<=>?@[\\]^_`{|}~',
        RequireEachIncludedType: false,
      },
    });
  });

  it('grants the function the request-path actions on the table and its indexes, and no Scan', () => {
    const tableArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^Table'), 'Arn'] };
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: [
              'dynamodb:BatchGetItem',
              'dynamodb:BatchWriteItem',
              'dynamodb:ConditionCheckItem',
              'dynamodb:DeleteItem',
              'dynamodb:GetItem',
              'dynamodb:PutItem',
              'dynamodb:Query',
              'dynamodb:UpdateItem',
            ],
            Resource: [tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }],
          }),
        ]),
      },
    });
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('dynamodb:Scan');
    // The tenant data roles name Scan only to deny it.
    const inline = Object.values(template.findResources('AWS::IAM::Role')).flatMap(
      (role) => role.Properties.Policies ?? [],
    );
    const scans = inline
      .flatMap((policy: { PolicyDocument: { Statement: { Effect: string; Action: unknown }[] } }) =>
        policy.PolicyDocument.Statement.filter((statement) =>
          JSON.stringify(statement.Action).includes('Scan'),
        ),
      )
      .map((statement) => statement.Effect);
    expect(scans.length).toBeGreaterThan(0);
    expect(new Set(scans)).toEqual(new Set(['Deny']));
  });

  it('runs the scheduled jobs: the leaderboard daily at 01:00 Shanghai, escalations hourly, the import sweep every ten minutes', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule')).map((rule) => ({
      schedule: rule.Properties.ScheduleExpression,
      input: JSON.parse(rule.Properties.Targets[0].Input),
      target: JSON.stringify(rule.Properties.Targets[0].Arn),
    }));
    expect(rules.map(({ schedule, input }) => [schedule, input])).toEqual([
      ['cron(0 17 * * ? *)', { job: 'leaderboard' }],
      ['cron(5 * * * ? *)', { job: 'escalations' }],
      ['cron(*/10 * * * ? *)', { job: 'imports' }],
    ]);
    for (const rule of rules) expect(rule.target).toMatch(/ScheduledJobsFunction/);
    const tableArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^Table'), 'Arn'] };
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^ScheduledJobsRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Resource: [tableArn, { 'Fn::Join': ['', [tableArn, '/index/gsi1']] }],
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['A#*', 'PLATFORM#*', 'ALLIANCES'] },
              Null: { 'dynamodb:LeadingKeys': 'false' },
            },
          }),
        ]),
      },
    });
  });

  it('runs import jobs from the table stream: only import job items written as queued, one job per invocation', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
    const pooled = mappings.filter((mapping) =>
      JSON.stringify(mapping.Properties.EventSourceArn).includes('"Table'),
    );
    expect(pooled).toHaveLength(1);
    const [mapping] = pooled;
    expect(JSON.stringify(mapping?.Properties.FunctionName)).toMatch(/ScheduledJobsFunction/);
    expect(mapping?.Properties.EventSourceArn).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^Table/), 'StreamArn'],
    });
    expect(mapping?.Properties).toMatchObject({
      BatchSize: 1,
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: 2,
    });
    const filters = mapping?.Properties.FilterCriteria.Filters as { Pattern: string }[];
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
      {
        eventName: ['INSERT', 'MODIFY'],
        dynamodb: {
          NewImage: {
            sk: { S: [{ prefix: 'IMPORTJOB#' }] },
            type: { S: ['IMPORT_JOB'] },
            status: { S: ['queued'] },
          },
        },
      },
    ]);
    // The function reaches tenant partitions only through the tenants' data roles, as the API does.
    const [jobsFunction] = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) =>
      id.startsWith('ScheduledJobsFunction'),
    );
    expect(Object.keys(jobsFunction?.[1].Properties.Environment.Variables).sort()).toEqual(
      expect.arrayContaining(['SILO_TABLES', 'TABLE_NAME', 'TENANT_DATA_ROLE_ARN']),
    );
  });

  it('serves REGIONAL REST APIs, public and machine, that proxy every path to the function', () => {
    const apis = Object.values(template.findResources('AWS::ApiGateway::RestApi'));
    expect(apis.map((api) => api.Properties.EndpointConfiguration)).toEqual([
      { Types: ['REGIONAL'] },
      { Types: ['REGIONAL'] },
    ]);
    // Spreadsheet uploads and downloads pass as bytes.
    expect(apis.map((api) => api.Properties.BinaryMediaTypes)).toEqual([['*/*'], ['*/*']]);
    template.resourcePropertiesCountIs('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' }, 2);
    // Per API two methods, ANY / and ANY /{proxy+}, both Lambda proxy integrations invoking the API function.
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method'));
    expect(methods.map((method) => method.Properties.HttpMethod)).toEqual(['ANY', 'ANY', 'ANY', 'ANY']);
    for (const method of methods) {
      expect(method.Properties.Integration.Type).toBe('AWS_PROXY');
      expect(JSON.stringify(method.Properties.Integration.Uri)).toMatch(
        /"Fn::GetAtt":\["ApiFunction[0-9A-F]+","Arn"\]/,
      );
    }
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: [
        Match.objectLike({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200, LoggingLevel: 'ERROR' }),
      ],
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Stage',
      { MethodSettings: [Match.objectLike({ ThrottlingRateLimit: 100, LoggingLevel: 'ERROR' })] },
      2,
    );
    template.hasOutput('ApiUrl', {});
    template.hasOutput('MachineApiUrl', {});
    template.hasOutput('TableName', { Value: { Ref: Match.stringLikeRegexp('^Table') } });
  });

  it.each(['cn-northwest-1', 'eu-west-1'])('synthesizes for %s without a literal aws partition', (region) => {
    const { template: regional } = synth({ env: { region } });
    const text = JSON.stringify(regional.toJSON());
    expect(text).not.toContain('arn:aws:');
    expect(text).toContain('AWS::Partition');
  });

  it('passes the cdk-nag AwsSolutions checks, every exception acknowledged with a reason', () => {
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
    const { stack } = synth({}, app);
    // cdk-nag 3 reports through CDK policy validation: synth throws on an unacknowledged error, and the
    // report lists what is left.
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
    const errors = (report.pluginReports as { violations: Violation[] }[])
      .flatMap((plugin) => plugin.violations)
      .filter((violation) => /^AwsSolutions-/.test(violation.ruleName) && violation.severity === 'error');
    expect(errors).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);

    type Resource = { Metadata?: { cdk_nag?: { rules_to_suppress: Acknowledgment[] } } };
    const resources = assembly.getStackByName(stack.stackName).template.Resources as Record<string, Resource>;
    const acknowledged = Object.values(resources).flatMap(
      (r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? [],
    );
    expect([...new Set(acknowledged.map((rule) => rule.id))].sort()).toEqual(ACKNOWLEDGED_RULES);
    for (const rule of acknowledged) expect(rule.reason.length, rule.id).toBeGreaterThan(80);
  });

  it('fails the AwsSolutions checks for a resource nobody acknowledged', () => {
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    new sqs.Queue(new Stack(app, 'Careless'), 'Queue');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS/);
  });

  it('bundles the real API, onboarding and jobs functions when no code is given', () => {
    const app = newApp();
    const stack = new LianjianStack(app, 'Bundled', { ...auth, tenants });
    const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
    const assetDir = (prefix: string) => {
      const [, fn] = Object.entries(functions).find(([id]) => id.startsWith(prefix)) ?? [];
      const s3Key = fn?.Properties.Code.S3Key as string;
      return join(app.outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);
    };
    for (const file of ['index.mjs', 'index.mjs.map', 'openapi.json', 'docs']) {
      expect(existsSync(join(assetDir('ApiFunction'), file)), file).toBe(true);
    }
    for (const prefix of ['TenantRegistryOnboarding', 'ScheduledJobsFunction'])
      for (const file of ['index.mjs', 'index.mjs.map'])
        expect(existsSync(join(assetDir(prefix), file)), `${prefix} ${file}`).toBe(true);
  });
});
