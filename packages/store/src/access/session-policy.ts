// The session policy sent with AssumeRole. A session's permissions are the role's policy intersected with
// this one, so even a role that may touch the whole table reaches only the partitions named here.
import type { TableArns } from './arn.ts';
import { TenantAccessError } from './errors.ts';

/** STS rejects longer session policies (plaintext, before its own packing). */
export const SESSION_POLICY_MAX_CHARS = 2048;

/**
 * Request-path item actions only; a transaction is authorized per contained action. No Scan: it carries no
 * leading key, and `ForAllValues` is true on an absent key (the `Null` condition below shuts that door too).
 */
export const DATA_ACTIONS: readonly string[] = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'ConditionCheckItem',
].map((action) => `dynamodb:${action}`);

/** How partitions are named; the builders live in keys.ts, the only place keys are made. */
export interface PartitionNames {
  tenant(tenantId: string): string;
  /** Absent until alliance partitions exist; asking for alliances then fails clearly. */
  alliance?: ((allianceId: string) => string) | undefined;
}

export interface SessionPolicyInput {
  /** Validated tenant id. */
  readonly tenantId: string;
  /** Validated, sorted alliance ids the tenant belongs to (read at request time). */
  readonly allianceIds: readonly string[];
  /** The table holding the tenant's partition (its own table for a silo tenant). */
  readonly tenantTable: TableArns;
  /** The pooled table holding alliance partitions. */
  readonly allianceTable: TableArns;
  readonly partitions: PartitionNames;
}

/** The partition itself, and everything under it (index partitions `<partition>#…`). */
export const leadingKeyPatterns = (partition: string): string[] => [partition, `${partition}#*`];

/** One Allow statement per table, each limited to the leading keys that may live in it. */
export const sessionPolicy = (input: SessionPolicyInput): string => {
  const grants = new Map<string, { arns: TableArns; keys: string[] }>();
  const grant = (arns: TableArns, keys: string[]) => {
    const entry = grants.get(arns.table) ?? { arns, keys: [] };
    entry.keys.push(...keys);
    grants.set(arns.table, entry);
  };
  grant(input.tenantTable, leadingKeyPatterns(input.partitions.tenant(input.tenantId)));
  if (input.allianceIds.length > 0) {
    const alliance = input.partitions.alliance;
    if (!alliance)
      throw new TenantAccessError(
        'access.alliancesUnsupported',
        'no alliance partition builder is configured',
      );
    for (const id of input.allianceIds) grant(input.allianceTable, leadingKeyPatterns(alliance(id)));
  }
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [...grants.values()].map(({ arns, keys }) => ({
      Effect: 'Allow',
      Action: DATA_ACTIONS,
      Resource: [arns.table, ...arns.indexes],
      Condition: {
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': keys },
        Null: { 'dynamodb:LeadingKeys': 'false' },
      },
    })),
  });
  if (policy.length > SESSION_POLICY_MAX_CHARS)
    throw new TenantAccessError(
      'access.policyTooLarge',
      `tenant ${input.tenantId} with ${input.allianceIds.length} alliances needs a ${policy.length}-character ` +
        `session policy (STS allows ${SESSION_POLICY_MAX_CHARS}); pass only the alliances the request touches`,
    );
  return policy;
};
