// Consistency of the demo tenant records, and the seeder's writes checked against the core's create schemas.
// Pure: the services are an in-memory stand-in.
import {
  chainSchemas,
  coverageSchemas,
  isCoverageCategory,
  isCreditCode,
  newId,
  orgSchemas,
  type Principal,
  tenantCatalog,
  unitSchemas,
  type WriteContext,
} from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { baoshanRecords } from './baoshan-chains.ts';
import { jinshanOrgs } from './jinshan-orgs.ts';
import { jinshanRecords, jinshanUnits } from './jinshan-units.ts';
import { qixiaRecords } from './qixia-chains.ts';
import type { DemoTenantRecords } from './record-types.ts';
import { songjiangRecords } from './songjiang-units.ts';
import { demoTenantRecords, type RecordServices, seedTenantRecords } from './tenant-records.ts';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const keysOf = (items: readonly { key: string }[]) => new Set(items.map((item) => item.key));
/** Covered units (hosting at least one organisation) over all units of the tenant. */
const coverage = (records: DemoTenantRecords) => {
  const hosts = new Set(records.orgs.flatMap((org) => org.hostUnitKeys ?? []));
  const covered = records.units.filter((unit) => hosts.has(unit.key)).length;
  return { units: records.units.length, covered, rate: covered / records.units.length };
};

describe.each(demoTenantRecords.map((records) => [records.tenantId, records] as const))(
  'demo records of %s',
  (tenantId, records) => {
    const unitKeys = keysOf(records.units);
    const orgKeys = keysOf(records.orgs);

    it('belongs to a tenant of the catalog', () => {
      expect(tenantCatalog.map((tenant) => tenant.id)).toContain(tenantId);
    });

    it('has unique keys', () => {
      expect(unitKeys.size).toBe(records.units.length);
      expect(orgKeys.size).toBe(records.orgs.length);
      expect(keysOf(records.chains).size).toBe(records.chains.length);
    });

    it('has valid credit codes, unique within the tenant', () => {
      const codes = records.units.flatMap((unit) => (unit.creditCode === undefined ? [] : [unit.creditCode]));
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(isCreditCode(code), code).toBe(true);
      expect(new Set(codes).size).toBe(codes.length);
      const division = tenantCatalog.find((tenant) => tenant.id === tenantId)?.divisionCode;
      for (const code of codes) expect(code.slice(2, 8)).toBe(division);
    });

    it('has names, towns and descriptions within the limits', () => {
      const names = [...records.units, ...records.orgs, ...records.chains].map((item) => item.name);
      for (const name of names) {
        expect(name.trim()).toBe(name);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(100);
      }
      expect(new Set(records.units.map((unit) => unit.name)).size).toBe(records.units.length);
      for (const { town } of [...records.units, ...records.orgs]) {
        if (town === undefined) continue;
        expect(town).not.toContain('#');
        expect(town.length).toBeGreaterThan(0);
        expect(town.length).toBeLessThanOrEqual(50);
      }
      for (const chain of records.chains) expect((chain.description ?? '').length).toBeLessThanOrEqual(500);
    });

    it('names only keys written before, parents before children, 1-10 distinct hosts', () => {
      const seen = new Set<string>();
      for (const org of records.orgs) {
        if (org.parentKey !== undefined)
          expect(seen.has(org.parentKey), `${org.key} after its parent`).toBe(true);
        seen.add(org.key);
        if (org.hostUnitKeys === undefined) continue;
        expect(org.hostUnitKeys.length).toBeGreaterThanOrEqual(1);
        expect(org.hostUnitKeys.length).toBeLessThanOrEqual(10);
        expect(new Set(org.hostUnitKeys).size).toBe(org.hostUnitKeys.length);
        for (const key of org.hostUnitKeys)
          expect(unitKeys.has(key), `${org.key} hosted by ${key}`).toBe(true);
      }
      for (const chain of records.chains) {
        expect(chain.memberKeys.length).toBeGreaterThan(0);
        expect(new Set(chain.memberKeys).size).toBe(chain.memberKeys.length);
        for (const key of chain.memberKeys)
          expect(unitKeys.has(key), `${chain.key} member ${key}`).toBe(true);
        if (chain.leadUnitKey !== undefined) expect(chain.memberKeys).toContain(chain.leadUnitKey);
        if (chain.servingOrgKey !== undefined) expect(orgKeys.has(chain.servingOrgKey)).toBe(true);
      }
    });

    it('keeps a hosted organisation’s members equal to its hosts’ members, and a unit in at most 8 chains', () => {
      const units = new Map(records.units.map((unit) => [unit.key, unit]));
      for (const org of records.orgs) {
        const hosts = (org.hostUnitKeys ?? []).map((key) => units.get(key));
        const counts = hosts.map((unit) => unit?.partyMemberCount);
        if (hosts.length === 0 || counts.some((count) => count === undefined)) continue;
        expect(org.memberCount, org.key).toBe(sum(counts as number[]));
      }
      for (const unit of records.units) {
        expect(
          records.chains.filter((chain) => chain.memberKeys.includes(unit.key)).length,
        ).toBeLessThanOrEqual(8);
      }
    });
  },
);

describe('Jinshan: the eight pilot cluster committees', () => {
  const committees = jinshanOrgs.filter((org) => org.kind === 'cluster_committee');
  const orgsByKey = new Map(jinshanOrgs.map((org) => [org.key, org]));

  it('cover 216 enterprises and cooperatives with 1,021 Party members', () => {
    expect(committees).toHaveLength(8);
    expect(jinshanUnits).toHaveLength(216);
    expect(jinshanUnits.every((unit) => unit.kind === 'enterprise' || unit.kind === 'cooperative')).toBe(
      true,
    );
    expect(sum(jinshanUnits.map((unit) => unit.partyMemberCount ?? -1))).toBe(1021);
  });

  it('give every committee some units, and its branches exactly its units’ members', () => {
    for (const committee of committees) {
      const units = jinshanUnits.filter((unit) => unit.cluster === committee.key);
      expect(units.length, committee.key).toBeGreaterThanOrEqual(10);
      const branches = jinshanOrgs.filter((org) => org.parentKey === committee.key);
      expect(sum(branches.map((org) => org.memberCount))).toBe(
        sum(units.map((unit) => unit.partyMemberCount ?? 0)),
      );
      expect(committee.memberCount).toBe(0);
    }
    expect(new Set(jinshanUnits.map((unit) => unit.cluster))).toEqual(
      new Set(committees.map((org) => org.key)),
    );
  });

  it('host each branch under a committee in units of that committee; members only where a branch sits', () => {
    for (const unit of jinshanUnits) {
      if (unit.org === undefined) {
        expect(unit.partyMemberCount, unit.key).toBe(0);
        continue;
      }
      expect(orgsByKey.get(unit.org)?.parentKey, unit.key).toBe(unit.cluster);
      expect(unit.town).toBe(orgsByKey.get(unit.org)?.town);
    }
    const hosted = new Set(jinshanUnits.flatMap((unit) => (unit.org === undefined ? [] : [unit.org])));
    const branches = jinshanOrgs.filter(
      (org) => org.parentKey !== undefined && orgsByKey.get(org.parentKey)?.kind === 'cluster_committee',
    );
    expect(new Set(branches.map((org) => org.key))).toEqual(hosted);
    const { covered, rate } = coverage(jinshanRecords);
    expect(covered).toBe(122);
    expect(rate).toBeGreaterThan(0.5);
  });

  it('has the clusters as chains served by their committees, with each unit in its cluster', () => {
    expect(jinshanRecords.chains).toHaveLength(8);
    expect(new Set(jinshanRecords.chains.map((chain) => chain.servingOrgKey))).toEqual(
      new Set(committees.map((org) => org.key)),
    );
    expect(sum(jinshanRecords.chains.map((chain) => chain.memberKeys.length))).toBe(216);
  });
});

describe('Qixia: seven chains, a functional branch each, 93% coverage', () => {
  const orgs = new Map(qixiaRecords.orgs.map((org) => [org.key, org]));

  it('has seven chains, each served by its own functional branch led by the chain leader', () => {
    expect(qixiaRecords.chains).toHaveLength(7);
    const serving = qixiaRecords.chains.map((chain) => orgs.get(chain.servingOrgKey ?? ''));
    expect(new Set(serving).size).toBe(7);
    qixiaRecords.chains.forEach((chain, i) => {
      expect(serving[i]?.kind).toBe('functional_branch');
      expect(serving[i]?.secretaryName).toBe(chain.leader?.name);
      expect(chain.leadDepartment).toBeDefined();
    });
    expect(qixiaRecords.chains.map((chain) => chain.name)).toEqual(
      expect.arrayContaining([
        '新型电子信息产业链',
        '高端装备制造产业链',
        '生物医药产业链',
        '人工智能产业链',
      ]),
    );
  });

  it('covers 93% of its units, all of them enterprises in some chain', () => {
    const members = new Set(qixiaRecords.chains.flatMap((chain) => chain.memberKeys));
    expect(qixiaRecords.units.every((unit) => unit.kind === 'enterprise' && members.has(unit.key))).toBe(
      true,
    );
    const { rate } = coverage(qixiaRecords);
    expect(Math.round(rate * 100)).toBe(93);
    const functional = qixiaRecords.orgs.filter((org) => org.kind === 'functional_branch');
    expect(functional.every((org) => org.hostUnitKeys === undefined)).toBe(true);
  });
});

describe('Baoshan: five chain alliances', () => {
  it('has the five alliances, each led by a town committee hosting its town, with enterprises and departments', () => {
    expect(baoshanRecords.chains.map((chain) => chain.name)).toEqual([
      '生物医药产业链',
      '智能制造产业链',
      '先进材料产业链',
      '信息技术产业链',
      '节能环保产业链',
    ]);
    const units = new Map(baoshanRecords.units.map((unit) => [unit.key, unit]));
    const orgs = new Map(baoshanRecords.orgs.map((org) => [org.key, org]));
    for (const chain of baoshanRecords.chains) {
      const kinds = chain.memberKeys.map((key) => units.get(key)?.kind);
      expect(kinds.filter((kind) => kind === 'town')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'enterprise').length).toBeGreaterThanOrEqual(5);
      expect(kinds.filter((kind) => kind === 'department').length).toBeGreaterThanOrEqual(1);
      const leader = orgs.get(chain.servingOrgKey ?? '');
      expect(leader?.kind).toBe('committee');
      expect(units.get(leader?.hostUnitKeys?.[0] ?? '')?.kind).toBe('town');
    }
    expect(baoshanRecords.units.some((unit) => unit.name.includes('克来机电'))).toBe(true);
  });
});

describe('Songjiang: key industries and the eight 100% targets', () => {
  it('has the named clusters and eight targets at 100%', () => {
    const names = songjiangRecords.chains.map((chain) => chain.name);
    expect(names).toEqual(
      expect.arrayContaining(['人工智能产业集群', '集成电路产业集群', '生物医药产业集群']),
    );
    const targets = songjiangRecords.coverageTargets ?? {};
    expect(Object.keys(targets)).toHaveLength(8);
    expect(Object.values(targets).every((rate) => rate === 1)).toBe(true);
    expect(coverage(songjiangRecords).rate).toBeLessThan(1);
  });
});

describe('seedTenantRecords', () => {
  /** Stand-in services: parse every input with the core's create schema, hand out ids, record the writes. */
  const fakeServices = () => {
    const writes: { tenantId: string; what: string; id?: string; input?: unknown }[] = [];
    const ids = new Map<string, Set<string>>(); // tenantId/what -> ids written
    const remember = (tenantId: string, what: string, input: unknown) => {
      const id = newId();
      const bucket = ids.get(`${tenantId}/${what}`) ?? new Set<string>();
      bucket.add(id);
      ids.set(`${tenantId}/${what}`, bucket);
      writes.push({ tenantId, what, id, input });
      return Promise.resolve({ id });
    };
    const has = (tenantId: string, what: string, id: string | undefined) =>
      id !== undefined && (ids.get(`${tenantId}/${what}`)?.has(id) ?? false);
    const services: RecordServices = {
      units: {
        create: (_ctx, tenantId, input) => remember(tenantId, 'unit', unitSchemas().Create.parse(input)),
      },
      orgs: {
        create: (_ctx, tenantId, input) => {
          const org = orgSchemas().Create.parse(input);
          if (org.parentId !== undefined) expect(has(tenantId, 'org', org.parentId)).toBe(true);
          for (const id of org.hostUnitIds ?? []) expect(has(tenantId, 'unit', id)).toBe(true);
          return remember(tenantId, 'org', org);
        },
      },
      chains: {
        create: (_ctx, tenantId, input) => {
          const chain = chainSchemas().Create.parse(input);
          if (chain.leadUnitId !== undefined) expect(has(tenantId, 'unit', chain.leadUnitId)).toBe(true);
          if (chain.servingOrgId !== undefined) expect(has(tenantId, 'org', chain.servingOrgId)).toBe(true);
          return remember(tenantId, 'chain', chain);
        },
        addMember: (_ctx, tenantId, chainId, unitId) => {
          expect(has(tenantId, 'chain', chainId) && has(tenantId, 'unit', unitId)).toBe(true);
          writes.push({ tenantId, what: 'member' });
          return Promise.resolve({});
        },
      },
      coverage: {
        setTargets: (_ctx, tenantId, expectedVersion, input) => {
          expect(expectedVersion).toBe(0);
          const { targets } = coverageSchemas().Targets.parse(input);
          for (const category of Object.keys(targets)) {
            expect(isCoverageCategory(category)).toBe(true);
            if (category.startsWith('chain:')) expect(has(tenantId, 'chain', category.slice(6))).toBe(true);
          }
          writes.push({ tenantId, what: 'targets', input: targets });
          return Promise.resolve({});
        },
      },
    };
    return { services, writes };
  };
  const contexts: Principal[] = [];
  const context = (principal: Principal): WriteContext => {
    contexts.push(principal);
    return { principal, requestId: 'seed', now: new Date() };
  };

  it('writes every record through the services, acting as each tenant’s administrator', async () => {
    const { services, writes } = fakeServices();
    const summary = await seedTenantRecords(services, context);
    const total = (pick: (records: DemoTenantRecords) => number) => sum(demoTenantRecords.map(pick));
    expect(summary).toEqual({
      units: total((records) => records.units.length),
      chains: total((records) => records.chains.length),
      orgs: total((records) => records.orgs.length),
    });
    expect(summary).toEqual({ units: 388, chains: 26, orgs: 214 });
    expect(writes.filter((write) => write.what === 'member')).toHaveLength(
      total((records) => sum(records.chains.map((chain) => chain.memberKeys.length))),
    );
    expect(writes.filter((write) => write.what === 'targets').map((write) => write.tenantId)).toEqual([
      'sh-songjiang',
    ]);
    for (const principal of contexts) {
      expect(principal.roles).toEqual(['tenant_admin']);
      expect(demoTenantRecords.map((records) => records.tenantId)).toContain(principal.tenantId);
    }
    const jinshanHosted = writes.filter(
      (write) =>
        write.tenantId === 'sh-jinshan' && write.what === 'org' && 'hostUnitIds' in (write.input as object),
    );
    expect(jinshanHosted).toHaveLength(39 - 2); // every branch but the Langxia committee's two
  });

  it('fails, after every tenant has finished, when a write fails', async () => {
    const { services, writes } = fakeServices();
    const failing: RecordServices = {
      ...services,
      units: {
        create: (ctx, tenantId, input) =>
          tenantId === 'js-qixia'
            ? Promise.reject(new Error('boom'))
            : services.units.create(ctx, tenantId, input),
      },
    };
    await expect(seedTenantRecords(failing, context)).rejects.toThrow('boom');
    expect(writes.some((write) => write.tenantId === 'sh-songjiang' && write.what === 'targets')).toBe(true);
  });
});
