// One catalog tenant in AWS: its registry record, its IAM data role, its API key and usage plan, its identity
// groups, and for a silo tenant its own table.
import { Tags } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { TenantIdentity } from './identity-provider.ts';
import { createSingleTable } from './single-table.ts';
import { isSilo, type TenantEntry } from './tenant-catalog.ts';
import { TenantDataRole } from './tenant-data-role.ts';
import type { TenantRegistry } from './tenant-registry.ts';
import { TenantUsagePlan } from './tenant-usage-plan.ts';

export interface TenantProps {
  readonly tenant: TenantEntry;
  /** The pooled table: pooled tenants' data, every registry record, the alliances' partitions. */
  readonly pooledTable: dynamodb.ITable;
  /** Writes the registry record. */
  readonly registry: TenantRegistry;
  /** The data role's name (the API derives it from `TENANT_DATA_ROLE_ARN`). */
  readonly dataRoleName: string;
  /** The API function's execution role, which the data role trusts. */
  readonly apiRole: iam.IRole;
  /** The jobs function's execution role, which the data role trusts too (import jobs write as the tenant). */
  readonly jobsRole?: iam.IRole;
  /** The machine API's stage, which the tenant's usage plan meters. */
  readonly machineApiStage: apigateway.Stage;
  /** Creates the tenant's identity groups. */
  readonly identity: TenantIdentity;
}

export class Tenant extends Construct {
  readonly tenantId: string;
  /** The tenant's own table, for a silo tenant only. */
  readonly table?: dynamodb.Table;
  readonly dataRole: iam.Role;
  readonly usagePlan: TenantUsagePlan;

  constructor(scope: Construct, id: string, props: TenantProps) {
    super(scope, id);
    const { tenant } = props;
    this.tenantId = tenant.id;

    props.registry.register(this, 'Registration', tenant);

    // Same key schema and indexes as the pooled table, so the store code is the same for both; the tenant's
    // registry record and its alliances stay in the pooled table (one directory, shared workspaces).
    this.table = isSilo(tenant) ? createSingleTable(this, 'Table') : undefined;

    if (this.table) {
      // Platform paths (export, offboarding: packages/store/src/tenants.ts) read and purge the tenant's
      // partition with the function's own role; that role may do nothing else in the silo table.
      props.apiRole.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['dynamodb:Query', 'dynamodb:DeleteItem'],
          resources: [this.table.tableArn],
          conditions: {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`T#${tenant.id}`] },
            Null: { 'dynamodb:LeadingKeys': 'false' },
          },
        }),
      );
    }

    this.dataRole = new TenantDataRole(this, 'DataRole', {
      tenantId: tenant.id,
      roleName: props.dataRoleName,
      assumedBy: props.jobsRole ? [props.apiRole, props.jobsRole] : [props.apiRole],
      tables: this.table ? [props.pooledTable, this.table] : [props.pooledTable],
    }).role;

    this.usagePlan = new TenantUsagePlan(this, 'Usage', { tenant, stage: props.machineApiStage });

    props.identity.addTenant(this, tenant.id);

    // Cost allocation and audits find everything of one tenant (its table, role, key and plan) by this tag.
    Tags.of(this).add('lianjian:tenant', tenant.id);
  }
}
