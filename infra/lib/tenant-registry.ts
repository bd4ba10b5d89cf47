// The tenants' registry records, written at deploy time by one onboarding function behind a
// `Custom::LianjianTenant` resource per tenant. The function calls the same TenantService as
// `POST /v1/tenants`, so a catalog tenant is registered by the same rules (and audited) as any other.
import { join } from 'node:path';
import { CustomResource, Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { REPO_ROOT } from './api-bundle.ts';
import { ApiFunction } from './api-function.ts';
import { locallyBundledCode } from './local-bundle.ts';
import type { TenantEntry } from './tenant-catalog.ts';

export const ONBOARDING_ENTRY = join(REPO_ROOT, 'functions/tenant-onboarding/src/index.ts');
export const TENANT_RESOURCE_TYPE = 'Custom::LianjianTenant';

export interface TenantRegistryProps {
  /** The pooled table, which holds every tenant's registry record (silo tenants' too: one directory). */
  readonly table: dynamodb.ITable;
  /**
   * The onboarding function's deployment package; tests pass inline code to skip the build.
   * @default - functions/tenant-onboarding bundled locally
   */
  readonly code?: lambda.Code;
}

/**
 * A plain CustomResource whose service token is the function itself, rather than the CDK Provider framework:
 * one function and its log group are deployed instead of a framework function, its role and its runtime,
 * at the cost of answering CloudFormation ourselves (functions/tenant-onboarding/src/cfn-response.ts).
 */
export class TenantRegistry extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: TenantRegistryProps) {
    super(scope, id);
    const fn = new ApiFunction(this, 'Onboarding', {
      description: 'Registers the Lianjian catalog tenants at deploy time',
      code: props.code ?? locallyBundledCode(ONBOARDING_ENTRY),
      memorySize: 256,
      timeout: Duration.seconds(60),
      environment: { TABLE_NAME: props.table.tableName },
    });
    this.function = fn.function;
    // Registry records and platform audit entries, read and written by key; never a delete, query or scan.
    fn.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:ConditionCheckItem',
        ],
        resources: [props.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*', 'PLATFORM#*'] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      }),
    );
  }

  /**
   * The tenant's registry record. Deleting the resource never deletes the tenant (see onboard.ts): a tenant
   * leaves through the audited offboarding API, not by disappearing from the catalog.
   */
  register(scope: Construct, id: string, tenant: TenantEntry): CustomResource {
    return new CustomResource(scope, id, {
      serviceToken: this.function.functionArn,
      resourceType: TENANT_RESOURCE_TYPE,
      // A lost response fails the deployment after two minutes instead of CloudFormation's default hour.
      serviceTimeout: Duration.minutes(2),
      properties: {
        Tenant: {
          id: tenant.id,
          name: tenant.name,
          shortName: tenant.shortName,
          divisionCode: tenant.divisionCode,
          province: tenant.province,
          tier: tenant.tier,
        },
      },
    });
  }
}
