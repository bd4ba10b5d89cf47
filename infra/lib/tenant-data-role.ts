// The IAM role the API assumes for one tenant's requests: DynamoDB actions only on that tenant's partitions
// (and, narrowed at AssumeRole time, its alliances'), so a bug in application code cannot cross tenants.
//
// How `dynamodb:LeadingKeys` behaves (DynamoDB Developer Guide, "Using IAM policy conditions for fine-grained
// access control"; IAM User Guide, "Single-valued vs. multivalued context keys"; DynamoDB Developer Guide,
// "Using IAM with DynamoDB transactions"):
// - It holds the partition key values a request names, as a set: one for GetItem/PutItem/UpdateItem/DeleteItem,
//   every item's for BatchGetItem/BatchWriteItem, and for a Query the key condition's partition value, which on
//   gsi1 is the `gsi1pk` (the guide grants LeadingKeys on a table and its index in one statement). Hence
//   `ForAllValues:StringLike` (the guide requires ForAllValues for this key): every value must match.
// - TransactWriteItems is authorised item by item as PutItem/UpdateItem/DeleteItem/ConditionCheckItem, each
//   with its own leading key, so a transaction touching another tenant's item fails as a whole.
// - ForAllValues is also true when the key is absent from the request, so `Null: false` requires it: should a
//   request ever carry no leading key (an index query included), it is denied, never let through.
// - Scan names no partition key and "returns all items regardless of the leading keys": it is not granted,
//   and an explicit Deny keeps a later, broader Allow from granting it.
//
// Alliances: the role allows `A#*`, every alliance partition, because IAM alone cannot know memberships. The API
// always assumes it with a session policy (STS AssumeRole `Policy`, built in packages/store/src/access) that
// allows the same actions on `T#<id>`, `T#<id>#*` in the tenant's table and on `A#<alliance>`, `A#<alliance>#*`
// in the pooled table for each alliance the tenant belongs to. A session's permissions are the intersection
// of the two policies, so it reaches only its own alliances. Sessions last at most an hour: the API's role
// chaining (Lambda role → data role) caps them there, whatever the role's maximum.
import { tableDefinition } from '@lianjian/store';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { REQUEST_PATH_ACTIONS } from './single-table.ts';

/**
 * The partition key patterns a tenant's role may name. Mirrors packages/store/src/keys.ts: items in `T#<id>`,
 * index partitions `T#<id>#…` (the `#` after the id keeps `sh-a` from matching `sh-a-b`), alliances `A#…`.
 */
export const tenantLeadingKeys = (tenantId: string): readonly string[] => [
  `T#${tenantId}`,
  `T#${tenantId}#*`,
  'A#*',
];

/** The table and each of its indexes by name: no `index/*` wildcard in a tenant's policy. */
export const tableResourceArns = (table: dynamodb.ITable): string[] => [
  table.tableArn,
  ...tableDefinition.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
];

/** The role's one policy document: the request-path actions under the leading-key condition, and no Scan. */
export const tenantDataPolicy = (
  tenantId: string,
  tables: readonly dynamodb.ITable[],
): iam.PolicyDocument => {
  const resources = tables.flatMap(tableResourceArns);
  return new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        sid: 'TenantPartitionsOnly',
        effect: iam.Effect.ALLOW,
        actions: [...REQUEST_PATH_ACTIONS],
        resources,
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...tenantLeadingKeys(tenantId)] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      }),
      new iam.PolicyStatement({
        sid: 'NeverScan',
        effect: iam.Effect.DENY,
        actions: ['dynamodb:Scan'],
        resources,
      }),
    ],
  });
};

export interface TenantDataRoleProps {
  readonly tenantId: string;
  /** The name the API's ARN template resolves to (see data-role-names.ts). */
  readonly roleName: string;
  /**
   * The only principals that may assume the role: the API function's execution role, and the jobs
   * function's (import jobs write a tenant's partition as the API would).
   */
  readonly assumedBy: readonly iam.IRole[];
  /** The pooled table, plus the tenant's own table for a silo tenant. */
  readonly tables: readonly dynamodb.ITable[];
}

/** One tenant's data role, trusting exactly the API function's role (and the jobs function's). */
export class TenantDataRole extends Construct {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: TenantDataRoleProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'Role', {
      roleName: props.roleName,
      description: `Lianjian data access for tenant ${props.tenantId}: its partitions only`,
      assumedBy: new iam.CompositePrincipal(
        ...props.assumedBy.map((role) => new iam.ArnPrincipal(role.roleArn)),
      ),
      inlinePolicies: { TenantData: tenantDataPolicy(props.tenantId, props.tables) },
    });
    // The caller's side of the trust: each trusted role lists each data role it may assume.
    for (const role of props.assumedBy) this.role.grantAssumeRole(role);
  }
}
