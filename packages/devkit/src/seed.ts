// Demo data for a fresh local table: the tenant catalog, then the tenant records of Jinshan, Qixia, Baoshan and
// Songjiang (units, organisations, chains, coverage targets), then the three alliances of the documents with
// their member tenants, then their shared content (committee, rotating chair, member units, lists, claims,
// projects), then the problems raised and followed up in them (问题收集帮办). Written through the services, so
// demo records are audited, counted and shaped like real ones.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '@lianjian/api';
import { type Principal, tenantCatalog, type WriteContext } from '@lianjian/core';
import { type StoreContext, seedMarkerKey } from '@lianjian/store';
import { demoActivities, seedActivities } from './demo/activities.ts';
import { demoAlliances, langxiaAlliance } from './demo/alliance-charters.ts';
import { seedAllianceContent } from './demo/alliance-content.ts';
import { createAllianceContentAdapter } from './demo/alliance-content-adapter.ts';
import type { DemoAllianceKey } from './demo/alliance-types.ts';
import { seedAlliances } from './demo/alliances.ts';
import { seedLeaderboards } from './demo/leaderboards.ts';
import { type MeetingsSummary, seedMeetings } from './demo/meetings.ts';
import { NO_PROBLEMS, type ProblemSeedSummary, seedProblems } from './demo/problems.ts';
import { seedTenantRecords } from './demo/tenant-records.ts';
import { runSeedSteps, type SeedStep } from './seed-steps.ts';

/** The steps' markers (see `runSeedSteps`). */
const TENANTS_STEP = 'DEMO#tenants';
const RECORDS_STEP = 'DEMO#v2';
const ALLIANCES_STEP = 'DEMO#v3';
const CONTENT_STEP = 'DEMO#v4';
const ACTIVITIES_STEP = 'DEMO#v5-activities';
const PROBLEMS_STEP = 'DEMO#v5-problems';
const MEETINGS_STEP = 'DEMO#v5-meetings';
/** Last: the boards are computed from what every earlier step counted. */
const LEADERBOARDS_STEP = 'DEMO#v5-leaderboards';
const SEEDER: Principal = {
  kind: 'user',
  sub: 'demo-seeder',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

const context = (principal: Principal): WriteContext => ({ principal, requestId: 'seed', now: new Date() });

export interface SeedSummary extends ProblemSeedSummary {
  readonly seeded: boolean;
  readonly tenants: number;
  readonly orgs: number;
  readonly units: number;
  readonly chains: number;
  readonly alliances: number;
  /** Active alliance memberships, secretariats included. */
  readonly allianceMembers: number;
  /** The alliances' shared content. */
  readonly committeePositions: number;
  readonly chairSchedules: number;
  readonly memberUnits: number;
  /** Resources and needs. */
  readonly items: number;
  readonly claims: number;
  /** Claims accepted or declined. */
  readonly answers: number;
  readonly projects: number;
  /** Activities, the people registered for them, and the outcome figures recorded. */
  readonly activities: number;
  readonly activityRegistrations: number;
  readonly activityOutcomes: number;
  /** Meetings (held ones among them) and their action items (done ones among them). */
  readonly meetings: number;
  readonly meetingsHeld: number;
  readonly actionItems: number;
  readonly actionItemsDone: number;
  /** 先锋榜单 months computed (each alliance: the two months before this one, and this one). */
  readonly leaderboards: number;
}

const NO_CONTENT = {
  committeePositions: 0,
  chairSchedules: 0,
  memberUnits: 0,
  items: 0,
  claims: 0,
  answers: 0,
  projects: 0,
} as const;
const NO_ACTIVITIES = { activities: 0, activityRegistrations: 0, activityOutcomes: 0 } as const;
const NO_MEETINGS: MeetingsSummary = { meetings: 0, meetingsHeld: 0, actionItems: 0, actionItemsDone: 0 };
const NOTHING = {
  tenants: 0,
  orgs: 0,
  units: 0,
  chains: 0,
  alliances: 0,
  allianceMembers: 0,
  ...NO_CONTENT,
  ...NO_ACTIVITIES,
  ...NO_PROBLEMS,
  ...NO_MEETINGS,
  leaderboards: 0,
} as const;

const hasMarker = async (store: StoreContext, name: string): Promise<boolean> => {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: seedMarkerKey(name), ConsistentRead: true }),
  );
  return Item !== undefined;
};

const writeMarker = async (store: StoreContext, name: string): Promise<void> => {
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...seedMarkerKey(name), seededAt: new Date().toISOString() },
    }),
  );
};

/** What the steps share: the demo alliances' ids, from the alliances step or found again. */
interface SeedState {
  allianceIds: Partial<Record<DemoAllianceKey, string>>;
}

const seedSteps = (services: Services): SeedStep<SeedState, SeedSummary>[] => [
  {
    marker: TENANTS_STEP,
    run: async () => {
      // Onboarding is idempotent: tenants already active are left as they are.
      for (const tenant of tenantCatalog) await services.tenants.onboard(context(SEEDER), tenant);
      return { tenants: tenantCatalog.length };
    },
  },
  { marker: RECORDS_STEP, run: () => seedTenantRecords(services, context) },
  {
    marker: ALLIANCES_STEP,
    run: async (state) => {
      const seeded = await seedAlliances(services, context);
      state.allianceIds = { ...seeded.ids };
      return { alliances: seeded.alliances, allianceMembers: seeded.memberships };
    },
    recover: async (state) => {
      state.allianceIds = await seededAllianceIds(services);
    },
  },
  {
    marker: CONTENT_STEP,
    run: (state) => seedAllianceContent(createAllianceContentAdapter(services), context, state.allianceIds),
  },
  {
    marker: ACTIVITIES_STEP,
    run: async ({ allianceIds }) => {
      if (!allianceIds.langxia) return {};
      const seeded = await seedActivities(
        services,
        context,
        allianceIds.langxia,
        langxiaAlliance.secretariatTenantId,
        demoActivities.langxia,
      );
      return {
        activities: seeded.activities,
        activityRegistrations: seeded.registrations,
        activityOutcomes: seeded.outcomes,
      };
    },
  },
  { marker: PROBLEMS_STEP, run: ({ allianceIds }) => seedProblems(services, allianceIds) },
  { marker: MEETINGS_STEP, run: ({ allianceIds }) => seedMeetings(services, allianceIds) },
  { marker: LEADERBOARDS_STEP, run: ({ allianceIds }) => seedLeaderboards(services, allianceIds) },
];

/** Seeds once per table: each step once (see `runSeedSteps`). */
export const seedDemoData = async (store: StoreContext, services: Services): Promise<SeedSummary> => {
  const { ran, summary } = await runSeedSteps(
    { has: (marker) => hasMarker(store, marker), write: (marker) => writeMarker(store, marker) },
    seedSteps(services),
    { allianceIds: {} },
  );
  return { ...NOTHING, ...summary, seeded: ran.length > 0 };
};

/** The ids of the demo alliances an earlier run wrote: each found by name among its secretariat's alliances. */
const seededAllianceIds = async (services: Services): Promise<Partial<Record<DemoAllianceKey, string>>> => {
  const ids: Partial<Record<DemoAllianceKey, string>> = {};
  for (const alliance of demoAlliances) {
    const { items } = await services.alliances.list(alliance.secretariatTenantId, { limit: 100 });
    const found = items.find((candidate) => candidate.name === alliance.name);
    if (found) ids[alliance.key] = found.id;
  }
  return ids;
};
