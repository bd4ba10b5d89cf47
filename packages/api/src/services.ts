// The services one app instance uses, wired to the store once per container. They are built in groups
// (services/*.ts) so the Lambda entry can load a group's code only when a route needs it
// (services/lazy.ts); `createServices` builds every group at once (tests, the local server, jobs).
import type {
  ActionItemService,
  ActivityService,
  AllianceService,
  AuditRepository,
  ChainService,
  ChairService,
  CharterService,
  ClaimService,
  CommitteeService,
  CoverageService,
  DashboardService,
  ImportJobService,
  JobRunner,
  LeaderboardService,
  ListService,
  MatchService,
  MeetingService,
  MemberUnitService,
  OrgService,
  ProblemService,
  RegistrationService,
  TenantService,
  UnitService,
} from '@lianjian/core';
import type { IdempotencyStore, StoreContext } from '@lianjian/store';
import type { ImportJobStarterKind } from './import-jobs.ts';
import { allianceRecordsOf } from './services/alliance-records.ts';
import { type AllianceServices, createAllianceServices } from './services/alliances.ts';
import { createImportServices } from './services/imports.ts';
import { createInsightServices } from './services/insights.ts';
import { createJobServices } from './services/jobs.ts';
import { createRecordServices } from './services/records.ts';
import { createTenantServices } from './services/tenants.ts';

export interface Services {
  readonly tenants: TenantService;
  readonly orgs: OrgService;
  readonly units: UnitService;
  readonly chains: ChainService;
  readonly coverage: CoverageService;
  readonly alliances: AllianceService;
  readonly committee: CommitteeService;
  readonly chair: ChairService;
  readonly charter: CharterService;
  readonly memberUnits: MemberUnitService;
  /** The alliance's resource, need and project lists. */
  readonly lists: ListService;
  readonly claims: ClaimService;
  /** 供需对接: resources ranked for a need and needs for a resource. */
  readonly matches: MatchService;
  /** The alliance dashboard, from the counters the writes keep. */
  readonly dashboard: DashboardService;
  /** 先锋榜单: weights, monthly boards and the job that computes them. */
  readonly leaderboard: LeaderboardService;
  /** 活动: activities with quotas, and their registrations and attendance. */
  readonly activities: ActivityService;
  readonly registrations: RegistrationService;
  /** 问题收集帮办: problems raised, routed, followed to resolution and escalated when overdue. */
  readonly problems: ProblemService;
  /** The scheduled jobs and import job runs (functions/jobs; `npm run job -- <name>` locally). */
  readonly jobs: JobRunner;
  /** Asynchronous imports (`POST /v1/imports?async=true`): started here, written by `jobs.runImport`. */
  readonly importJobs: ImportJobService;
  /** 联席会议 / 党委会议: meetings, the cadence and the next meeting due. */
  readonly meetings: MeetingService;
  /** Meetings' action items, tracked to completion. */
  readonly actionItems: ActionItemService;
  readonly audit: AuditRepository;
  readonly idempotency: IdempotencyStore;
}

export interface ServicesOptions {
  /**
   * Who starts import job runs: `stream` in AWS (the table's stream invokes the jobs function), `in-process`
   * where nothing else would (`npm start`, tests, benches). @default 'in-process'
   */
  readonly importJobStarter?: ImportJobStarterKind;
}

export const createServices = (store: StoreContext, options: ServicesOptions = {}): Services => {
  // Bound late: the tenant registry offboards through the alliance group, which needs the registry first.
  let alliances: AllianceServices | undefined;
  const tenantGroup = createTenantServices(store, {
    leaveAlliances: (ctx, tenantId) => (alliances as AllianceServices).alliances.leaveAll(ctx, tenantId),
    allianceRecords: allianceRecordsOf(store),
  });
  alliances = createAllianceServices(store, tenantGroup.tenants);
  const records = createRecordServices(store);
  const imports = createImportServices(store, records, options);
  const insights = createInsightServices(store);
  return {
    ...tenantGroup,
    ...records,
    ...imports,
    ...alliances,
    ...insights,
    ...createJobServices(store, { ...imports, ...insights }),
  };
};
