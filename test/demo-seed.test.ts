// The demo data `npm start` seeds: written through the services, with the documents' numbers, exactly once.
// (Which steps run on an older database is tested with stand-in steps in packages/devkit/src/seed-steps.test.ts.)
import { previousMonth, shanghaiMonth } from '@lianjian/core';
import { seedDemoData } from '@lianjian/devkit';
import { createStatsRepository } from '@lianjian/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { langxiaOperators } from '../packages/devkit/src/demo/langxia-units.ts';
import { createHarness, type Harness } from './support/harness.ts';

type Json = Record<string, unknown>;

describe('demo data', () => {
  let h: Harness;
  let first: Awaited<ReturnType<typeof seedDemoData>>;
  beforeAll(async () => {
    h = await createHarness({ ownDynamoDb: true });
    first = await seedDemoData(h.store, h.services);
  }, 300_000);

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

  const CONTENT = {
    committeePositions: 11,
    chairSchedules: 1,
    memberUnits: 45,
    items: 34,
    claims: 13,
    answers: 12,
    projects: 4,
    activities: 4,
    activityRegistrations: 23,
    activityOutcomes: 9,
    // Issue 6: the Langxia committee's 双月 meetings (six held, the next scheduled) and G60's 2019 joint meeting.
    leaderboards: 9,
    meetings: 8,
    meetingsHeld: 7,
    actionItems: 14,
    actionItemsDone: 10,
  } as const;
  const NO_CONTENT = Object.fromEntries(Object.keys(CONTENT).map((key) => [key, 0]));
  const PROBLEMS = {
    problems: 6,
    resolvedOnTime: 4,
    resolvedLate: 1,
    openProblems: 1,
    escalated: 1,
    problemComments: 5,
  } as const;

  it('seeds every tenant, the four tenants’ records, the three alliances and their content once', async () => {
    expect(first).toMatchObject({
      seeded: true,
      tenants: 21,
      alliances: 3,
      allianceMembers: 20,
      ...CONTENT,
      ...PROBLEMS,
    });
    expect(first.units).toBeGreaterThan(300);
    expect(await seedDemoData(h.store, h.services)).toMatchObject({
      seeded: false,
      alliances: 0,
      ...NO_CONTENT,
      problems: 0,
    });
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

  it('gives Jinshan 216 enterprises and cooperatives with 1,021 Party members under eight cluster committees', async () => {
    // Besides them, the 14 Langxia operators Jinshan enrols in the alliance, created from the alliance content.
    const langxia = new Set(
      langxiaOperators.filter((op) => op.ownerTenantId === 'sh-jinshan').map((op) => op.name),
    );
    const all = await allUnits('sh-jinshan');
    expect(all.filter((unit) => langxia.has(String(unit.name)))).toHaveLength(14);
    const units = all.filter((unit) => !langxia.has(String(unit.name)));
    expect(units).toHaveLength(216);
    expect(units.reduce((sum, unit) => sum + Number(unit.partyMemberCount ?? 0), 0)).toBe(1021);
    const coverage = await get('sh-jinshan', '/v1/coverage');
    expect((coverage.total as Json).units).toBe(216 + 14);
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

  const allianceId = async (tenant: string, name: string) => {
    const alliances = (await get(tenant, '/v1/alliances?limit=100')).items as Json[];
    const id = alliances.find((alliance) => alliance.name === name)?.id;
    expect(id, name).toBeTruthy();
    return String(id);
  };

  it('gives the Langxia alliance its committee of 11 and its 45 member units', async () => {
    const id = await allianceId('zj-pinghu', LANGXIA);
    const committee = (await get('zj-pinghu', `/v1/alliances/${id}/committee`)).items as Json[];
    expect(committee).toHaveLength(11);
    expect(committee.map((position) => position.role)).toEqual([
      'secretary',
      'deputy_secretary',
      'deputy_secretary',
      ...Array(8).fill('member'),
    ]);
    expect(committee[0]).toMatchObject({
      personName: '孙静',
      tenantId: 'sh-jinshan',
      title: '廊下镇党委副书记',
    });
    expect(new Set(committee.map((position) => position.tenantId))).toEqual(
      new Set(['sh-jinshan', 'zj-jiashan', 'zj-pinghu']),
    );

    const units = (await get('zj-pinghu', `/v1/alliances/${id}/units?limit=100`)).items as Json[];
    expect(units).toHaveLength(45);
    expect(units.filter((unit) => unit.kind === 'unit')).toHaveLength(32);
    expect(units.filter((unit) => unit.kind === 'org')).toHaveLength(13);
    // Each owner shows only what it chose: Pinghu no Party member counts, nobody a credit code.
    for (const unit of units) {
      expect(unit.creditCode, String(unit.name)).toBeUndefined();
      // The private record's id is answered to its owner only.
      const source = unit.sourceUnitId ?? unit.sourceOrgId;
      expect(source !== undefined, String(unit.name)).toBe(unit.ownerTenantId === 'zj-pinghu');
    }
    const lianxiang = units.find((unit) => unit.name === '江南莲湘民宿');
    expect(lianxiang).toMatchObject({
      ownerTenantId: 'sh-jinshan',
      unitKind: 'enterprise',
      town: '廊下镇',
      employeeCount: 8,
      partyMemberCount: 3,
    });
    expect(String(lianxiang?.description)).toContain('民宿');
    const asparagus = units.find((unit) => unit.name === '平湖市广陈芦笋专业合作社');
    expect(asparagus).toMatchObject({ ownerTenantId: 'zj-pinghu', employeeCount: 52 });
    expect(asparagus).not.toHaveProperty('partyMemberCount');
    // Jinshan's enrolment of an organisation its records already held, and one it created, in Jiashan too.
    const own = (await get('sh-jinshan', `/v1/alliances/${id}/units?limit=100&ownerTenantId=sh-jinshan`))
      .items as Json[];
    const minsu = own.find((unit) => unit.name === '中共金山区廊下镇乡村民宿联合支部委员会');
    expect(minsu).toMatchObject({ orgKind: 'joint_branch', memberCount: 11, secretaryName: '姚春林' });
    const org = await get('sh-jinshan', `/v1/orgs/${minsu?.sourceOrgId}`);
    expect(org.name).toBe(minsu?.name);
    const jiashanOrgs = (await get('zj-jiashan', '/v1/orgs?limit=100')).items as Json[];
    expect(jiashanOrgs).toHaveLength(4);
    expect(jiashanOrgs.every((record) => (record.hostUnitIds as string[]).length >= 1)).toBe(true);
  });

  it('gives the G60 corridor its rotating chair: Wuhu in 2019, then Hefei', async () => {
    const id = await allianceId('ah-wuhu', G60);
    const chair = await get('ah-wuhu', `/v1/alliances/${id}/chair`);
    expect(chair).toMatchObject({ version: 1, termMonths: 12, startsOn: '2019-01-01' });
    const terms = chair.terms as Json[];
    const chairOn = (day: string) => {
      const at = new Date(`${day}T12:00:00+08:00`).getTime();
      return terms.find(
        (term) => new Date(String(term.from)).getTime() <= at && at < new Date(String(term.until)).getTime(),
      )?.tenantId;
    };
    expect(chairOn('2019-06-30')).toBe('ah-wuhu');
    expect(chairOn('2020-06-30')).toBe('ah-hefei');
    expect(chairOn('2021-06-30')).toBe('sh-songjiang');
  });

  it('follows up Qixia-style problems in the Minhang corridor: routed, resolved on time or late, one open', async () => {
    const id = await allianceId('zj-quzhou', MINHANG);
    const problems = (await get('zj-quzhou', `/v1/alliances/${id}/problems?limit=100`)).items as Json[];
    expect(problems).toHaveLength(6);
    expect(new Set(problems.map((p) => p.category))).toEqual(
      new Set(['financing', 'talent', 'land', 'policy']),
    );
    const byTitle = (part: string) => problems.find((p) => String(p.title).includes(part)) as Json;
    expect(byTitle('生产基地')).toMatchObject({
      raiserTenantId: 'sh-minhang',
      assigneeTenantId: 'js-yancheng',
      status: 'closed',
      rating: 5,
      resolution: { onTime: true },
    });
    const late = byTitle('抗体药');
    expect(late).toMatchObject({
      status: 'closed',
      rating: 3,
      resolution: { onTime: false },
      overdue: false,
    });
    expect(late.escalatedAt).toBeDefined();
    expect(byTitle('知识产权质押')).toMatchObject({
      status: 'resolved',
      assigneeTenantId: 'sh-minhang',
      reassigned: { fromTenantId: 'js-nantong' },
      rejection: { byTenantId: 'js-nantong' },
    });
    expect(byTitle('人工智能工程师')).toMatchObject({ status: 'in_progress', overdue: false });
    const comments = (await get('js-suzhou', `/v1/alliances/${id}/problems/${late.id}/comments`))
      .items as Json[];
    expect(comments.map((c) => c.authorRole)).toEqual(['secretariat', 'assignee']);
    const stats = await createStatsRepository(h.store).read({ allianceId: id });
    expect(stats.get('sh-minhang')).toMatchObject({ 'problems.resolvedOnTime': 3, 'problems.closed': 2 });
    expect(stats.get('js-suzhou')).toMatchObject({ 'problems.resolvedLate': 1, 'problems.escalated': 1 });
    expect(stats.get('js-nantong')).toMatchObject({ 'problems.raised': 1, 'problems.rejected': 0 });
  });

  it('fills the lists, with accepted claims and projects joining them', async () => {
    const counts: Record<string, number> = {};
    const accepted: Json[] = [];
    for (const [tenant, name] of [
      ['sh-jinshan', LANGXIA],
      ['sh-songjiang', G60],
      ['sh-minhang', MINHANG],
    ] as const) {
      const id = await allianceId(tenant, name);
      for (const kind of ['resources', 'needs', 'projects']) {
        const items = (await get(tenant, `/v1/alliances/${id}/${kind}?limit=100`)).items as Json[];
        expect(items.length, `${name} ${kind}`).toBeGreaterThan(0);
        counts[kind] = (counts[kind] ?? 0) + items.length;
        for (const item of kind === 'projects' ? [] : items) {
          if (Number(item.allocated ?? 0) === 0 && Number(item.pendingClaims ?? 0) === 0) continue;
          // The secretariat sees every claim on an item.
          const claims = (await get(tenant, `/v1/alliances/${id}/${kind}/${item.id}/claims?limit=100`))
            .items as Json[];
          accepted.push(...claims.filter((claim) => claim.status === 'accepted'));
        }
        if (kind === 'projects')
          for (const project of items)
            expect(project.links, String(project.title)).toMatchObject({
              resourceClaimId: expect.any(String),
              needClaimId: expect.any(String),
            });
      }
    }
    expect(counts).toEqual({ resources: 20, needs: 14, projects: 4 });
    expect(accepted).toHaveLength(11);
    expect(accepted.filter((claim) => claim.projectId !== undefined)).toHaveLength(8);
    // The training places: 6 + 6 of 20 taken; the lecturers' need met in full.
    const langxia = await allianceId('sh-jinshan', LANGXIA);
    const resources = (await get('sh-jinshan', `/v1/alliances/${langxia}/resources?limit=100`))
      .items as Json[];
    expect(resources.find((item) => String(item.title).includes('金旅大课堂'))).toMatchObject({
      quantity: 20,
      quantityUnit: '人',
      allocated: 12,
      status: 'open',
    });
    const needs = (await get('sh-jinshan', `/v1/alliances/${langxia}/needs?limit=100`)).items as Json[];
    expect(needs.find((item) => String(item.title).includes('新媒体营销'))).toMatchObject({
      allocated: 2,
      status: 'fulfilled',
    });
  });

  it('holds the Langxia committee every two months, with minutes, decisions and action items', async () => {
    const id = await allianceId('zj-pinghu', LANGXIA);
    const meetings = (await get('zj-pinghu', `/v1/alliances/${id}/meetings?limit=100`)).items as Json[];
    expect(meetings.map((m) => [m.date, m.status, m.hostTenantId])).toEqual([
      ['2027-01-12', 'scheduled', 'sh-jinshan'],
      ['2026-11-12', 'held', 'zj-pinghu'],
      ['2026-09-17', 'held', 'zj-jiashan'],
      ['2026-07-16', 'held', 'sh-jinshan'],
      ['2026-05-14', 'held', 'zj-pinghu'],
      ['2026-03-12', 'held', 'zj-jiashan'],
      ['2026-01-15', 'held', 'sh-jinshan'],
    ]);
    expect(String(meetings[1]?.minutes)).toContain('廊下 8 名、大云 6 名、广陈 6 名');
    expect(String(meetings[4]?.minutes)).toContain('1419');
    const next = await get('zj-pinghu', `/v1/alliances/${id}/meetings/next`);
    expect(next).toMatchObject({
      cadence: { kind: 'committee_meeting', everyMonths: 2 },
      lastHeld: { date: '2026-11-12' },
      dueOn: '2027-01-12',
      scheduled: { date: '2027-01-12' },
    });

    const items = (await get('zj-pinghu', `/v1/alliances/${id}/action-items?limit=100`)).items as Json[];
    expect(items.map((item) => item.status).sort()).toEqual(
      [...Array(10).fill('done'), ...Array(4).fill('open')].sort(),
    );
    const late = items.filter((item) => item.doneOnTime === false);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ assigneeTenantId: 'sh-jinshan', dueOn: '2026-05-31' });
    expect(String(late[0]?.doneNote)).toContain('9700');
    const owed = await get('zj-pinghu', `/v1/alliances/${id}/action-items?status=open&assignee=zj-pinghu`);
    expect((owed.items as Json[]).map((item) => item.dueOn)).toEqual(['2026-12-15', '2026-12-31']);

    const stats = await createStatsRepository(h.store).read({ allianceId: id });
    expect(stats.get('sh-jinshan')).toMatchObject({
      'meetings.held': 2,
      'meetings.scheduled': 1,
      'actions.doneOnTime': 4,
      'actions.doneLate': 1,
    });
    expect(stats.get('zj-pinghu')).toMatchObject({ 'actions.doneOnTime': 3, 'actions.open': 2 });
    expect(
      (await createStatsRepository(h.store).read({ allianceId: id }, '2026-11')).get('sh-jinshan'),
    ).toMatchObject({
      'board.actionItemsDoneOnTime': 2,
    });

    // G60's 2019 joint meeting names no host: the chair on that date, Wuhu, hosts it.
    const g60 = await allianceId('ah-wuhu', G60);
    const joint = (await get('ah-hefei', `/v1/alliances/${g60}/meetings`)).items as Json[];
    expect(joint.map((m) => [m.date, m.hostTenantId, m.hostFrom, m.status])).toEqual([
      ['2019-06-28', 'ah-wuhu', 'chair', 'held'],
    ]);
  });

  it('records the Langxia activities as the documents tell them: the training’s town quotas, the walk’s and the festival’s outcomes', async () => {
    const langxia = await allianceId('sh-jinshan', LANGXIA);
    const base = `/v1/alliances/${langxia}/activities`;
    const activities = (await get('zj-pinghu', `${base}?limit=100`)).items as Json[];
    const named = (part: string) => {
      const found = activities.find((activity) => String(activity.title).includes(part));
      expect(found, part).toBeDefined();
      return found as Json;
    };
    expect(activities).toHaveLength(4);
    const training = named('金旅大课堂');
    expect(training).toMatchObject({
      organiserTenantId: 'sh-jinshan',
      kind: 'training',
      status: 'done',
      capacity: 20,
      quotas: { 'sh-jinshan': 8, 'zj-jiashan': 6, 'zj-pinghu': 6 },
      registered: 20,
      registeredBy: { 'sh-jinshan': 8, 'zj-jiashan': 6, 'zj-pinghu': 6 },
    });
    const trainees = (await get('sh-jinshan', `${base}/${training.id}/registrations?limit=100`))
      .items as Json[];
    expect(trainees.filter((trainee) => trainee.attended === true)).toHaveLength(20);
    // Another town sees its own people only.
    expect((await get('zj-pinghu', `${base}/${training.id}/registrations?limit=100`)).items).toHaveLength(6);
    expect(named('公益徒步').outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '参赛队伍', value: 100, unit: '组' }),
        expect.objectContaining({ name: '筹得善款', value: 40000, unit: '元', qualifier: 'over' }),
        expect.objectContaining({ name: '捐赠书籍', value: 1419, unit: '本' }),
      ]),
    );
    expect(named('田野赏花节').outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '单日游客量同比增长', value: 47, unit: '%' }),
        expect.objectContaining({ name: '营业额同比增长', value: 20, unit: '%' }),
      ]),
    );
    expect(named('农场主沙龙')).toMatchObject({
      organiserTenantId: 'zj-jiashan',
      status: 'open',
      registered: 3,
    });

    const stats = createStatsRepository(h.store);
    const all = await stats.read({ allianceId: langxia });
    expect(all.get('sh-jinshan')).toMatchObject({
      'activities.done': 3,
      'outcomes.筹得善款|元': 40000,
      'outcomes.捐赠书籍|本': 1419,
      'activities.attended': 8,
    });
    expect(all.get('sh-jinshan')).not.toHaveProperty(['outcomes.单日游客量同比增长|%']);
    expect(all.get('zj-jiashan')).toMatchObject({ 'activities.open': 1, 'activities.registrations': 7 });
    const march = await stats.read({ allianceId: langxia }, '2026-03');
    expect(march.get('sh-jinshan')).toMatchObject({
      'board.activitiesHosted': 2,
      'board.participantsSent': 8,
    });
    expect(march.get('zj-pinghu')).toMatchObject({ 'board.participantsSent': 6 });
  });

  it('keeps two past months of 先锋榜单 for each alliance, final, and this month’s', async () => {
    const langxia = await allianceId('zj-pinghu', LANGXIA);
    const month = shanghaiMonth(new Date());
    const past = [previousMonth(previousMonth(month)), previousMonth(month)];
    for (const of of past) {
      const board = await get('zj-pinghu', `/v1/alliances/${langxia}/leaderboard?month=${of}`);
      expect(board).toMatchObject({ month: of, final: true });
      expect((board.entries as Json[]).map((entry) => entry.tenantId).sort()).toEqual(
        ['sh-jinshan', 'zj-jiashan', 'zj-pinghu'].sort(),
      );
      // The demo's claims are answered over the past weeks: each past month has someone to rank first.
      expect((board.entries as Json[])[0]?.score, of).toBeGreaterThan(0);
    }
    expect(await get('zj-pinghu', `/v1/alliances/${langxia}/leaderboard`)).toMatchObject({
      month,
      final: false,
    });
    // The dashboard counts what the demo did together: the committee's meetings and the walk's outcomes.
    const dashboard = await get('zj-pinghu', `/v1/alliances/${langxia}/dashboard`);
    expect(dashboard.total).toMatchObject({ meetings: { byStatus: { held: 6, scheduled: 1 } } });
    expect((dashboard.total as Json).outcomes).toContainEqual({ name: '捐赠书籍', unit: '本', value: 1419 });
  });
});
