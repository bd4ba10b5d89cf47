// Credentials of a tenant's data role, assumed with STS and limited by a session policy to the tenant's
// partition and the alliances it belongs to: a bug in application code still cannot cross tenants.
import { createHash, randomBytes } from 'node:crypto';
import { tenantPartition } from '../keys.ts';
import { assertRegion, parseRoleArnTemplate, tableArns } from './arn.ts';
import { TenantAccessError } from './errors.ts';
import { createExpiringCache } from './expiring-cache.ts';
import { assertTenantId, normalizeAllianceIds } from './ids.ts';
import { type PartitionNames, sessionPolicy } from './session-policy.ts';
import { type AssumeRole, createAssumeRole, type StsOptions, type TemporaryCredentials } from './sts.ts';
import type { TableRouter } from './table-routing.ts';

export interface TenantSession {
  readonly credentials: TemporaryCredentials;
  /** The RoleSessionName: CloudTrail shows it in every call made with these credentials. */
  readonly sessionName: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export interface TenantCredentialProvider {
  /** The tenant's session for exactly these alliances (ids are validated; order and repeats do not matter). */
  sessionFor(tenantId: string, allianceIds?: readonly string[]): Promise<TenantSession>;
}

export interface TenantCredentialProviderOptions {
  /** `TENANT_DATA_ROLE_ARN`, e.g. `arn:aws-cn:iam::123456789012:role/lianjian-tenant-{tenantId}`. */
  readonly roleArnTemplate: string;
  /** The region of the tables (and of STS unless `sts.endpoint` says otherwise). */
  readonly region: string;
  readonly tables: TableRouter;
  /** How STS is reached: the options of the SDK client, or (tests, other transports) the call itself. */
  readonly sts: Omit<StsOptions, 'region'> | { readonly assumeRole: AssumeRole };
  /** @default tenant: keys.ts `tenantPartition`; no alliance builder (alliances then fail clearly) */
  readonly partitions?: Partial<PartitionNames>;
  /** @default 3600: one AssumeRole per tenant and alliance set per hour and container */
  readonly durationSeconds?: number;
  /** @default 300, as the SDK's own refresh window, so both refresh together */
  readonly refreshMarginSeconds?: number;
  /** @default 256 cached sessions */
  readonly maxSessions?: number;
  /** Third part of the session name, telling containers apart. @default random, per provider */
  readonly instanceTag?: string;
  /** @default Date.now */
  readonly now?: () => number;
}

const SESSION_TAG = /^[\w+=,.@-]{1,12}$/;

/** Which alliance set a session covers, short enough for a session name (`0`: none). */
const allianceSetTag = (allianceIds: readonly string[]): string =>
  allianceIds.length === 0
    ? '0'
    : createHash('sha256').update(allianceIds.join(',')).digest('hex').slice(0, 8);

/** `<tenant>.<alliance set>.<container>`: one name per cache entry, at most 40 + 1 + 8 + 1 + 12 = 62 ≤ 64. */
export const sessionName = (tenantId: string, allianceIds: readonly string[], instanceTag: string): string =>
  `${tenantId}.${allianceSetTag(allianceIds)}.${instanceTag}`;

export const createTenantCredentialProvider = (
  options: TenantCredentialProviderOptions,
): TenantCredentialProvider => {
  const role = parseRoleArnTemplate(options.roleArnTemplate);
  const region = assertRegion(options.region);
  const durationSeconds = options.durationSeconds ?? 3600;
  const marginSeconds = options.refreshMarginSeconds ?? 300;
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 43_200)
    throw new TenantAccessError('access.config', `durationSeconds must be 900–43200: ${durationSeconds}`);
  if (!(marginSeconds >= 0 && marginSeconds < durationSeconds))
    throw new TenantAccessError('access.config', `refreshMarginSeconds must be below the duration`);
  const instanceTag = options.instanceTag ?? randomBytes(4).toString('hex');
  if (!SESSION_TAG.test(instanceTag))
    throw new TenantAccessError('access.config', `instanceTag must match ${SESSION_TAG}: ${instanceTag}`);
  const partitions: PartitionNames = { tenant: tenantPartition, ...options.partitions };
  const assumeRole =
    'assumeRole' in options.sts ? options.sts.assumeRole : createAssumeRole({ ...options.sts, region });
  const pooled = tableArns(role, region, options.tables.pooledTableName);
  const cache = createExpiringCache<TenantSession>({
    refreshMarginMs: marginSeconds * 1000,
    maxEntries: options.maxSessions ?? 256,
    now: options.now ?? Date.now,
  });

  const assume = async (tenantId: string, allianceIds: readonly string[]): Promise<TenantSession> => {
    const policy = sessionPolicy({
      tenantId,
      allianceIds,
      tenantTable: tableArns(role, region, options.tables.tableFor(tenantId)),
      allianceTable: pooled,
      partitions,
    });
    const roleArn = role.roleArn(tenantId);
    const name = sessionName(tenantId, allianceIds, instanceTag);
    try {
      const credentials = await assumeRole({ roleArn, sessionName: name, policy, durationSeconds });
      return { credentials, sessionName: name, expiresAt: credentials.expiration.getTime() };
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new TenantAccessError('access.assumeRoleFailed', `AssumeRole ${roleArn} failed (${why})`, {
        cause: error,
      });
    }
  };

  return {
    async sessionFor(tenantId, allianceIds = []) {
      assertTenantId(tenantId);
      const alliances = normalizeAllianceIds(allianceIds);
      return cache.get(`${tenantId} ${alliances.join(',')}`, () => assume(tenantId, alliances));
    },
  };
};
