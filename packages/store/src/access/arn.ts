// ARNs: the tenant data role's, rendered from a template such as
// `arn:aws-cn:iam::123456789012:role/lianjian/tenant-data-{tenantId}`, and the tables a session policy names.
import { tableDefinition } from '../table.ts';
import { TenantAccessError } from './errors.ts';

const PLACEHOLDER = '{tenantId}';
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]+$/;
const ROLE_NAME_MAX = 64;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export interface RoleArnTemplate {
  /** `aws` or `aws-cn`: the tables live in the same partition and account as the roles. */
  readonly partition: string;
  readonly accountId: string;
  /** The role of one (already validated) tenant. */
  roleArn(tenantId: string): string;
}

export const parseRoleArnTemplate = (template: string): RoleArnTemplate => {
  const invalid = (why: string) =>
    new TenantAccessError('access.config', `TENANT_DATA_ROLE_ARN ${why}: ${JSON.stringify(template)}`);
  if (template.split(PLACEHOLDER).length !== 2) throw invalid(`must contain ${PLACEHOLDER} exactly once`);
  const match = ROLE_ARN.exec(template.replace(PLACEHOLDER, 'sh-x'));
  if (!match) throw invalid('is not an IAM role ARN');
  const [, partition = '', accountId = ''] = match;
  return {
    partition,
    accountId,
    roleArn(tenantId) {
      const arn = template.replace(PLACEHOLDER, tenantId);
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      if (name.length > ROLE_NAME_MAX)
        throw new TenantAccessError('access.config', `role name over ${ROLE_NAME_MAX} characters: ${name}`);
      return arn;
    },
  };
};

export const assertRegion = (region: string): string => {
  if (!REGION.test(region)) throw new TenantAccessError('access.config', `not an AWS region: ${region}`);
  return region;
};

export interface TableArns {
  readonly table: string;
  /** Each index by name, as the role's own policy names them: a Query on gsi1 is authorized against it. */
  readonly indexes: readonly string[];
}

export const tableArns = (
  role: Pick<RoleArnTemplate, 'partition' | 'accountId'>,
  region: string,
  tableName: string,
): TableArns => {
  const table = `arn:${role.partition}:dynamodb:${region}:${role.accountId}:table/${tableName}`;
  return { table, indexes: tableDefinition.indexes.map((index) => `${table}/index/${index.name}`) };
};
