// The services one app instance uses, wired to the store once per container.
import {
  type ActionItemService,
  type ActivityService,
  type AllianceService,
  type AuditRepository,
  activityDepartureSteps,
  type ChainService,
  type ChairService,
  type CharterService,
  type ClaimService,
  type CommitteeService,
  type CoverageService,
  createActionItemService,
  createActivityService,
  createAllianceService,
  createChainService,
  createChairService,
  createCharterService,
  createClaimService,
  createCommitteeService,
  createCoverageService,
  createDashboardService,
  createJobRunner,
  createLeaderboardService,
  createListService,
  createMatchService,
  createMeetingService,
  createMemberUnitService,
  createOrgService,
  createProblemService,
  createRegistrationService,
  createTenantService,
  createUnitService,
  type DashboardService,
  type ImportJobService,
  type JobRunner,
  type LeaderboardService,
  type ListService,
  listContributions,
  listDepartureSteps,
  type MatchService,
  type MeetingService,
  type MemberUnitService,
  meetingDepartureSteps,
  type OrgService,
  type ProblemService,
  problemDepartureStep,
  publicUnit,
  type RegistrationService,
  readAll,
  secretariatHeir,
  type Tenant,
  type TenantService,
  type UnitService,
  workspaceContributions,
} from '@lianjian/core';
import {
  createActivityRepository,
  createAllianceRepository,
  createAuditRepository,
  createChainRepository,
  createChairRepository,
  createCharterRepository,
  createClaimRepository,
  createCommitteeRepository,
  createCoverageRepository,
  createIdempotencyStore,
  createLeaderboardRepository,
  createListRepository,
  createMatchProfiles,
  createMeetingRepository,
  createMemberUnitRepository,
  createOrgRepository,
  createProblemRepository,
  createStatsRepository,
  createTenantRepository,
  createUnitRepository,
  type IdempotencyStore,
  type StoreContext,
} from '@lianjian/store';
import { createImportJobs, type ImportJobStarterKind } from './import-jobs.ts';

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
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  const allianceRepository = createAllianceRepository(store);
  const stats = createStatsRepository(store);
  const tenantRepository = createTenantRepository(store);
  const tenants = createTenantService(tenantRepository, {
    // Bound late: the alliance service needs the tenant registry too.
    leaveAlliances: (ctx, tenantId) => alliances.leaveAll(ctx, tenantId),
    allianceRecords: async function* (tenantId) {
      const links = allianceRepository.allTenantAlliances;
      yield* listContributions({ links, items: listDeps.items })(tenantId);
      yield* workspaceContributions({
        links,
        activities: activityRepository,
        problems: problemRepository,
        meetings: meetingRepository,
      })(tenantId);
    },
  });
  const listDeps = { items: createListRepository(store), claims: createClaimRepository(store) };
  const activityRepository = createActivityRepository(store);
  const memberUnitRepository = createMemberUnitRepository(store);
  const chairRepository = createChairRepository(store);
  const meetingRepository = createMeetingRepository(store);
  const problemRepository = createProblemRepository(store);
  // Who inherits a departed member's open work: the secretariat as it stands after the departure.
  const heir = secretariatHeir(allianceRepository);
  const committee = createCommitteeService(createCommitteeRepository(store));
  const memberUnits = createMemberUnitService({
    repo: memberUnitRepository,
    unit: async (tenantId, unitId) => {
      const unit = await unitRepository.get(tenantId, unitId);
      return unit && publicUnit(unit);
    },
    org: (tenantId, orgId) => orgRepository.get(tenantId, orgId),
  });
  const alliances = createAllianceService({
    repo: allianceRepository,
    tenants: (tenantId) => tenants.find(tenantId),
    departureSteps: [
      // A departed tenant's member units are withdrawn and its committee positions vacated.
      memberUnits.withdrawDeparted,
      committee.vacate,
      // Its open items are withdrawn (all marked as a former member's), its pending claims dropped.
      ...listDepartureSteps(listDeps),
      // Its activities not yet held are cancelled ("organiser left"), its people's registrations cancelled;
      // its open problems go back to the secretariat; its scheduled meetings and open action items pass to it.
      ...activityDepartureSteps(activityRepository),
      problemDepartureStep({ problems: problemRepository, heir }),
      ...meetingDepartureSteps({ meetings: meetingRepository, heir }),
    ],
  });
  const leaderboard = createLeaderboardService({
    repo: createLeaderboardRepository(store),
    stats,
    alliances: allianceRepository,
    allianceIds: allianceRepository.allIds,
  });
  const problems = createProblemService({
    problems: problemRepository,
    memberUnits: memberUnitRepository,
  });
  const orgs = createOrgService(orgRepository, unitRepository);
  const units = createUnitService(unitRepository);
  const chains = createChainService(
    chainRepository,
    unitRepository,
    async (tenantId, orgId) => (await orgRepository.get(tenantId, orgId)) !== undefined,
  );
  const importJobs = createImportJobs(
    store,
    { units, orgs, chains },
    options.importJobStarter ?? 'in-process',
  );
  return {
    tenants,
    orgs,
    units,
    chains,
    coverage: createCoverageService(createCoverageRepository(store), chainRepository),
    alliances,
    committee,
    chair: createChairService(chairRepository),
    charter: createCharterService(createCharterRepository(store)),
    memberUnits,
    lists: createListService(listDeps),
    claims: createClaimService(listDeps),
    matches: createMatchService(createMatchProfiles(store)),
    dashboard: createDashboardService({ alliances: allianceRepository, stats }),
    leaderboard,
    activities: createActivityService(activityRepository),
    registrations: createRegistrationService(activityRepository),
    problems,
    jobs: createJobRunner({
      leaderboard,
      problems,
      allianceIds: allianceRepository.allIds,
      importJobs,
      tenantIds: async () =>
        (await readAll<Tenant>((page) => tenantRepository.list(page)))
          .filter((tenant) => tenant.status === 'active' || tenant.status === 'suspended')
          .map((tenant) => tenant.id),
    }),
    importJobs,
    meetings: createMeetingService({ meetings: meetingRepository, chair: chairRepository }),
    actionItems: createActionItemService(meetingRepository),
    audit: createAuditRepository(store),
    idempotency: createIdempotencyStore(store),
  };
};
