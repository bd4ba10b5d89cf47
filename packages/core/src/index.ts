// @lianjian/core: domain types, schemas, rules and services. No AWS, no HTTP.

export {
  activityStatusDeltas,
  attendanceDeltas,
  outcomeDeltas,
  registrationDeltas,
} from './activities/counters.ts';
export { activityDepartureSteps, ORGANISER_LEFT } from './activities/departure.ts';
export {
  createRegistrationService,
  type RegistrationService,
} from './activities/registrations.ts';
export type {
  ActivityChange,
  ActivityFilter,
  ActivityRepository,
  NewRegistration,
  RegistrationChange,
} from './activities/repository.ts';
export { normalInstant, type Pool, registrationRefusal, unallocatedPlaces } from './activities/rules.ts';
export {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityKind,
  type ActivityTransitionInput,
  activitySchemas,
  type CreateActivity,
  type CreateRegistration,
  type ListActivitiesQuery,
  MAX_CAPACITY,
  MAX_OUTCOMES,
  OUTCOME_QUALIFIERS,
  type Outcome,
  RATE_UNIT,
  type Registration,
  type StoredActivity,
  type UpdateActivity,
} from './activities/schema.ts';
export { type ActivityService, createActivityService } from './activities/service.ts';
export {
  ACTIVITY_ACTIONS,
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUSES,
  ACTIVITY_TRANSITIONS,
  type ActivityAction,
  type ActivityStatus,
  activityStatusLabel,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from './activities/status.ts';
export { presentActivity } from './activities/view.ts';
export {
  type AllianceWriteMeta,
  allianceWriteMeta,
  type FeedSubject,
  feedEvent,
} from './alliances/feed.ts';
export { type HeirLookup, secretariatHeir } from './alliances/heir.ts';
export type {
  AllianceRepository,
  AllianceState,
  CharterVersion,
  FeedQuery,
  MemberChange,
  MembershipCount,
  StoredAlliance,
  TenantAllianceLink,
} from './alliances/repository.ts';
export {
  ALLIANCE_KINDS,
  ALLIANCE_ROLES,
  type Alliance,
  type AllianceKind,
  type AllianceMember,
  type AllianceMembership,
  type AllianceRole,
  allianceSchemas,
  type CreateAlliance,
  type FeedEvent,
  INVITATION_DAYS,
  type Invitation,
  MAX_ALLIANCE_MEMBERS,
  type UpdateAlliance,
} from './alliances/schema.ts';
export {
  type AllianceService,
  type AllianceServiceDeps,
  createAllianceService,
  type DepartureStep,
  type ListedMember,
  type TenantLookup,
} from './alliances/service.ts';
export {
  WORKSPACE_ENTITIES,
  type WorkspaceContributionDeps,
  workspaceContributions,
} from './alliances/workspace-export.ts';
export type { AuditRepository } from './audit/repository.ts';
export { auditSchemas } from './audit/schema.ts';
export type { ChainRepository } from './chains/repository.ts';
export { type Chain, type CreateChain, chainSchemas, type UpdateChain } from './chains/schema.ts';
export { type ChainService, createChainService, type OrgExists } from './chains/service.ts';
export type { ClaimDecision, ClaimRepository } from './claims/repository.ts';
export { claimRefusal, itemRefusal, linkRefusal } from './claims/rules.ts';
export {
  type Claim,
  type ClaimDecisionInput,
  type CreateClaim,
  claimSchemas,
  MAX_PENDING_CLAIMS,
} from './claims/schema.ts';
export { type ClaimService, type ClaimServiceDeps, createClaimService } from './claims/service.ts';
export { FLAG_LABELS, KIND_LABELS } from './coverage/labels.ts';
export type { CoverageRepository, StoredTargets } from './coverage/repository.ts';
export {
  COVERAGE_DIMENSIONS,
  type Coverage,
  type CoverageRow,
  type CoverageTargets,
  coverageSchemas,
  isCoverageCategory,
} from './coverage/schema.ts';
export { type CoverageService, coverageRate, createCoverageService } from './coverage/service.ts';
export { type Figures, figuresOf } from './dashboard/figures.ts';
export { type Dashboard, dashboardSchemas } from './dashboard/schema.ts';
export {
  createDashboardService,
  type DashboardService,
  type DashboardServiceDeps,
} from './dashboard/service.ts';
export {
  type ChairAnchor,
  type ChairRotation,
  type ChairState,
  type ChairTerm,
  deriveChair,
  type RotationMember,
} from './governance/chair.ts';
export { type ChairService, createChairService } from './governance/chair-service.ts';
export { type CharterService, createCharterService } from './governance/charter.ts';
export { type CommitteeService, committeeOrder, createCommitteeService } from './governance/committee.ts';
export type {
  AllianceScope,
  ChairRepository,
  CharterRepository,
  CommitteeRepository,
  PositionChange,
  StoredSchedule,
} from './governance/repository.ts';
export {
  type ChairHandover,
  type ChairScheduleInput,
  type ChairView,
  type Charter,
  type CharterSummary,
  COMMITTEE_ROLES,
  type CommitteePosition,
  type CommitteeRole,
  type CreateCharterVersion,
  type CreateHandover,
  type CreatePosition,
  governanceSchemas,
  MAX_COMMITTEE_POSITIONS,
  type UpdatePosition,
} from './governance/schema.ts';
export {
  type Column,
  columnsOf,
  columnWidths,
  createImportJobService,
  createImportService,
  type DescribeIssue,
  headerRow,
  IMPORT_JOB_STATUSES,
  IMPORT_KINDS,
  IMPORT_MODES,
  type ImportCheck,
  type ImportDeps,
  type ImportJob,
  type ImportJobDeps,
  type ImportJobProgress,
  type ImportJobRepository,
  type ImportJobService,
  type ImportJobStatus,
  type ImportKind,
  type ImportMode,
  type ImportOptions,
  ImportRejectedError,
  type ImportReport,
  type ImportRow,
  type ImportRunOptions,
  type ImportService,
  type ImportSweepOutcome,
  importJobView,
  importSchemas,
  isImportRejected,
  type JobStarter,
  MAX_FAILED_RUNS,
  normalizeHeader,
  ORG_COLUMNS,
  ORG_KIND_LABELS,
  OWNERSHIP_LABELS,
  type RowRejection,
  rowOfStored,
  rowsPerChunk,
  SHEET_FORMATS,
  type SheetFileFormat,
  STALE_QUEUED_MS,
  type StoredImportJob,
  type StoredRow,
  storedRow,
  type Text,
  UNIT_COLUMNS,
  UNIT_KIND_LABELS,
} from './imports/index.ts';
export {
  createJobRunner,
  type ImportJobEvent,
  isImportJobEvent,
  isJobName,
  JOB_NAMES,
  type JobName,
  type JobRunner,
  jobPrincipal,
} from './jobs/runner.ts';
export { rankMembers } from './leaderboard/rank.ts';
export type { LeaderboardRepository } from './leaderboard/repository.ts';
export {
  DEFAULT_WEIGHTS,
  LEADERBOARD_MEASURES,
  type Leaderboard,
  type LeaderboardMeasure,
  leaderboardSchemas,
  MEASURE_LABELS,
  type StoredWeights,
  type Weights,
} from './leaderboard/schema.ts';
export {
  createLeaderboardService,
  type LeaderboardService,
  type LeaderboardServiceDeps,
  previousMonth,
} from './leaderboard/service.ts';
export { listDepartureSteps } from './lists/departure.ts';
export { ALLIANCE_ITEM_ENTITY, listContributions } from './lists/export.ts';
export { ITEM_CATEGORY_LABELS, LIST_STATUS_LABELS, statusLabel } from './lists/labels.ts';
export type {
  ItemChange,
  ItemFilter,
  ListRepository,
  ListScope,
} from './lists/repository.ts';
export {
  CLAIMABLE_KINDS,
  type ClaimableKind,
  type CreateClaimableItem,
  type CreateListItem,
  type CreateProject,
  ITEM_CATEGORIES,
  type ItemCategory,
  isClaimable,
  LIST_KINDS,
  type ListItem,
  type ListItemsQuery,
  type ListKind,
  listSchemas,
  MODERATION_ACTIONS,
  type Moderation,
  type ModerationAction,
  type ProjectLinks,
  type StoredListItem,
  type UpdateListItem,
} from './lists/schema.ts';
export { createListService, type ListService, type ListServiceDeps } from './lists/service.ts';
export {
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  type ClaimAction,
  type ClaimStatus,
  displayedStatus,
  ITEM_STATUSES,
  ITEM_TRANSITIONS,
  type ItemAction,
  type ItemStatus,
  STORED_ITEM_STATUSES,
  type StoredItemStatus,
} from './lists/status.ts';
export { presentItem } from './lists/view.ts';
export {
  MATCHABLE_KINDS,
  type MatchableItem,
  type MatchableKind,
  type MatchProfile,
  packProfile,
  profileOf,
  unpackProfile,
} from './matching/profile.ts';
export {
  MATCH_WEIGHTS,
  type Match,
  type MatchExplanation,
  type RankOptions,
  type RegionLevel,
  rankMatches,
  regionLevel,
} from './matching/score.ts';
export {
  COUNTERPART,
  createMatchService,
  type MatchProfiles,
  type MatchService,
} from './matching/service.ts';
export { MAX_TERMS, matchTerms } from './matching/terms.ts';
export { type ActionItemService, createActionItemService } from './meetings/action-items.ts';
export { actionItemDeltas, meetingDeltas } from './meetings/counters.ts';
export { meetingDepartureSteps } from './meetings/departure.ts';
export { chairOn, meetingInstant } from './meetings/host.ts';
export { type DatedMeeting, nextMeeting } from './meetings/next-due.ts';
export type {
  ActionItemWrite,
  MeetingFilter,
  MeetingRepository,
  MeetingScope,
  MeetingWrite,
} from './meetings/repository.ts';
export { mayManage, meetingSubject } from './meetings/rules.ts';
export {
  type ActionItem,
  type ActionItemsQuery,
  type CreateActionItem,
  type CreateMeeting,
  type HoldMeeting,
  MAX_CADENCE_MONTHS,
  MEETING_KINDS,
  type Meeting,
  type MeetingCadence,
  type MeetingCadenceInput,
  type MeetingKind,
  type MeetingsQuery,
  meetingSchemas,
  type NextMeeting,
  type UpdateActionItem,
  type UpdateMeeting,
} from './meetings/schema.ts';
export {
  createMeetingService,
  type MeetingService,
  type MeetingServiceDeps,
} from './meetings/service.ts';
export {
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TRANSITIONS,
  type ActionItemStatus,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  MEETING_TRANSITIONS,
  type MeetingStatus,
} from './meetings/status.ts';
export type {
  DepartedMemberUnit,
  MemberUnitChange,
  MemberUnitRepository,
  MemberUnitSource,
} from './member-units/repository.ts';
export {
  type EnrolMemberUnit,
  type ListMemberUnitsQuery,
  MEMBER_UNIT_KINDS,
  type MemberUnit,
  type MemberUnitKind,
  memberUnitSchemas,
  SHAREABLE_ORG_FIELDS,
  SHAREABLE_UNIT_FIELDS,
  type ShareableField,
  type StoredMemberUnit,
  type UpdateMemberUnit,
} from './member-units/schema.ts';
export {
  createMemberUnitService,
  type MemberUnitService,
  type MemberUnitServiceDeps,
} from './member-units/service.ts';
export type { OrgChange, OrgRepository } from './orgs/repository.ts';
export {
  type CreateOrg,
  type ListOrgsQuery,
  MAX_HOST_UNITS,
  ORG_KINDS,
  type Org,
  type OrgKind,
  orgSchemas,
  type UpdateOrg,
} from './orgs/schema.ts';
export { createOrgService, type OrgService } from './orgs/service.ts';
export { escalationDeltas, problemDeltas, problemShare } from './problems/counters.ts';
export { problemDepartureStep, returnedToSecretariat } from './problems/departure.ts';
export type {
  ProblemChange,
  ProblemFilter,
  ProblemRepository,
  ProblemScope,
} from './problems/repository.ts';
export {
  type CloseProblem,
  type CreateProblem,
  type CreateProblemComment,
  type Escalation,
  MAX_DUE_DAYS,
  PROBLEM_CATEGORIES,
  PROBLEM_URGENCIES,
  type Problem,
  type ProblemCategory,
  type ProblemComment,
  type ProblemListQuery,
  type ProblemUrgency,
  problemSchemas,
  type ReassignProblem,
  type RejectProblem,
  type ReopenProblem,
  type ResolveProblem,
  type StoredProblem,
} from './problems/schema.ts';
export {
  createProblemService,
  ESCALATION_BATCH,
  type ProblemService,
  type ProblemServiceDeps,
} from './problems/service.ts';
export {
  isOpenProblem,
  isOverdue,
  OPEN_PROBLEM_STATUSES,
  PROBLEM_STATUS_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_TRANSITIONS,
  type ProblemAction,
  type ProblemStatus,
  problemStatusLabel,
} from './problems/status.ts';
export { needsEscalation } from './problems/steps.ts';
export { presentProblem } from './problems/view.ts';
export {
  type Access,
  ALLIANCE_MEMBER_ADMIN,
  ALLIANCE_READ,
  ALLIANCE_WRITE,
  INVITEE_ADMIN,
  isAllowed,
  OWN_TENANT_ADMIN,
  PLATFORM_ADMIN,
  PUBLIC,
  reachesTenant,
  SECRETARIAT_ADMIN,
  SECRETARIAT_READ,
  SECRETARIAT_WRITE,
  SIGNED_IN,
  TENANT_ADMIN,
  TENANT_READ,
  TENANT_WRITE,
} from './shared/access.ts';
export { DomainError, type DomainErrorCode, type FieldIssue, isDomainError } from './shared/errors.ts';
export { ID_PATTERN, newId } from './shared/ids.ts';
export { allPages, readAll } from './shared/paging.ts';
export {
  isRole,
  isScope,
  type Principal,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
  TENANT_ROLES,
  type TenantRole,
} from './shared/principal.ts';
export { retryOnChange, retryOnConflict } from './shared/retry.ts';
export {
  once,
  type Page,
  type PageRequest,
  pageOf,
  schemaGroup,
  sharedSchemas,
  textLine,
} from './shared/schema.ts';
export { addMonths, shanghaiDate, shanghaiMidnight } from './shared/shanghai-time.ts';
export {
  type AuditEntry,
  auditEntry,
  type IdempotencyClaim,
  type WriteContext,
  type WriteMeta,
} from './shared/write.ts';
export {
  counted,
  countedInMonth,
  type StatDelta,
  shanghaiMonth,
  statusMoved,
  sumStats,
  type TenantStats,
} from './stats/deltas.ts';
export { claimDecisionStatDeltas, claimStatDeltas, itemStatDeltas } from './stats/list-stats.ts';
export type { StatsRepository, StatsScope } from './stats/repository.ts';
export { tenantCatalog } from './tenants/catalog.ts';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './tenants/export.ts';
export type { ExportedItem, TenantRepository } from './tenants/repository.ts';
export {
  type CreateTenant,
  type DeletionCertificate,
  isTenantId,
  PROVINCES,
  provinceOfCode,
  TENANT_ID_PATTERN,
  TENANT_STATUSES,
  type Tenant,
  tenantSchemas,
  type UpdateTenant,
} from './tenants/schema.ts';
export {
  createTenantService,
  type Onboarding,
  type TenantService,
  type TenantServiceOptions,
} from './tenants/service.ts';
export {
  type LeaseClock,
  type LeaseStart,
  leaseHolds,
  leaseStart,
  outlastLeases,
  systemLeaseClock,
  TENANT_STATUS_LEASE_MS,
} from './tenants/status-lease.ts';
export {
  ALL_UNITS,
  type CountDelta,
  type CoverageCategory,
  countDeltas,
  effectiveFlags,
  factsChanged,
  type UnitFacts,
  unitCategories,
} from './units/categories.ts';
export { type NewUnit, newStoredUnit, type UnitBatch } from './units/creation.ts';
export { creditCodeCheckChar, isCreditCode, makeCreditCode } from './units/credit-code.ts';
export type { StoredUnit, UnitCreation, UnitRepository, UnitTransition } from './units/repository.ts';
export {
  type CreateUnit,
  HUNDRED_PLUS_EMPLOYEES,
  type ListUnitsQuery,
  MAX_CHAINS_PER_UNIT,
  OWNERSHIPS,
  type Ownership,
  SETTABLE_UNIT_FLAGS,
  type SettableUnitFlag,
  UNIT_FLAGS,
  UNIT_KINDS,
  type Unit,
  type UnitFlag,
  type UnitKind,
  type UpdateUnit,
  unitSchemas,
} from './units/schema.ts';
export {
  changedFields,
  createUnitService,
  patchedUnit,
  publicUnit,
  type UnitService,
} from './units/service.ts';
