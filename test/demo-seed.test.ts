// The demo data `npm start` seeds: written through the services, with the documents' numbers, exactly once.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { seedDemoData } from '@lianjian/devkit';
import { seedMarkerKey } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

type Json = Record<string, unknown>;

describe('demo data', () => {
  let h: Harness;
  let first: Awaited<ReturnType<typeof seedDemoData>>;
  beforeAll(async () => {
    h = await createHarness();
    first = await seedDemoData(h.store, h.services);
  }, 120_000);

  const get = async (tenant: string, path: string) => {
    const response = await h.call('GET', path, { as: { tenant, role: 'tenant_viewer' } });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  const allUnits = async (tenant: string) => {
    const units: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(tenant, `/v1/units?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      units.push(...(page.items as Json[]));
      cursor = page.nextCursor as string | undefined;
    } while (cursor);
    return units;
  };

  const alliancesOf = async (tenant: string) =>
    ((await get(tenant, '/v1/alliances?limit=100')).items as Json[]).map((alliance) => ({
      name: alliance.name,
      kind: alliance.kind,
      memberCount: alliance.memberCount,
      myRole: alliance.myRole,
    }));
  const LANGXIA = '廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委';
  const G60 = 'G60科创走廊党建联盟';
  const MINHANG = '闵行枢纽党建·城市连廊';

  it('seeds every tenant, the four tenants’ records and the three alliances once', async () => {
    expect(first).toMatchObject({ seeded: true, tenants: 21, alliances: 3, allianceMembers: 20 });
    expect(first.units).toBeGreaterThan(300);
    expect(await seedDemoData(h.store, h.services)).toMatchObject({ seeded: false, alliances: 0 });
    expect(await alliancesOf('sh-jinshan')).toHaveLength(1);
    expect(await alliancesOf('zj-jiaxing')).toHaveLength(2);
  });

  it('gives each alliance its secretariat and member tenants', async () => {
    expect(await alliancesOf('sh-jinshan')).toEqual([
      { name: LANGXIA, kind: 'cluster', memberCount: 3, myRole: 'secretariat' },
    ]);
    expect(await alliancesOf('sh-songjiang')).toEqual([
      { name: G60, kind: 'corridor', memberCount: 9, myRole: 'secretariat' },
    ]);
    expect(await alliancesOf('sh-minhang')).toEqual([
      { name: MINHANG, kind: 'hub', memberCount: 8, myRole: 'secretariat' },
    ]);
    for (const tenant of ['zj-jiaxing', 'ah-wuhu', 'js-suzhou']) {
      const mine = await alliancesOf(tenant);
      expect(mine.map((alliance) => alliance.name).sort(), tenant).toEqual([G60, MINHANG].sort());
      expect(mine.every((alliance) => alliance.myRole === 'member')).toBe(true);
    }
    expect((await alliancesOf('zj-pinghu')).map((alliance) => alliance.name)).toEqual([LANGXIA]);
    expect(await alliancesOf('js-qixia')).toEqual([]);

    const [g60] = ((await get('ah-hefei', '/v1/alliances')).items as Json[]).filter((a) => a.name === G60);
    const members = (await get('ah-hefei', `/v1/alliances/${g60?.id}/members?limit=100`)).items as Json[];
    expect(members.map((member) => member.tenantId).sort()).toEqual(
      [
        'sh-songjiang',
        'zj-jiaxing',
        'zj-hangzhou',
        'zj-jinhua',
        'zj-huzhou',
        'js-suzhou',
        'ah-xuancheng',
        'ah-wuhu',
        'ah-hefei',
      ].sort(),
    );
    expect(new Set(members.map((member) => member.status))).toEqual(new Set(['active']));
    expect(new Set(members.map((member) => member.province))).toEqual(new Set(['SH', 'ZJ', 'JS', 'AH']));
  });

  it('adds only the alliances to a table seeded by the previous version', async () => {
    const older = await createHarness();
    await older.store.doc.send(
      new PutCommand({ TableName: older.store.tableName, Item: { ...seedMarkerKey('DEMO#v2') } }),
    );
    // Only the DEMO#v2 marker: the records step is skipped, onboarding (idempotent) runs, the alliances are added.
    expect(await seedDemoData(older.store, older.services)).toMatchObject({
      seeded: true,
      tenants: 21,
      units: 0,
      orgs: 0,
      chains: 0,
      alliances: 3,
      allianceMembers: 20,
    });
    expect(await seedDemoData(older.store, older.services)).toMatchObject({ seeded: false });
  });

  it('gives Jinshan 216 enterprises and cooperatives with 1,021 Party members under eight cluster committees', async () => {
    const units = await allUnits('sh-jinshan');
    expect(units).toHaveLength(216);
    expect(units.reduce((sum, unit) => sum + Number(unit.partyMemberCount ?? 0), 0)).toBe(1021);
    const coverage = await get('sh-jinshan', '/v1/coverage');
    expect((coverage.total as Json).units).toBe(216);
    const chains = (coverage.categories as Json[]).filter((row) => row.dimension === 'chain');
    expect(chains).toHaveLength(8);
  });

  it('gives Qixia seven industry chains, each served by a functional branch, at 93% coverage', async () => {
    const coverage = await get('js-qixia', '/v1/coverage');
    expect(Math.round(Number((coverage.total as Json).rate) * 100)).toBe(93);
    const chains = (await get('js-qixia', '/v1/chains?limit=100')).items as Json[];
    expect(chains).toHaveLength(7);
    for (const chain of chains) {
      expect(chain.servingOrgId).toBeTruthy();
      const org = await get('js-qixia', `/v1/orgs/${chain.servingOrgId}`);
      expect(org.kind).toBe('functional_branch');
    }
  });

  it('gives Baoshan five chain alliances with member units, and Songjiang targets to measure against', async () => {
    const baoshan = (await get('sh-baoshan', '/v1/chains?limit=100')).items as Json[];
    expect(baoshan).toHaveLength(5);
    for (const chain of baoshan) expect(Number(chain.memberCount)).toBeGreaterThan(0);
    const songjiang = await get('sh-songjiang', '/v1/coverage');
    const withTargets = (songjiang.categories as Json[]).filter((row) => row.target !== undefined);
    expect(withTargets.length).toBeGreaterThanOrEqual(8);
  });
});
