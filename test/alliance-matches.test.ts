// 供需对接 through the API: open resources ranked for a need (and needs for a resource), each score explained,
// and the match index kept in step by the item writes (edits, withdrawal, hiding, fulfilment).
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';

const JINSHAN = 'sh-jinshan';
const JIASHAN = 'zj-jiashan';
const PINGHU = 'zj-pinghu';
const admin = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });
const viewer = (tenant: string): Caller => ({ tenant, role: 'tenant_viewer' });

interface Match {
  itemId: string;
  title: string;
  ownerTenantId: string;
  score: number;
  explanation: {
    category: { same: boolean; points: number };
    tags: { shared: string[]; points: number };
    text: { similarity: number; sharedTerms: string[]; points: number };
    region: { level: string; points: number };
  };
}

describe('matching resources and needs', () => {
  let h: Harness;
  let base = '';
  const call = async (
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const response = await h.call(method, path, {
      as,
      ...(body === undefined ? {} : { body }),
      ...(headers ? { headers } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      etag: response.headers.get('etag'),
    };
  };
  const post = async (kind: 'resources' | 'needs', as: Caller, body: Record<string, unknown>) => {
    const created = await call('POST', `${base}/${kind}`, as, body);
    expect(created.status).toBe(201);
    return created.body as { id: string; version: number };
  };
  const matches = async (kind: 'resources' | 'needs', id: string, as: Caller = viewer(JINSHAN)) => {
    const found = await call('GET', `${base}/${kind}/${id}/matches`, as);
    expect(found.status).toBe(200);
    return (found.body as { items: Match[] }).items;
  };

  let need = '';
  let dayun = '';
  beforeAll(async () => {
    h = await createHarness();
    for (const tenant of [JINSHAN, JIASHAN, PINGHU]) await h.addTenant(tenant);
    const alliance = await call('POST', '/v1/alliances', admin(JINSHAN), {
      name: '廊下·大云·广陈乡村振兴联盟',
      kind: 'cluster',
    });
    base = `/v1/alliances/${alliance.body.id}`;
    for (const tenant of [JIASHAN, PINGHU]) {
      expect((await call('POST', `${base}/invitations`, admin(JINSHAN), { tenantId: tenant })).status).toBe(
        201,
      );
      expect((await call('POST', `${base}/invitations/${tenant}/accept`, admin(tenant))).status).toBe(200);
    }
    need = (
      await post('needs', admin(JINSHAN), {
        title: '民宿经营管理培训',
        description: '廊下镇民宿业主希望学习民宿经营、乡村旅游线路设计',
        category: 'training',
        tags: ['民宿', '乡村旅游'],
        region: '310116',
      })
    ).id;
    dayun = (
      await post('resources', admin(JIASHAN), {
        title: '大云镇民宿经营实训基地',
        description: '面向长三角民宿业主开放的民宿经营培训与乡村旅游实训',
        category: 'training',
        tags: ['民宿'],
        region: '330421',
        quantity: 2,
      })
    ).id;
  });

  it('ranks the resources that meet a need, explains each score, and leaves out unrelated and own items', async () => {
    const unrelated = await post('resources', admin(PINGHU), {
      title: '小微企业贷款贴息',
      description: '平湖市小微企业贷款贴息政策解读',
      category: 'finance',
      region: '330482',
    });
    const own = await post('resources', admin(JINSHAN), {
      title: '金山民宿经营培训教室',
      category: 'training',
      tags: ['民宿'],
      region: '310116',
    });
    const weaker = await post('resources', admin(PINGHU), {
      title: '广陈镇农家乐经营讲座',
      description: '农家乐与乡村旅游经营经验分享',
      category: 'training',
      region: '330482',
    });
    const found = await matches('needs', need);
    const ids = found.map((match) => match.itemId);
    expect(ids).toEqual([dayun, weaker.id]);
    expect(ids).not.toContain(unrelated.id);
    expect(ids).not.toContain(own.id);
    const [best] = found;
    expect(best).toMatchObject({
      title: '大云镇民宿经营实训基地',
      ownerTenantId: JIASHAN,
      explanation: {
        category: { same: true, points: 30 },
        tags: { shared: ['民宿'] },
        region: { level: 'elsewhere' },
      },
    });
    expect(best?.explanation.text.sharedTerms).toEqual(expect.arrayContaining(['民宿', '经营']));
    const { category, tags, text, region } = best?.explanation ?? ({} as Match['explanation']);
    expect(best?.score).toBeCloseTo(category.points + tags.points + text.points + region.points, 0);
    // Contact details never travel with a match.
    expect(JSON.stringify(found)).not.toContain('contact');

    // And the other way round: needs ranked for a resource, seen by any member.
    const reverse = await matches('resources', dayun, viewer(PINGHU));
    expect(reverse.map((match) => match.itemId)).toEqual([need]);
  });

  it('follows the item writes: edits, hiding, withdrawal and fulfilment', async () => {
    const dayunPath = `${base}/resources/${dayun}`;
    const current = await call('GET', dayunPath, viewer(JIASHAN));
    const edited = await call(
      'PATCH',
      dayunPath,
      admin(JIASHAN),
      { title: '大云镇民宿管家实训基地' },
      {
        'if-match': current.etag ?? '',
      },
    );
    expect(edited.status).toBe(200);
    expect((await matches('needs', need)).find((match) => match.itemId === dayun)?.title).toBe(
      '大云镇民宿管家实训基地',
    );

    const hide = (action: 'hide' | 'unhide') =>
      call('POST', `${dayunPath}/moderation`, admin(JINSHAN), { action, reason: '核实联系方式' });
    expect((await hide('hide')).status).toBe(200);
    expect((await matches('needs', need)).map((match) => match.itemId)).not.toContain(dayun);
    expect((await hide('unhide')).status).toBe(200);
    expect((await matches('needs', need)).map((match) => match.itemId)).toContain(dayun);

    // Fulfilled by accepted claims: no longer open, no longer matched.
    const claim = await call('POST', `${dayunPath}/claims`, admin(JINSHAN), {
      quantity: 2,
      note: '廊下镇 2 人参训',
    });
    expect(claim.status).toBe(201);
    expect(
      (await call('POST', `${dayunPath}/claims/${claim.body.id}/accept`, admin(JIASHAN), {})).status,
    ).toBe(200);
    expect((await call('GET', dayunPath, viewer(JIASHAN))).body.status).toBe('fulfilled');
    expect((await matches('needs', need)).map((match) => match.itemId)).not.toContain(dayun);

    const spare = await post('resources', admin(JIASHAN), {
      title: '大云镇民宿培训师资',
      category: 'training',
      tags: ['民宿'],
    });
    expect((await matches('needs', need)).map((match) => match.itemId)).toContain(spare.id);
    const withdrawn = await call(
      'POST',
      `${base}/resources/${spare.id}/withdraw`,
      admin(JIASHAN),
      undefined,
      {
        'if-match': `"${spare.version}"`,
      },
    );
    expect(withdrawn.status).toBe(200);
    expect((await matches('needs', need)).map((match) => match.itemId)).not.toContain(spare.id);
  });

  it('refuses a bad limit and answers 404 for an item that does not exist', async () => {
    const bad = await call('GET', `${base}/needs/${need}/matches?limit=500`, viewer(JINSHAN));
    expect(bad.status).toBe(400);
    const missing = await call('GET', `${base}/needs/01JD3Q9A2B3C4D5E6F7G8H9J0K/matches`, viewer(JINSHAN));
    expect(missing.status).toBe(404);
  });
});
