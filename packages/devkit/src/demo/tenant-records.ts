// Seeds the demo tenant records (issue 4) through the services: units, Party organisations with their host
// units, chains (产业链 / 产业集群) with their members, and coverage targets, for four tenants:
//   sh-jinshan   jinshan-units.ts + jinshan-orgs.ts  8 pilot cluster committees, 216 units, 1,021 Party members
//   js-qixia     qixia-chains.ts                      7 chains with functional branches, 93% coverage
//   sh-baoshan   baoshan-chains.ts                    5 chain alliances ("1+1+X+N") and their member units
//   sh-songjiang songjiang-units.ts                   6 key-industry clusters, the "eight 100%" targets
//
// Jinshan's organisation tree is written here, not by the caller: its branches name their host units, so they
// can only be created after the units. A caller that already wrote jinshan-orgs.ts must not call this.
import type { Principal, WriteContext } from '@lianjian/core';
import { baoshanRecords } from './baoshan-chains.ts';
import { jinshanRecords } from './jinshan-units.ts';
import { qixiaRecords } from './qixia-chains.ts';
import type {
  DemoOrgKind,
  DemoOwnership,
  DemoTenantRecords,
  DemoUnitFlag,
  DemoUnitKind,
} from './record-types.ts';
import { songjiangRecords } from './songjiang-units.ts';

/** Every tenant's records, in the order they are seeded. */
export const demoTenantRecords: readonly DemoTenantRecords[] = [
  jinshanRecords,
  qixiaRecords,
  baoshanRecords,
  songjiangRecords,
];

// What the seeder sends: the fields of the core's CreateUnit, CreateOrg and CreateChain it uses.
export interface UnitInput {
  name: string;
  kind: DemoUnitKind;
  ownership?: DemoOwnership;
  creditCode?: string;
  town?: string;
  employeeCount?: number;
  partyMemberCount?: number;
  flags: DemoUnitFlag[];
}

export interface OrgInput {
  name: string;
  kind: DemoOrgKind;
  parentId?: string;
  memberCount: number;
  establishedOn?: string;
  secretaryName?: string;
  town?: string;
  hostUnitIds?: string[];
}

export interface ChainInput {
  name: string;
  leader?: { name: string; title: string };
  leadDepartment?: string;
  leadUnitId?: string;
  servingOrgId?: string;
  description?: string;
}

/** The part of the API's services the seeder calls (the full `Services` fits it). */
export interface RecordServices {
  readonly units: {
    create(ctx: WriteContext, tenantId: string, input: UnitInput): Promise<{ readonly id: string }>;
  };
  readonly orgs: {
    create(ctx: WriteContext, tenantId: string, input: OrgInput): Promise<{ readonly id: string }>;
  };
  readonly chains: {
    create(ctx: WriteContext, tenantId: string, input: ChainInput): Promise<{ readonly id: string }>;
    addMember(ctx: WriteContext, tenantId: string, chainId: string, unitId: string): Promise<unknown>;
  };
  readonly coverage: {
    /** `expectedVersion` is 0 before a tenant's first targets. */
    setTargets(
      ctx: WriteContext,
      tenantId: string,
      expectedVersion: number,
      input: { targets: Record<string, number> },
    ): Promise<unknown>;
  };
}

export interface TenantRecordsSummary {
  readonly units: number;
  readonly chains: number;
  readonly orgs: number;
}

/** A tenant administrator of the tenant, as the demo seeder. */
export const tenantStaff = (tenantId: string): Principal => ({
  kind: 'user',
  sub: `demo-seeder-${tenantId}`,
  tenantId,
  roles: ['tenant_admin'],
  scopes: [],
});

const idOf = (ids: ReadonlyMap<string, string>, key: string, what: string, tenantId: string): string => {
  const id = ids.get(key);
  if (id === undefined)
    throw new Error(`demo records of ${tenantId}: no ${what} '${key}' written before it is named`);
  return id;
};

/** Adds the optional fields that are set, so no `undefined` reaches the strict create schemas. */
export const defined = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

/** Writes one tenant's records: units, then organisations (parents and hosts first), then chains, then targets. */
export const seedRecords = async (
  services: RecordServices,
  context: (principal: Principal) => WriteContext,
  records: DemoTenantRecords,
): Promise<TenantRecordsSummary> => {
  const { tenantId } = records;
  const staff = tenantStaff(tenantId);

  const unitIds = new Map<string, string>();
  for (const unit of records.units) {
    const input: UnitInput = defined({
      name: unit.name,
      kind: unit.kind,
      ownership: unit.ownership,
      creditCode: unit.creditCode,
      town: unit.town,
      employeeCount: unit.employeeCount,
      partyMemberCount: unit.partyMemberCount,
      flags: [...unit.flags],
    });
    const created = await services.units.create(context(staff), tenantId, input);
    unitIds.set(unit.key, created.id);
  }

  const orgIds = new Map<string, string>();
  for (const org of records.orgs) {
    const input: OrgInput = defined({
      name: org.name,
      kind: org.kind,
      parentId:
        org.parentKey === undefined ? undefined : idOf(orgIds, org.parentKey, 'organisation', tenantId),
      memberCount: org.memberCount,
      establishedOn: org.establishedOn,
      secretaryName: org.secretaryName,
      town: org.town,
      hostUnitIds: org.hostUnitKeys?.map((key) => idOf(unitIds, key, 'unit', tenantId)),
    });
    const created = await services.orgs.create(context(staff), tenantId, input);
    orgIds.set(org.key, created.id);
  }

  const chainIds = new Map<string, string>();
  for (const chain of records.chains) {
    const input: ChainInput = defined({
      name: chain.name,
      leader: chain.leader === undefined ? undefined : { ...chain.leader },
      leadDepartment: chain.leadDepartment,
      leadUnitId:
        chain.leadUnitKey === undefined ? undefined : idOf(unitIds, chain.leadUnitKey, 'unit', tenantId),
      servingOrgId:
        chain.servingOrgKey === undefined
          ? undefined
          : idOf(orgIds, chain.servingOrgKey, 'organisation', tenantId),
      description: chain.description,
    });
    const created = await services.chains.create(context(staff), tenantId, input);
    chainIds.set(chain.key, created.id);
    for (const memberKey of chain.memberKeys) {
      await services.chains.addMember(
        context(staff),
        tenantId,
        created.id,
        idOf(unitIds, memberKey, 'unit', tenantId),
      );
    }
  }

  if (records.coverageTargets !== undefined) {
    const targets = Object.fromEntries(
      Object.entries(records.coverageTargets).map(([category, rate]) =>
        category.startsWith('chain:')
          ? [`chain:${idOf(chainIds, category.slice('chain:'.length), 'chain', tenantId)}`, rate]
          : [category, rate],
      ),
    );
    await services.coverage.setTargets(context(staff), tenantId, 0, { targets });
  }

  return { units: unitIds.size, chains: chainIds.size, orgs: orgIds.size };
};

/**
 * Seeds every demo tenant's records. Tenants are written side by side (separate partitions); within a tenant,
 * one write at a time, in dependency order. Fails after all tenants have finished if any of them failed.
 */
export const seedTenantRecords = async (
  services: RecordServices,
  context: (principal: Principal) => WriteContext,
): Promise<{ units: number; chains: number; orgs: number }> => {
  const results = await Promise.allSettled(
    demoTenantRecords.map((records) => seedRecords(services, context, records)),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.reduce(
    (sum, result) =>
      result.status === 'fulfilled'
        ? {
            units: sum.units + result.value.units,
            chains: sum.chains + result.value.chains,
            orgs: sum.orgs + result.value.orgs,
          }
        : sum,
    { units: 0, chains: 0, orgs: 0 },
  );
};
