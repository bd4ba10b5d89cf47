// The demo alliances' shared content checked against the documents and against itself (membership, regions,
// quantities, claims, projects, the rotating chair), and its seeder driven through an in-memory port. Pure.
import {
  type AllianceMembership,
  isCreditCode,
  newId,
  type Principal,
  tenantCatalog,
  type WriteContext,
} from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { demoAlliances } from './alliance-charters.ts';
import {
  type AllianceContentPort,
  demoAllianceContent,
  operatorProjection,
  seedAllianceContent,
} from './alliance-content.ts';
import type { DemoAllianceContent, DemoItem } from './alliance-types.ts';
import { G60_CITIES, g60ChairSchedule, g60Content, rotationFrom } from './g60-content.ts';
import { jinshanOrgs } from './jinshan-orgs.ts';
import { jinshanUnits } from './jinshan-units.ts';
import { langxiaContent } from './langxia-content.ts';
import { langxiaOperators, langxiaOrgs, langxiaSharing } from './langxia-units.ts';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const tenants = new Map(tenantCatalog.map((tenant) => [tenant.id, tenant]));
const membersOf = (key: string) => {
  const alliance = demoAlliances.find((candidate) => candidate.key === key);
  return alliance ? [alliance.secretariatTenantId, ...alliance.memberTenantIds] : [];
};
const allItems = demoAllianceContent.flatMap((content) => content.items.map((item) => ({ content, item })));
const allClaims = demoAllianceContent.flatMap((content) =>
  content.claims.map((claim) => ({ content, claim })),
);
const itemOf = (key: string): DemoItem | undefined => allItems.find(({ item }) => item.key === key)?.item;
const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Area codes of the catalog's cities (Shanghai's districts share 021), for the masked contact numbers. */
const AREA_CODES: Readonly<Record<string, string>> = {
  SH: '021',
  'zj-jiashan': '0573',
  'zj-pinghu': '0573',
  'zj-jiaxing': '0573',
  'zj-hangzhou': '0571',
  'zj-huzhou': '0572',
  'zj-jinhua': '0579',
  'zj-ningbo': '0574',
  'zj-quzhou': '0570',
  'js-suzhou': '0512',
  'js-nantong': '0513',
  'js-yancheng': '0515',
  'ah-wuhu': '0553',
  'ah-xuancheng': '0563',
  'ah-hefei': '0551',
};
const areaCodeOf = (tenantId: string) =>
  tenantId.startsWith('sh-') ? AREA_CODES.SH : (AREA_CODES[tenantId] ?? 'unknown');

describe('the Langxia committee and member units', () => {
  const committee = langxiaContent.committee ?? [];

  it('has 1 secretary, 2 deputies and 8 members, from all three member tenants', () => {
    const count = (role: string) => committee.filter((seat) => seat.role === role).length;
    expect([count('secretary'), count('deputy_secretary'), count('member')]).toEqual([1, 2, 8]);
    expect(new Set(committee.map((seat) => seat.tenantId))).toEqual(new Set(membersOf('langxia')));
    expect(new Set(committee.map((seat) => seat.personName)).size).toBe(11);
    const secretary = jinshanOrgs.find((org) => org.key === 'activity-langxia-dayun-guangchen');
    expect(committee.find((seat) => seat.role === 'secretary')?.personName).toBe(secretary?.secretaryName);
  });

  it('covers 32 operators and 13 Party organisations, each owned by a member, in the owner’s town', () => {
    expect(langxiaOperators).toHaveLength(32);
    expect(langxiaOrgs).toHaveLength(13);
    const towns: Record<string, string> = {
      'sh-jinshan': '廊下镇',
      'zj-jiashan': '大云镇',
      'zj-pinghu': '广陈镇',
    };
    for (const record of [...langxiaOperators, ...langxiaOrgs]) {
      expect(membersOf('langxia')).toContain(record.ownerTenantId);
      expect(record.town, record.key).toBe(towns[record.ownerTenantId]);
    }
    const keys = [...langxiaOperators, ...langxiaOrgs].map((record) => record.key);
    expect(new Set(keys).size).toBe(45);
    expect(new Set(langxiaOperators.map((operator) => operator.type))).toEqual(
      new Set(['cooperative', 'family_farm', 'homestay', 'agritainment', 'leisure_farm', 'scenic_area']),
    );
    for (const name of ['江南莲湘民宿', '涵七民宿', '听风塘民宿', '锦江中华村农家乐', '博海农艺园'])
      expect(langxiaOperators.map((operator) => operator.name)).toContain(name);
  });

  it('keeps credit codes valid for the owner’s division, and names and codes apart from Jinshan’s records', () => {
    for (const operator of langxiaOperators) {
      const code = operator.creditCode ?? '';
      expect(isCreditCode(code), operator.key).toBe(true);
      expect(code.slice(2, 8)).toBe(tenants.get(operator.ownerTenantId)?.divisionCode);
      expect(code.slice(0, 2)).toBe(operator.kind === 'cooperative' ? '93' : code.slice(0, 2));
    }
    expect(new Set(langxiaOperators.map((operator) => operator.creditCode)).size).toBe(32);
    const taken = new Set(jinshanUnits.flatMap((unit) => [unit.name, unit.creditCode]));
    for (const operator of langxiaOperators) {
      expect(taken.has(operator.name), operator.name).toBe(false);
      expect(taken.has(operator.creditCode), operator.name).toBe(false);
    }
  });

  it('seats each organisation in operators of its owner, with exactly their Party members', () => {
    const operators = new Map(langxiaOperators.map((operator) => [operator.key, operator]));
    const hosted = new Map<string, number>();
    for (const org of langxiaOrgs) {
      const hosts = (org.hostUnitKeys ?? []).map((key) => operators.get(key));
      expect(hosts.length, org.key).toBeGreaterThanOrEqual(1);
      for (const host of hosts) {
        expect(host?.ownerTenantId, org.key).toBe(org.ownerTenantId);
        hosted.set(host?.key ?? '', (hosted.get(host?.key ?? '') ?? 0) + 1);
      }
      expect(org.memberCount, org.key).toBe(sum(hosts.map((host) => host?.partyMemberCount ?? 0)));
      expect(org.kind === 'joint_branch' || org.memberCount >= 3, org.key).toBe(true);
    }
    for (const operator of langxiaOperators)
      expect(hosted.get(operator.key) ?? 0, operator.key).toBe((operator.partyMemberCount ?? 0) > 0 ? 1 : 0);
  });

  it('agrees with the Jinshan records on the organisations both hold', () => {
    const shared = langxiaOrgs.filter((org) => jinshanOrgs.some((record) => record.key === org.key));
    expect(shared.map((org) => org.key)).toEqual(['langxia-minsu-joint', 'langxia-tianyuan-coop']);
    for (const org of shared) {
      const record = jinshanOrgs.find((candidate) => candidate.key === org.key);
      expect(record).toMatchObject({
        name: org.name,
        kind: org.kind,
        memberCount: org.memberCount,
        secretaryName: org.secretaryName,
        parentKey: 'activity-langxia-dayun-guangchen',
      });
    }
  });

  it('shows each owner’s chosen fields only, never a credit code', () => {
    expect(Object.keys(langxiaSharing).sort()).toEqual([...membersOf('langxia')].sort());
    for (const operator of langxiaOperators) {
      const sharing = langxiaSharing[operator.ownerTenantId];
      if (!sharing) throw new Error(operator.ownerTenantId);
      const shown = operatorProjection(operator, sharing);
      expect(Object.keys(shown.fields).sort()).toEqual([...sharing.operatorFields].sort());
      expect(JSON.stringify(shown)).not.toContain(operator.creditCode);
    }
  });
});

describe('the lists, claims and projects', () => {
  it('hold 25–40 items, about ten claims and a few projects, resources and needs in every alliance', () => {
    expect(allItems.length).toBeGreaterThanOrEqual(25);
    expect(allItems.length).toBeLessThanOrEqual(40);
    expect(allClaims.length).toBeGreaterThanOrEqual(10);
    expect(sum(demoAllianceContent.map((content) => content.projects.length))).toBeGreaterThanOrEqual(3);
    for (const content of demoAllianceContent) {
      expect(new Set(content.items.map((item) => item.kind)), content.allianceKey).toEqual(
        new Set(['resource', 'need']),
      );
    }
    expect(new Set(allItems.map(({ item }) => item.key)).size).toBe(allItems.length);
    expect(new Set(allClaims.map(({ claim }) => claim.key)).size).toBe(allClaims.length);
  });

  it('are owned by members, in the owner’s region, with valid fields and a masked phone of its city', () => {
    const categories = [
      'policy',
      'talent',
      'finance',
      'venue',
      'technology',
      'market',
      'training',
      'volunteer',
      'other',
    ];
    for (const { content, item } of allItems) {
      expect(membersOf(content.allianceKey), item.key).toContain(item.ownerTenantId);
      expect(item.region, item.key).toMatch(/^\d{6}$/);
      expect(item.region, item.key).toBe(tenants.get(item.ownerTenantId)?.divisionCode);
      expect(categories).toContain(item.category);
      expect(item.title.length).toBeLessThanOrEqual(100);
      expect(item.description.length).toBeLessThanOrEqual(1000);
      expect(item.tags.length).toBeGreaterThanOrEqual(1);
      expect(new Set(item.tags).size).toBe(item.tags.length);
      expect(isDate(item.validUntil), item.key).toBe(true);
      expect(item.validUntil >= '2026-12-01', item.key).toBe(true);
      if (item.quantity !== undefined) {
        expect(Number.isInteger(item.quantity) && item.quantity > 0, item.key).toBe(true);
        expect(item.unit, item.key).toBeTruthy();
      } else expect(item.unit, item.key).toBeUndefined();
      expect(item.contact.name.length).toBeGreaterThan(1);
      expect(item.contact.phone, item.key).toMatch(/^0\d{2,3}-\dx{3}\d{4}$/);
      expect(item.contact.phone.split('-')[0], item.key).toBe(areaCodeOf(item.ownerTenantId));
    }
  });

  it('carry the documents’ numbers', () => {
    const quantity = (key: string) => itemOf(key)?.quantity;
    expect([quantity('g60-r-academician'), quantity('g60-r-postdoc')]).toEqual([547, 771]);
    expect(quantity('mh-r-training-sites')).toBe(80);
    expect(quantity('lx-r-training')).toBe(20);
    expect(itemOf('lx-r-training')?.description).toContain('廊下 8 名、大云 6 名、广陈 6 名');
    expect(itemOf('mh-r-ai-alliance')?.description).toContain('1600');
    expect(itemOf('mh-r-pharma')?.description).toContain('40 余家');
    expect(quantity('lx-n-walk')).toBe(100);
    expect(itemOf('lx-n-books')?.description).toContain('1419');
    expect(itemOf('lx-r-flower')?.description).toMatch(/47%.*20%/);
    expect(quantity('lx-r-routes')).toBe(6);
  });

  it('are claimed by other members of the same alliance, never beyond an item’s quantity', () => {
    for (const { content, claim } of allClaims) {
      const item = content.items.find((candidate) => candidate.key === claim.itemKey);
      expect(item, claim.key).toBeDefined();
      expect(membersOf(content.allianceKey)).toContain(claim.claimantTenantId);
      expect(claim.claimantTenantId, claim.key).not.toBe(item?.ownerTenantId);
      if (claim.quantity !== undefined) {
        expect(item?.quantity, claim.key).toBeDefined();
        expect(Number.isInteger(claim.quantity) && claim.quantity > 0, claim.key).toBe(true);
      }
      if (claim.outcome === 'declined') expect(claim.answerNote, claim.key).toBeTruthy();
      if (claim.outcome === 'pending') expect(claim.answerNote, claim.key).toBeUndefined();
    }
    for (const { item } of allItems) {
      const taken = allClaims
        .filter(({ claim }) => claim.itemKey === item.key && claim.outcome !== 'declined')
        .map(({ claim }) => claim.quantity ?? 0);
      expect(sum(taken), item.key).toBeLessThanOrEqual(item.quantity ?? 0);
    }
    const outcomes = new Set(allClaims.map(({ claim }) => claim.outcome));
    expect(outcomes).toEqual(new Set(['accepted', 'declined', 'pending']));
  });

  it('join an accepted resource claim and an accepted need claim of one alliance, led by a party to them', () => {
    for (const content of demoAllianceContent) {
      for (const project of content.projects) {
        const claimOf = (key: string) => content.claims.find((claim) => claim.key === key);
        const resource = claimOf(project.resourceClaimKey);
        const need = claimOf(project.needClaimKey);
        expect([resource?.outcome, need?.outcome], project.key).toEqual(['accepted', 'accepted']);
        expect(itemOf(resource?.itemKey ?? '')?.kind).toBe('resource');
        expect(itemOf(need?.itemKey ?? '')?.kind).toBe('need');
        const parties = [resource, need].flatMap((claim) => [
          claim?.claimantTenantId,
          itemOf(claim?.itemKey ?? '')?.ownerTenantId,
        ]);
        expect(parties, project.key).toContain(project.leadTenantId);
        expect(isDate(project.startsOn) && (project.endsOn === undefined || isDate(project.endsOn))).toBe(
          true,
        );
        expect((project.endsOn ?? project.startsOn) >= project.startsOn).toBe(true);
      }
    }
  });
});

describe('the G60 rotating chair', () => {
  /** The chair on a day: whole terms since `startsOn`, along `order`, repeating. */
  const chairOn = (day: string) => {
    const [y0, m0] = g60ChairSchedule.startsOn.split('-').map(Number);
    const [y, m] = day.split('-').map(Number);
    const months = ((y ?? 0) - (y0 ?? 0)) * 12 + ((m ?? 0) - (m0 ?? 0));
    const term = Math.floor(months / g60ChairSchedule.termMonths);
    return g60ChairSchedule.order[term % g60ChairSchedule.order.length];
  };

  it('passes among the nine members in yearly terms, Wuhu in 2019 and the document’s order after it', () => {
    expect(g60Content.chairSchedule).toBe(g60ChairSchedule);
    expect(g60ChairSchedule.termMonths).toBe(12);
    expect(new Set(g60ChairSchedule.order)).toEqual(new Set(membersOf('g60')));
    expect(g60ChairSchedule.order).toHaveLength(9);
    expect(chairOn('2019-01-01')).toBe('ah-wuhu');
    expect(chairOn('2019-06-30')).toBe('ah-wuhu');
    expect(chairOn('2019-12-31')).toBe('ah-wuhu');
    expect(chairOn('2020-03-01')).toBe('ah-hefei');
    expect(chairOn('2021-03-01')).toBe('sh-songjiang');
    expect(chairOn('2028-03-01')).toBe('ah-wuhu');
    const doubled = [...G60_CITIES, ...G60_CITIES].join(',');
    expect(doubled).toContain(g60ChairSchedule.order.join(','));
  });

  it('is derived from an anchor among the cities only', () => {
    expect(rotationFrom(['a', 'b', 'c'], 'b', 2019)).toMatchObject({
      startsOn: '2019-01-01',
      order: ['b', 'c', 'a'],
    });
    expect(() => rotationFrom(['a', 'b'], 'z', 2019)).toThrow('not among');
    expect(langxiaContent.chairSchedule).toBeUndefined();
  });
});

describe('seedAllianceContent', () => {
  const ids = { langxia: newId(), g60: newId(), minhang: newId() };
  const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  const context = (principal: Principal): WriteContext => ({ principal, requestId: 'seed', now: new Date() });

  /** A stand-in for the services behind the port, checking each call against what it was told before. */
  const fakePort = () => {
    const counts = new Map<string, number>();
    const enrolled = new Set<string>();
    const items = new Map<string, { owner: string; kind: string; allianceId: string }>();
    const claims = new Map<string, { itemId: string; status: string }>();
    const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
    const acting = (ctx: WriteContext, membership: AllianceMembership) => {
      expect(ctx.principal.tenantId).toBe(membership.tenantId);
      expect(ctx.principal.roles).toEqual(['tenant_admin']);
      const alliance = demoAlliances.find((candidate) => candidate.key === keyOf.get(membership.allianceId));
      expect(membersOf(alliance?.key ?? '')).toContain(membership.tenantId);
      expect(membership.role).toBe(
        membership.tenantId === alliance?.secretariatTenantId ? 'secretariat' : 'member',
      );
    };
    const port: AllianceContentPort = {
      addCommitteePosition: async (ctx, membership) => {
        acting(ctx, membership);
        expect(membership.role).toBe('secretariat');
        count('committee');
        return { id: newId() };
      },
      setChairSchedule: async (ctx, membership, input) => {
        acting(ctx, membership);
        expect(membership.role).toBe('secretariat');
        expect(input.order).toHaveLength(9);
        count('chair');
      },
      enrolMemberUnit: async (ctx, membership, input) => {
        acting(ctx, membership);
        const sharing = langxiaSharing[membership.tenantId];
        const allowed: readonly string[] =
          (input.source === 'unit' ? sharing?.operatorFields : sharing?.orgFields) ?? [];
        for (const field of Object.keys(input.fields)) expect(allowed).toContain(field);
        // An organisation comes after the units it sits in, so an adapter creating it finds its hosts.
        const hosts = langxiaOrgs.find((org) => org.key === input.key)?.hostUnitKeys ?? [];
        for (const key of hosts) expect(enrolled.has(key), input.key).toBe(true);
        enrolled.add(input.key);
        const id = newId();
        count(`unit:${input.source}`);
        return { id };
      },
      postItem: async (ctx, membership, input) => {
        acting(ctx, membership);
        expect(input).not.toHaveProperty('ownerTenantId');
        const id = newId();
        items.set(id, { owner: membership.tenantId, kind: input.kind, allianceId: membership.allianceId });
        count('item');
        return { id };
      },
      claim: async (ctx, membership, input) => {
        acting(ctx, membership);
        const item = items.get(input.itemId);
        expect(item?.kind).toBe(input.kind);
        expect(item?.allianceId).toBe(membership.allianceId);
        expect(item?.owner).not.toBe(membership.tenantId);
        const id = newId();
        claims.set(id, { itemId: input.itemId, status: 'pending' });
        count('claim');
        return { id };
      },
      answerClaim: async (ctx, membership, input) => {
        acting(ctx, membership);
        expect(items.get(input.itemId)?.owner).toBe(membership.tenantId);
        const claim = claims.get(input.claimId);
        expect(claim).toMatchObject({ itemId: input.itemId, status: 'pending' });
        if (claim) claim.status = input.decision === 'accept' ? 'accepted' : 'declined';
        count('answer');
      },
      createProject: async (ctx, membership, input) => {
        acting(ctx, membership);
        for (const [ref, kind] of [
          [input.resourceClaim, 'resource'],
          [input.needClaim, 'need'],
        ] as const) {
          expect(claims.get(ref.claimId)).toMatchObject({ itemId: ref.itemId, status: 'accepted' });
          expect(items.get(ref.itemId)).toMatchObject({ kind, allianceId: membership.allianceId });
        }
        expect(input.category).toMatch(/^[a-z]+$/);
        count('project');
        return { id: newId() };
      },
    };
    return { port, counts };
  };

  it('writes every alliance’s content through the port, each call by the acting member’s admin', async () => {
    const { port, counts } = fakePort();
    const summary = await seedAllianceContent(port, context, ids);
    const total = (pick: (content: DemoAllianceContent) => number) => sum(demoAllianceContent.map(pick));
    expect(summary).toEqual({
      committeePositions: 11,
      chairSchedules: 1,
      memberUnits: 45,
      items: allItems.length,
      claims: allClaims.length,
      answers: allClaims.filter(({ claim }) => claim.outcome !== 'pending').length,
      projects: total((content) => content.projects.length),
    });
    expect(Object.fromEntries(counts)).toMatchObject({
      committee: 11,
      chair: 1,
      'unit:unit': 32,
      'unit:org': 13,
      item: summary.items,
      claim: summary.claims,
      answer: summary.answers,
      project: summary.projects,
    });
  });

  it('refuses content for an alliance that was not seeded', async () => {
    const { port } = fakePort();
    await expect(seedAllianceContent(port, context, { langxia: ids.langxia })).rejects.toThrow(
      "alliance 'g60' was not seeded",
    );
  });
});
