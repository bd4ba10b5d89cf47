// Seeds the three demo alliances (issue 5) and their membership through the alliance service, as a tenant
// administrator would: the secretariat tenant creates the alliance (description and charter version 1), invites
// each member tenant, and each invited tenant's administrator accepts.
//   廊下·大云·广陈乡村振兴联盟·旅居产业集群活动型党委  cluster   sh-jinshan + 2 (Jiashan, Pinghu)
//   G60科创走廊党建联盟                                  corridor  sh-songjiang + 8 (the nine cities)
//   闵行枢纽党建·城市连廊                                hub       sh-minhang + 7 cities in three provinces
// The shared content of each workspace (committee, chair, member units, lists, claims, projects) is in
// alliance-content.ts and is not written here. Runs once per table: seed.ts writes its marker afterwards.
import type { AllianceMembership, AllianceService, Principal, WriteContext } from '@lianjian/core';
import { demoAlliances } from './alliance-charters.ts';
import type { DemoAlliance, DemoAllianceKey } from './alliance-types.ts';
import { tenantStaff } from './tenant-records.ts';

/** The part of the API's services the alliance seeder calls (the full `Services` fits it). */
export interface AllianceSeedServices {
  readonly alliances: Pick<AllianceService, 'create' | 'invite' | 'accept'>;
}

export interface SeededAlliances {
  readonly alliances: number;
  /** Active memberships written, secretariats included. */
  readonly memberships: number;
  /** The id each seeded alliance got, for seeding its content afterwards. */
  readonly ids: Readonly<Partial<Record<DemoAllianceKey, string>>>;
}

/** Creates one alliance and brings in its members, one membership step at a time (they share a revision). */
export const seedAlliance = async (
  services: AllianceSeedServices,
  context: (principal: Principal) => WriteContext,
  alliance: DemoAlliance,
): Promise<{ id: string; memberships: number }> => {
  const founder = alliance.secretariatTenantId;
  const created = await services.alliances.create(context(tenantStaff(founder)), founder, {
    name: alliance.name,
    kind: alliance.kind,
    description: alliance.description,
    charter: alliance.charter,
  });
  const secretariat: AllianceMembership = { allianceId: created.id, tenantId: founder, role: 'secretariat' };
  for (const tenantId of alliance.memberTenantIds) {
    await services.alliances.invite(context(tenantStaff(founder)), secretariat, tenantId);
    await services.alliances.accept(context(tenantStaff(tenantId)), created.id, tenantId);
  }
  return { id: created.id, memberships: 1 + alliance.memberTenantIds.length };
};

/**
 * Seeds every demo alliance. Alliances are written side by side (separate partitions; a tenant's links to
 * different alliances are separate items). Fails after all alliances have finished if any of them failed.
 */
export const seedAlliances = async (
  services: AllianceSeedServices,
  context: (principal: Principal) => WriteContext,
  alliances: readonly DemoAlliance[] = demoAlliances,
): Promise<SeededAlliances> => {
  const results = await Promise.allSettled(
    alliances.map((alliance) => seedAlliance(services, context, alliance)),
  );
  const ids: Partial<Record<DemoAllianceKey, string>> = {};
  let memberships = 0;
  for (const [index, result] of results.entries()) {
    if (result.status === 'rejected') throw result.reason;
    const key = alliances[index]?.key;
    if (key !== undefined) ids[key] = result.value.id;
    memberships += result.value.memberships;
  }
  return { alliances: results.length, memberships, ids };
};
