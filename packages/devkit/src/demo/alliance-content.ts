// The demo alliances' shared content (issue 5) as typed data, and its seeder written against a port:
//   langxia-content.ts + langxia-units.ts  committee 1 + 2 + 8, 32 operators and 13 organisations, 12 items
//   g60-content.ts                         the nine cities' rotating chair (Wuhu in 2019), 12 items
//   minhang-content.ts                     10 items
// with 13 claims and 4 projects between them. The alliances themselves and their memberships are seeded by
// alliances.ts; seed.ts then writes this content through alliance-content-adapter.ts (the real services).
import type { AllianceMembership, Principal, WriteContext } from '@lianjian/core';
import { demoAlliances } from './alliance-charters.ts';
import type { AllianceContentPort, MemberUnitInput, MemberUnitValue } from './alliance-content-port.ts';
import type {
  DemoAlliance,
  DemoAllianceContent,
  DemoAllianceKey,
  DemoMemberOrg,
  DemoOperator,
  DemoOrgField,
  DemoSharing,
} from './alliance-types.ts';
import { g60Content } from './g60-content.ts';
import { langxiaContent } from './langxia-content.ts';
import { minhangContent } from './minhang-content.ts';
import { defined, tenantStaff } from './tenant-records.ts';

export type {
  AllianceContentPort,
  ChairScheduleInput,
  ClaimAnswerInput,
  ClaimInput,
  CommitteePositionInput,
  ItemInput,
  MemberUnitInput,
  ProjectInput,
} from './alliance-content-port.ts';

/** Every alliance's content, in the order it is seeded. */
export const demoAllianceContent: readonly DemoAllianceContent[] = [
  langxiaContent,
  g60Content,
  minhangContent,
];

export interface AllianceContentSummary {
  readonly committeePositions: number;
  readonly chairSchedules: number;
  readonly memberUnits: number;
  readonly items: number;
  readonly claims: number;
  readonly answers: number;
  readonly projects: number;
}

const NONE: AllianceContentSummary = {
  committeePositions: 0,
  chairSchedules: 0,
  memberUnits: 0,
  items: 0,
  claims: 0,
  answers: 0,
  projects: 0,
};

/** What an operator's owner shows of it: the shared fields only. */
export const operatorProjection = (operator: DemoOperator, sharing: DemoSharing): MemberUnitInput => ({
  key: operator.key,
  source: 'unit',
  name: operator.name,
  fields: defined(Object.fromEntries(sharing.operatorFields.map((field) => [field, operator[field]]))),
});

/** What an organisation's owner shows of it (never its host units: ids of other private records). */
export const orgProjection = (org: DemoMemberOrg, sharing: DemoSharing): MemberUnitInput => {
  const fields: Record<string, MemberUnitValue | undefined> = Object.fromEntries(
    sharing.orgFields.map((field: DemoOrgField) => [field, org[field]]),
  );
  return { key: org.key, source: 'org', name: org.name, fields: defined(fields) };
};

const need = (ids: ReadonlyMap<string, string>, key: string, what: string): string => {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`alliance content: no ${what} '${key}' written before it is named`);
  return id;
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** How long ago the lists' story starts, when the first answer comes, and how far apart the answers come. */
const STORY_DAYS = 70;
const ANSWERS_FROM_DAY = 8;
const ANSWER_EVERY_DAYS = 5;

/** Writes one alliance's content: governance, member units, items, claims, answers, then projects. */
export const seedContent = async (
  port: AllianceContentPort,
  context: (principal: Principal) => WriteContext,
  alliance: DemoAlliance,
  allianceId: string,
  content: DemoAllianceContent,
): Promise<AllianceContentSummary> => {
  const members = new Set([alliance.secretariatTenantId, ...alliance.memberTenantIds]);
  const member = (tenantId: string): string => {
    if (!members.has(tenantId))
      throw new Error(`alliance content: ${tenantId} is not a member of ${alliance.key}`);
    return tenantId;
  };
  /**
   * The arguments every port call starts with: the tenant's administrator (acting at `at`, when given), and its
   * membership.
   */
  const as = (tenantId: string, at?: number): [WriteContext, AllianceMembership] => {
    const role = member(tenantId) === alliance.secretariatTenantId ? 'secretariat' : 'member';
    const ctx = context(tenantStaff(tenantId));
    return [at === undefined ? ctx : { ...ctx, now: new Date(at) }, { allianceId, tenantId, role }];
  };
  // The lists' story is told over the last weeks, not in one instant: items are posted about ten weeks ago,
  // claimed over the next days and answered one after another since, so the dashboard's and the leaderboard's
  // months hold what the alliance did in them.
  const storyStart = Date.now() - STORY_DAYS * DAY_MS;
  const secretariat = alliance.secretariatTenantId;

  const seatsByRole = new Map<string, number>();
  for (const { role, personName, tenantId, title } of content.committee ?? []) {
    const order = seatsByRole.get(role) ?? 0;
    seatsByRole.set(role, order + 1);
    await port.addCommitteePosition(...as(secretariat), {
      role,
      personName,
      tenantId: member(tenantId),
      title,
      order,
    });
  }
  if (content.chairSchedule) {
    const { office, termMonths, startsOn, order } = content.chairSchedule;
    await port.setChairSchedule(...as(secretariat), {
      office,
      termMonths,
      startsOn,
      order: order.map(member),
    });
  }

  const memberUnitIds = new Map<string, string>();
  const units = content.memberUnits;
  const sharingOf = (tenantId: string): DemoSharing => {
    const sharing = units?.sharing[tenantId];
    if (!sharing) throw new Error(`alliance content: ${tenantId} shares nothing in ${alliance.key}`);
    return sharing;
  };
  for (const operator of units?.operators ?? []) {
    const input = operatorProjection(operator, sharingOf(operator.ownerTenantId));
    memberUnitIds.set(operator.key, (await port.enrolMemberUnit(...as(operator.ownerTenantId), input)).id);
  }
  for (const org of units?.orgs ?? []) {
    const input = orgProjection(org, sharingOf(org.ownerTenantId));
    memberUnitIds.set(org.key, (await port.enrolMemberUnit(...as(org.ownerTenantId), input)).id);
  }

  const itemIds = new Map<string, string>();
  const itemsByKey = new Map(content.items.map((item) => [item.key, item]));
  for (const { key, ownerTenantId, tags, contact, ...fields } of content.items) {
    const input = defined({ ...fields, tags: [...tags], contact: { ...contact } });
    itemIds.set(
      key,
      (await port.postItem(...as(ownerTenantId, storyStart + itemIds.size * HOUR_MS), input)).id,
    );
  }

  const claimIds = new Map<string, string>();
  const itemOf = (key: string) => {
    const item = itemsByKey.get(key);
    if (!item) throw new Error(`alliance content: no item '${key}' in ${alliance.key}`);
    return { item, itemId: need(itemIds, key, 'item') };
  };
  for (const claim of content.claims) {
    const { item, itemId } = itemOf(claim.itemKey);
    const input = defined({ kind: item.kind, itemId, note: claim.note, quantity: claim.quantity });
    const at = storyStart + 2 * DAY_MS + claimIds.size * 6 * HOUR_MS;
    claimIds.set(claim.key, (await port.claim(...as(claim.claimantTenantId, at), input)).id);
  }
  let answers = 0;
  for (const claim of content.claims) {
    if (claim.outcome === 'pending') continue;
    const { item, itemId } = itemOf(claim.itemKey);
    const decision = claim.outcome === 'accepted' ? 'accept' : 'decline';
    const claimId = need(claimIds, claim.key, 'claim');
    await port.answerClaim(
      ...as(
        item.ownerTenantId,
        storyStart + ANSWERS_FROM_DAY * DAY_MS + answers * ANSWER_EVERY_DAYS * DAY_MS,
      ),
      defined({ kind: item.kind, itemId, claimId, decision, note: claim.answerNote }),
    );
    answers += 1;
  }

  const claimsByKey = new Map(content.claims.map((claim) => [claim.key, claim]));
  const claimRef = (key: string) => {
    const claim = claimsByKey.get(key);
    if (!claim) throw new Error(`alliance content: no claim '${key}' in ${alliance.key}`);
    return { itemId: itemOf(claim.itemKey).itemId, claimId: need(claimIds, key, 'claim') };
  };
  for (const project of content.projects) {
    const { title, description, category, startsOn, endsOn } = project;
    const input = defined({
      title,
      description,
      category,
      resourceClaim: claimRef(project.resourceClaimKey),
      needClaim: claimRef(project.needClaimKey),
      startsOn,
      endsOn,
    });
    await port.createProject(...as(project.leadTenantId), input);
  }

  return {
    committeePositions: content.committee?.length ?? 0,
    chairSchedules: content.chairSchedule ? 1 : 0,
    memberUnits: memberUnitIds.size,
    items: itemIds.size,
    claims: claimIds.size,
    answers,
    projects: content.projects.length,
  };
};

/**
 * Seeds every alliance's content into the alliances `allianceIds` names (as `seedAlliances` answers them).
 * Alliances are written side by side; within one, in dependency order. Fails after all alliances have
 * finished if any of them failed.
 *
 * @example
 * const { ids } = await seedAlliances(services, context);
 * await seedAllianceContent(port, context, ids);
 */
export const seedAllianceContent = async (
  port: AllianceContentPort,
  context: (principal: Principal) => WriteContext,
  allianceIds: Readonly<Partial<Record<DemoAllianceKey, string>>>,
  contents: readonly DemoAllianceContent[] = demoAllianceContent,
  alliances: readonly DemoAlliance[] = demoAlliances,
): Promise<AllianceContentSummary> => {
  const results = await Promise.allSettled(
    contents.map((content) => {
      const alliance = alliances.find((candidate) => candidate.key === content.allianceKey);
      const allianceId = allianceIds[content.allianceKey];
      if (!alliance || allianceId === undefined)
        return Promise.reject(
          new Error(`alliance content: alliance '${content.allianceKey}' was not seeded`),
        );
      return seedContent(port, context, alliance, allianceId, content);
    }),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.reduce<AllianceContentSummary>((sum, result) => {
    if (result.status !== 'fulfilled') return sum;
    const add = (field: keyof AllianceContentSummary) => sum[field] + result.value[field];
    return {
      committeePositions: add('committeePositions'),
      chairSchedules: add('chairSchedules'),
      memberUnits: add('memberUnits'),
      items: add('items'),
      claims: add('claims'),
      answers: add('answers'),
      projects: add('projects'),
    };
  }, NONE);
};
