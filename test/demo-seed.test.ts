// The demo data `npm start` seeds: written through the services, with the documents' numbers, exactly once.
import { seedDemoData } from '@lianjian/devkit';
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

  it('seeds every tenant and the four tenants’ records once', async () => {
    expect(first).toMatchObject({ seeded: true, tenants: 21 });
    expect(first.units).toBeGreaterThan(300);
    expect(await seedDemoData(h.store, h.services)).toMatchObject({ seeded: false });
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
