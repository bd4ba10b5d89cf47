// The Lianjian stack: the pooled table, the cursor key, the API function behind a public and a machine REST
// API, the identity provider, and one tenant construct per catalog entry. Partition-, region- and
// account-agnostic, so the same code deploys to the China regions (with an external OIDC issuer).
import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ApiFunction } from './api-function.ts';
import { CognitoIdentity } from './cognito-identity.ts';
import { CursorKeys } from './cursor-keys.ts';
import { dataRoleArnTemplate, dataRoleName, dataRoleNamePrefix } from './data-role-names.ts';
import {
  type IdentityProviderProps,
  oidcIdentity,
  resolveIdentityProvider,
  type TenantIdentity,
} from './identity-provider.ts';
import { PublicApi, type PublicApiProps } from './public-api.ts';
import { ScheduledJobs } from './scheduled-jobs.ts';
import { createSingleTable, REQUEST_PATH_ACTIONS } from './single-table.ts';
import { Tenant } from './tenant.ts';
import { checkTenants, DEFAULT_TENANTS, type TenantEntry } from './tenant-catalog.ts';
import { TenantRegistry } from './tenant-registry.ts';

export interface LianjianStackProps extends StackProps, IdentityProviderProps {
  /**
   * The API function's deployment package; tests pass inline code to skip the build.
   * @default - the API bundled locally by `scripts/build.ts`
   */
  readonly apiCode?: lambda.Code;
  /**
   * The tenant-onboarding function's deployment package; tests pass inline code to skip the build.
   * @default - functions/tenant-onboarding bundled locally
   */
  readonly onboardingCode?: lambda.Code;
  /**
   * The scheduled jobs function's deployment package; tests pass inline code to skip the build.
   * @default - functions/jobs bundled locally
   */
  readonly jobsCode?: lambda.Code;
  /**
   * The tenants to provision, one tenant construct each.
   * @default - the catalog of @lianjian/core
   */
  readonly tenants?: readonly TenantEntry[];
  /**
   * Prefix of the tenant data roles' names (at most 24 characters, so the longest tenant id fits).
   * @default - `lj-<8 hex of the stack's GUID>-`, unique per stack
   */
  readonly dataRoleNamePrefix?: string;
  /**
   * Whether this stack sets the region's API Gateway CloudWatch Logs role (see `PublicApiProps`).
   * @default true
   */
  readonly manageApiGatewayLogRole?: PublicApiProps['manageAccountLogRole'];
}

export class LianjianStack extends Stack {
  readonly table: dynamodb.ITable;
  readonly apiFunction: lambda.IFunction;
  /** Browser users and operators: bearer JWT only. */
  readonly api: PublicApi;
  /** Machine consumers: bearer JWT and the tenant's API key, metered by the tenant's usage plan. */
  readonly machineApi: PublicApi;
  readonly identity: TenantIdentity;
  readonly tenants: readonly Tenant[];

  constructor(scope: Construct, id: string, props: LianjianStackProps = {}) {
    super(scope, id, props);
    const identitySetting = resolveIdentityProvider(this, props);
    const tenants = checkTenants(props.tenants ?? DEFAULT_TENANTS);

    const table = createSingleTable(this, 'Table');
    this.table = table;
    const cursorKeys = new CursorKeys(this, 'CursorKeys');
    this.identity =
      identitySetting.kind === 'cognito'
        ? new CognitoIdentity(this, 'Identity', identitySetting)
        : oidcIdentity(identitySetting);
    const rolePrefix = dataRoleNamePrefix(props.dataRoleNamePrefix);

    const api = new ApiFunction(this, 'ApiFunction', {
      ...(props.apiCode ? { code: props.apiCode } : {}),
      // Its logger maps the stacks of unexpected errors itself: no source maps read at every cold start.
      nodeSourceMaps: false,
      environment: {
        TABLE_NAME: table.tableName,
        ...this.identity.environment,
        CURSOR_KEYS: cursorKeys.environmentValue,
        TENANT_DATA_ROLE_ARN: dataRoleArnTemplate(this, rolePrefix),
      },
    });
    this.apiFunction = api.function;
    // The function's own role serves platform work (the registry, platform audit, export and offboarding);
    // tenant requests run on the tenant's data role. In a silo table it may only export and purge (tenant.ts).
    table.grant(api.function, ...REQUEST_PATH_ACTIONS);
    // The only wildcard in the function's policy: `grant` covers the table's indexes (gsi1, and any added
    // later) as `<table>/index/*`; Query on an index is authorised against the index ARN.
    Validations.of(api).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(table.node.defaultChild as dynamodb.CfnTable)}.Arn>/index/*]`,
      reason:
        'Queries on the table indexes (gsi1 and later ones) are authorised against <table>/index/<name>; the ' +
        "wildcard covers only this table's indexes, with the same request-path actions (no Scan).",
    });

    this.api = new PublicApi(this, 'PublicApi', {
      handler: api.function,
      ...(props.manageApiGatewayLogRole === undefined
        ? {}
        : { manageAccountLogRole: props.manageApiGatewayLogRole }),
    });
    // API keys only for machine consumers, on an API of their own: requiring a key on the public API would
    // put a shared secret in every browser, where it meters nothing. Same function, same routes, same JWT
    // check; the key adds the tenant's throttle and quota before the function runs.
    this.machineApi = new PublicApi(this, 'MachineApi', {
      handler: api.function,
      description: 'Lianjian API for machine consumers (API key per tenant)',
      apiKeyRequired: true,
      manageAccountLogRole: false,
    });
    // The stage logs through the account's API Gateway role, which the public API sets on first deploy.
    const accountSettings = this.api.api.node.tryFindChild('Account');
    if (accountSettings) this.machineApi.api.deploymentStage.node.addDependency(accountSettings);

    const registry = new TenantRegistry(this, 'TenantRegistry', {
      table,
      ...(props.onboardingCode ? { code: props.onboardingCode } : {}),
    });
    const dataRoleArns = dataRoleArnTemplate(this, rolePrefix);
    const jobs = new ScheduledJobs(this, 'ScheduledJobs', {
      table,
      dataRoleArnTemplate: dataRoleArns,
      ...(props.jobsCode ? { code: props.jobsCode } : {}),
    });
    const tenantScope = new Construct(this, 'Tenants');
    this.tenants = tenants.map(
      (tenant) =>
        new Tenant(tenantScope, tenant.id, {
          tenant,
          pooledTable: table,
          registry,
          dataRoleName: dataRoleName(rolePrefix, tenant.id),
          apiRole: api.role,
          jobsRole: jobs.role,
          machineApiStage: this.machineApi.api.deploymentStage,
          identity: this.identity,
        }),
    );
    const siloTables = Object.fromEntries(
      this.tenants.flatMap((tenant) => (tenant.table ? [[tenant.tenantId, tenant.table.tableName]] : [])),
    );
    api.function.addEnvironment('SILO_TABLES', this.toJsonString(siloTables));
    jobs.function.addEnvironment('SILO_TABLES', this.toJsonString(siloTables));
    // A silo tenant's import jobs live in its own table, whose stream starts their runs.
    for (const tenant of this.tenants) if (tenant.table) jobs.runImportJobsOf(tenant.table);

    new CfnOutput(this, 'ApiUrl', { value: this.api.api.url, description: 'Base URL of the Lianjian API' });
    new CfnOutput(this, 'MachineApiUrl', {
      value: this.machineApi.api.url,
      description: 'Base URL of the Lianjian API for machine consumers (x-api-key required)',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'The pooled DynamoDB table' });
    if (this.identity instanceof CognitoIdentity) {
      new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
      new CfnOutput(this, 'WebClientId', { value: this.identity.webClient.userPoolClientId });
      if (this.identity.domain) {
        new CfnOutput(this, 'TokenEndpoint', {
          value: `${this.identity.domain.baseUrl()}/oauth2/token`,
          description: 'OAuth token endpoint of the machine clients (client credentials)',
        });
      }
    }
  }
}
