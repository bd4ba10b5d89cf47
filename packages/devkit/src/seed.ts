// Demo data for a fresh local table: the tenant catalog, then the tenant records of Jinshan, Qixia, Baoshan and
// Songjiang (units, organisations, chains, coverage targets). Written through the services, so demo records
// are audited, counted and shaped like real ones.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '@lianjian/api';
import { type Principal, tenantCatalog, type WriteContext } from '@lianjian/core';
import { type StoreContext, seedMarkerKey } from '@lianjian/store';
import { seedTenantRecords } from './demo/tenant-records.ts';

/** Bumped when the demo data changes shape; delete `.data/` to reseed an existing local database. */
const SEED_NAME = 'DEMO#v2';
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
}

/** Seeds once per table: a marker item records that it ran. */
export const seedDemoData = async (store: StoreContext, services: Services): Promise<SeedSummary> => {
  const marker = seedMarkerKey(SEED_NAME);
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: marker, ConsistentRead: true }),
  );
  if (Item) return { seeded: false, tenants: 0, orgs: 0, units: 0, chains: 0 };

  for (const tenant of tenantCatalog) {
    await services.tenants.onboard(context(SEEDER), tenant);
  }

  const records = await seedTenantRecords(services, context);

  await store.doc.send(
    new PutCommand({ TableName: store.tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, tenants: tenantCatalog.length, ...records };
};
