// Demo data for a fresh local table: the tenant catalog and Jinshan's cluster Party committees.
// Written through the services, so demo records are audited and shaped like real ones.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Services } from '@lianjian/api';
import { type Principal, tenantCatalog, type WriteContext } from '@lianjian/core';
import { type StoreContext, seedMarkerKey } from '@lianjian/store';
import { jinshanOrgs } from './demo/jinshan-orgs.ts';

const SEED_NAME = 'DEMO#v1';
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
}

/** Seeds once per table: a marker item records that it ran. */
export const seedDemoData = async (store: StoreContext, services: Services): Promise<SeedSummary> => {
  const marker = seedMarkerKey(SEED_NAME);
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: marker, ConsistentRead: true }),
  );
  if (Item) return { seeded: false, tenants: 0, orgs: 0 };

  for (const tenant of tenantCatalog) {
    await services.tenants.onboard(context(SEEDER), tenant);
  }

  const jinshanStaff: Principal = {
    ...SEEDER,
    sub: 'demo-seeder-jinshan',
    tenantId: 'sh-jinshan',
    roles: ['tenant_admin'],
  };
  const idsByKey = new Map<string, string>();
  for (const { key, parentKey, ...fields } of jinshanOrgs) {
    const parentId = parentKey === undefined ? undefined : idsByKey.get(parentKey);
    const org = await services.orgs.create(context(jinshanStaff), 'sh-jinshan', {
      ...fields,
      ...(parentId === undefined ? {} : { parentId }),
    });
    idsByKey.set(key, org.id);
  }

  await store.doc.send(
    new PutCommand({ TableName: store.tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, tenants: tenantCatalog.length, orgs: jinshanOrgs.length };
};
