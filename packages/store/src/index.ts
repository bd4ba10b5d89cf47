// @lianjian/store: the single table, its keys, and the repositories that read and write it.

export {
  type TenantAccessConfig,
  type TenantRoleConfig,
  tenantAccessConfigFromEnv,
} from './access/config.ts';
export { isTenantAccessError, TenantAccessError, type TenantAccessErrorCode } from './access/errors.ts';
export { type TenantDataAccessFromConfigOptions, tenantDataAccessFromConfig } from './access/from-config.ts';
export {
  DATA_ACTIONS,
  type PartitionNames,
  SESSION_POLICY_MAX_CHARS,
  sessionPolicy,
} from './access/session-policy.ts';
export type { AssumeRole, AssumeRoleRequest, TemporaryCredentials } from './access/sts.ts';
export { createTableRouter, parseSiloTables, type TableRouter } from './access/table-routing.ts';
export {
  createTenantCredentialProvider,
  type TenantCredentialProvider,
  type TenantCredentialProviderOptions,
  type TenantSession,
} from './access/tenant-credentials.ts';
export {
  createTenantDataAccess,
  type TenantDataAccess,
  type TenantDataAccessOptions,
  type TenantTable,
} from './access/tenant-data-access.ts';
export { createActivityRepository } from './activities.ts';
export { createClaimRepository } from './alliance-claims.ts';
export { createListRepository } from './alliance-items.ts';
export { type AllianceWriteTables, allianceWriteMetaOps, putFeedEventOp } from './alliance-meta.ts';
export { createStatsRepository, statOps } from './alliance-stats.ts';
export { createAllianceRepository } from './alliances.ts';
export { createAuditRepository } from './audit.ts';
export { bulkLoadNewUnits } from './bulk-load.ts';
export { createChainRepository } from './chains.ts';
export { type ContainerClientSettings, containerClientConfig } from './client-config.ts';
export { createDocumentClient, createStoreContext, type StoreContext } from './context.ts';
export { createCoverageRepository } from './coverage.ts';
export {
  type CursorCodec,
  type CursorKeyRing,
  createCursorCodec,
  newCursorKeySpec,
  parseCursorKeys,
} from './cursor.ts';
export { createChairRepository } from './governance/chair.ts';
export { createCharterRepository } from './governance/charter.ts';
export { createCommitteeRepository } from './governance/committee.ts';
export { createIdempotencyStore, type IdempotencyRecord, type IdempotencyStore } from './idempotency.ts';
export {
  importJobStreamFilter,
  importJobsOfStreamRecords,
  type StreamRecordKeys,
} from './import-job-stream.ts';
export { createImportJobRepository } from './import-jobs.ts';
export { createItemLoader, type ItemLoader } from './item-loader.ts';
export { alliancePartition, seedMarkerKey } from './keys.ts';
export { createLeaderboardRepository } from './leaderboard.ts';
export {
  createMatchProfiles,
  MATCH_SHARDS,
  type MatchIndexChange,
  matchIndexOps,
  readMatchProfiles,
  shardOf,
} from './match-index.ts';
export { createMeetingRepository } from './meetings/repository.ts';
export { createMemberUnitRepository } from './member-units.ts';
export { createOrgRepository } from './orgs.ts';
export { planProblemList } from './problem-plan.ts';
export { createProblemRepository } from './problems.ts';
export { createTableInput, DEFAULT_TABLE_NAME, tableDefinition } from './table.ts';
export { createTenantRepository } from './tenants.ts';
export { createUnitRepository } from './units.ts';
