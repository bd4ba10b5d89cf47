// Names of the per-tenant data roles, and the ARN template the API resolves per request. The names must be
// predictable (the API builds the ARN from the tenant id) and unique in the account (IAM names are global).
import { Fn, Stack, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { stackGuidPrefix } from './stack-unique.ts';

/** The placeholder the API replaces with the tenant id in `TENANT_DATA_ROLE_ARN`. */
export const TENANT_ID_PLACEHOLDER = '{tenantId}';

const MAX_ROLE_NAME = 64;
const MAX_TENANT_ID = 40;
/** What is left of IAM's 64 characters once the longest tenant id is in. */
export const MAX_PREFIX = MAX_ROLE_NAME - MAX_TENANT_ID;

/**
 * `lj-<8 hex>-` from the stack's GUID: two stacks in one account (two stages, or one stack name in two
 * regions) never share role names, and 12 characters leave room for the longest tenant id.
 */
const stackUniquePrefix = (): string => Fn.join('', ['lj-', stackGuidPrefix(), '-']);

/** The role name prefix: the given one (checked against IAM's rules), else one unique to the stack. */
export const dataRoleNamePrefix = (given?: string): string => {
  if (given === undefined) return stackUniquePrefix();
  if (!Token.isUnresolved(given) && !(/^[\w+=,.@-]+$/.test(given) && given.length <= MAX_PREFIX)) {
    throw new Error(`data role name prefix "${given}" must be 1-${MAX_PREFIX} of [A-Za-z0-9+=,.@_-]`);
  }
  return given;
};

export const dataRoleName = (prefix: string, tenantId: string): string => `${prefix}${tenantId}`;

/** `arn:<partition>:iam::<account>:role/<prefix>{tenantId}`, resolved by CloudFormation. */
export const dataRoleArnTemplate = (scope: Construct, prefix: string): string =>
  Stack.of(scope).formatArn({
    service: 'iam',
    region: '',
    resource: 'role',
    resourceName: dataRoleName(prefix, TENANT_ID_PLACEHOLDER),
  });
