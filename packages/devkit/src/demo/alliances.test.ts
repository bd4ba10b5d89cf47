// The demo alliances checked against the documents, and their seeder driven through an in-memory stand-in
// for the alliance service. Pure: no table.
import {
  ALLIANCE_KINDS,
  allianceSchemas,
  newId,
  type Principal,
  tenantCatalog,
  type WriteContext,
} from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { demoAlliances, g60Alliance, langxiaAlliance, minhangAlliance } from './alliance-charters.ts';
import { type AllianceSeedServices, seedAlliances } from './alliances.ts';
import { G60_CITIES } from './g60-content.ts';

const tenants = new Map(tenantCatalog.map((tenant) => [tenant.id, tenant]));
const membersOf = (key: string) => {
  const alliance = demoAlliances.find((candidate) => candidate.key === key);
  return alliance ? [alliance.secretariatTenantId, ...alliance.memberTenantIds] : [];
};
const provincesOf = (tenantIds: readonly string[]) =>
  new Set(tenantIds.map((id) => tenants.get(id)?.province));

describe('the demo alliances', () => {
  it('are the three of the documents, each valid input for creating an alliance', () => {
    expect(demoAlliances.map((alliance) => [alliance.name, alliance.kind])).toEqual([
      ['廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委', 'cluster'],
      ['G60科创走廊党建联盟', 'corridor'],
      ['闵行枢纽党建·城市连廊', 'hub'],
    ]);
    for (const alliance of demoAlliances) {
      expect(ALLIANCE_KINDS).toContain(alliance.kind);
      const { name, kind, description, charter } = alliance;
      expect(() => allianceSchemas().Create.parse({ name, kind, description, charter })).not.toThrow();
      expect(charter.split('\n').filter((line) => line.startsWith('第')).length).toBeGreaterThanOrEqual(6);
      const members = membersOf(alliance.key);
      expect(new Set(members).size, alliance.key).toBe(members.length);
      for (const id of members) expect(tenants.has(id), id).toBe(true);
    }
  });

  it('join Jinshan, Jiashan and Pinghu across two provinces, with Jinshan as secretariat', () => {
    expect(langxiaAlliance.secretariatTenantId).toBe('sh-jinshan');
    expect(membersOf('langxia')).toEqual(['sh-jinshan', 'zj-jiashan', 'zj-pinghu']);
    expect(provincesOf(membersOf('langxia'))).toEqual(new Set(['SH', 'ZJ']));
  });

  it('join the nine G60 cities in four provinces, with Songjiang as secretariat', () => {
    expect(g60Alliance.secretariatTenantId).toBe('sh-songjiang');
    expect(new Set(membersOf('g60'))).toEqual(new Set(G60_CITIES));
    expect(membersOf('g60')).toHaveLength(9);
    expect(provincesOf(membersOf('g60'))).toEqual(new Set(['SH', 'ZJ', 'JS', 'AH']));
  });

  it('join Minhang and seven cities of three other provinces', () => {
    expect(minhangAlliance.secretariatTenantId).toBe('sh-minhang');
    expect(minhangAlliance.memberTenantIds).toHaveLength(7);
    expect(provincesOf(minhangAlliance.memberTenantIds)).toEqual(new Set(['JS', 'ZJ', 'AH']));
    expect(minhangAlliance.description).toContain('80 个基层干部实训点');
  });
});

describe('seedAlliances', () => {
  const fake = () => {
    const calls: { what: string; by: Principal; allianceId: string; tenantId: string }[] = [];
    const invited = new Set<string>();
    const services: AllianceSeedServices = {
      alliances: {
        create: async (ctx, tenantId, input) => {
          const body = allianceSchemas().Create.parse(input);
          const id = newId();
          calls.push({ what: 'create', by: ctx.principal, allianceId: id, tenantId });
          return {
            id,
            version: 1,
            createdAt: ctx.now.toISOString(),
            updatedAt: ctx.now.toISOString(),
            name: body.name,
            kind: body.kind,
            memberCount: 1,
            secretariatTenantIds: [tenantId],
            createdByTenantId: tenantId,
            myRole: 'secretariat',
          };
        },
        invite: async (ctx, membership, tenantId) => {
          expect(membership.role).toBe('secretariat');
          expect(ctx.principal.tenantId).toBe(membership.tenantId);
          invited.add(`${membership.allianceId}/${tenantId}`);
          calls.push({ what: 'invite', by: ctx.principal, allianceId: membership.allianceId, tenantId });
          const at = ctx.now.toISOString();
          return {
            allianceId: membership.allianceId,
            allianceName: '',
            allianceKind: 'hub',
            tenantId,
            invitedByTenantId: membership.tenantId,
            invitedAt: at,
            expiresAt: at,
          };
        },
        accept: async (ctx, allianceId, tenantId) => {
          expect(invited.has(`${allianceId}/${tenantId}`)).toBe(true);
          calls.push({ what: 'accept', by: ctx.principal, allianceId, tenantId });
          const tenant = tenants.get(tenantId);
          return {
            allianceId,
            tenantId,
            tenantName: tenant?.name ?? '',
            province: tenant?.province ?? '',
            role: 'member',
            status: 'active',
            joinedAt: ctx.now.toISOString(),
          };
        },
      },
    };
    return { services, calls };
  };
  const context = (principal: Principal): WriteContext => ({ principal, requestId: 'seed', now: new Date() });

  it('creates each alliance as its secretariat, which invites every member, whose admin accepts', async () => {
    const { services, calls } = fake();
    const seeded = await seedAlliances(services, context);
    expect(seeded.alliances).toBe(3);
    expect(seeded.memberships).toBe(3 + 9 + 8);
    expect(Object.keys(seeded.ids).sort()).toEqual(['g60', 'langxia', 'minhang']);
    for (const alliance of demoAlliances) {
      const id = seeded.ids[alliance.key];
      const mine = calls.filter((call) => call.allianceId === id);
      expect(mine[0]).toMatchObject({ what: 'create', tenantId: alliance.secretariatTenantId });
      expect(mine.filter((call) => call.what === 'accept').map((call) => call.tenantId)).toEqual(
        alliance.memberTenantIds,
      );
      for (const call of mine) {
        expect(call.by.roles).toEqual(['tenant_admin']);
        expect(call.by.tenantId).toBe(call.what === 'accept' ? call.tenantId : alliance.secretariatTenantId);
      }
    }
  });

  it('fails, after every alliance has finished, when a step fails', async () => {
    const { services, calls } = fake();
    const failing: AllianceSeedServices = {
      alliances: {
        ...services.alliances,
        accept: (ctx, allianceId, tenantId) =>
          tenantId === 'zj-pinghu'
            ? Promise.reject(new Error('boom'))
            : services.alliances.accept(ctx, allianceId, tenantId),
      },
    };
    await expect(seedAlliances(failing, context)).rejects.toThrow('boom');
    expect(calls.filter((call) => call.what === 'accept' && call.tenantId === 'ah-hefei')).toHaveLength(1);
  });
});
