// Demo data for a fresh local table: the tenant catalog, then the tenant records of Jinshan, Qixia, Baoshan and
// Songjiang (units, organisations, chains, coverage targets), then the three alliances of the documents with
// their member tenants, then their shared content (committee, rotating chair, member units, lists, claims,
// projects). Written through the services, so demo records are audited, counted and shaped like real ones.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '@lianjian/api';
import { type Principal, tenantCatalog, type WriteContext } from '@lianjian/core';
import { type StoreContext, seedMarkerKey } from '@lianjian/store';
import { demoAlliances } from './demo/alliance-charters.ts';
import { seedAllianceContent } from './demo/alliance-content.ts';
import { createAllianceContentAdapter } from './demo/alliance-content-adapter.ts';
import type { DemoAllianceKey } from './demo/alliance-types.ts';
import { seedAlliances } from './demo/alliances.ts';
import { type MeetingsSummary, seedMeetings } from './demo/meetings.ts';
import { seedTenantRecords } from './demo/tenant-records.ts';

/**
 * One marker per step, written when the step has run: a database seeded by an older version (a `DEMO#v2`
 * marker: tenants and their records; `DEMO#v3`: and the alliances) gets only the steps it lacks. Bump the newest when the demo data changes
 * shape in a way an added step cannot express; then delete `.data/` to reseed an existing local database.
 */
const RECORDS_SEED_NAME = 'DEMO#v2';
const ALLIANCES_SEED_NAME = 'DEMO#v3';
const SEED_NAME = 'DEMO#v4';
/** Issue 6's meetings and action items: a step of its own, added to a table seeded up to `DEMO#v4`. */
const MEETINGS_SEED_NAME = 'DEMO#v5-meetings';
const SEEDER: Principal = {
  kind: 'user',
  sub: 'demo-seeder',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

const context = (principal: Principal): WriteContext => ({ principal, requestId: 'seed', now: new Date() });

export interface SeedSummary {
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
  /** Meetings (held ones among them) and their action items (done ones among them). */
  readonly meetings: number;
  readonly meetingsHeld: number;
  readonly actionItems: number;
  readonly actionItemsDone: number;
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
const NO_MEETINGS: MeetingsSummary = { meetings: 0, meetingsHeld: 0, actionItems: 0, actionItemsDone: 0 };
const NOTHING = {
  tenants: 0,
  orgs: 0,
  units: 0,
  chains: 0,
  alliances: 0,
  allianceMembers: 0,
  ...NO_CONTENT,
  ...NO_MEETINGS,
} as const;

const hasMarker = async (store: StoreContext, name: string): Promise<boolean> => {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: seedMarkerKey(name), ConsistentRead: true }),
  );
  return Item !== undefined;
};

const writeMarker = (store: StoreContext, name: string) =>
  store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...seedMarkerKey(name), seededAt: new Date().toISOString() },
    }),
  );

/** Seeds once per table: markers record the steps that ran. */
export const seedDemoData = async (store: StoreContext, services: Services): Promise<SeedSummary> => {
  if (await hasMarker(store, SEED_NAME)) {
    if (await hasMarker(store, MEETINGS_SEED_NAME)) return { seeded: false, ...NOTHING };
    return {
      seeded: true,
      ...NOTHING,
      ...(await seedMeetingsStep(store, services, await seededAllianceIds(services))),
    };
  }

  // Onboarding is idempotent: tenants already active are left as they are.
  for (const tenant of tenantCatalog) {
    await services.tenants.onboard(context(SEEDER), tenant);
  }

  let records = { units: 0, chains: 0, orgs: 0 };
  if (!(await hasMarker(store, RECORDS_SEED_NAME))) {
    records = await seedTenantRecords(services, context);
    await writeMarker(store, RECORDS_SEED_NAME);
  }

  let alliances = { alliances: 0, memberships: 0 };
  let allianceIds: Partial<Record<DemoAllianceKey, string>>;
  if (await hasMarker(store, ALLIANCES_SEED_NAME)) {
    allianceIds = await seededAllianceIds(services);
  } else {
    const seeded = await seedAlliances(services, context);
    alliances = seeded;
    allianceIds = { ...seeded.ids };
    await writeMarker(store, ALLIANCES_SEED_NAME);
  }

  const content = await seedAllianceContent(createAllianceContentAdapter(services), context, allianceIds);
  await writeMarker(store, SEED_NAME);
  const meetings = await seedMeetingsStep(store, services, allianceIds);
  return {
    seeded: true,
    tenants: tenantCatalog.length,
    ...records,
    alliances: alliances.alliances,
    allianceMembers: alliances.memberships,
    ...content,
    ...meetings,
  };
};

/** The meetings step, then its marker. */
const seedMeetingsStep = async (
  store: StoreContext,
  services: Services,
  allianceIds: Partial<Record<DemoAllianceKey, string>>,
): Promise<MeetingsSummary> => {
  const meetings = await seedMeetings(services, allianceIds);
  await writeMarker(store, MEETINGS_SEED_NAME);
  return meetings;
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
