import { describe, expect, it } from 'vitest';
import { type MatchableItem, packProfile, profileOf, unpackProfile } from './profile.ts';
import { rankMatches, regionLevel } from './score.ts';
import { matchTerms } from './terms.ts';

const item = (fields: Partial<MatchableItem> & { id: string; title: string }): MatchableItem => ({
  category: 'training',
  ownerTenantId: 'zj-jiashan',
  ...fields,
});

const NEED = profileOf(
  item({
    id: '01JD3Q9A2B3C4D5E6F7G8H9J00',
    title: '民宿经营管理培训',
    description: '廊下镇民宿业主希望学习民宿经营、乡村旅游线路设计',
    tags: ['民宿', '乡村旅游'],
    region: '310116',
    ownerTenantId: 'sh-jinshan',
  }),
);

describe('region closeness', () => {
  it('ranks same county over same city over same province over elsewhere', () => {
    expect(regionLevel('310116', '310116')).toBe('county');
    expect(regionLevel('310116', '310117')).toBe('city'); // both Shanghai districts
    expect(regionLevel('330421', '330482')).toBe('city'); // Jiashan and Pinghu, both Jiaxing
    expect(regionLevel('330421', '330100')).toBe('province');
    expect(regionLevel('310116', '330421')).toBe('elsewhere');
    expect(regionLevel(undefined, '330421')).toBe('unknown');
  });
});

describe('match terms', () => {
  it('segments Chinese into words and drops the common ones and numbers', () => {
    const terms = matchTerms('提供民宿经营培训场地，可容纳50人');
    expect(terms).toEqual(expect.arrayContaining(['民宿', '经营', '培训', '场地']));
    expect(terms).not.toContain('提供');
    expect(terms).not.toContain('50');
    expect(terms).not.toContain('可');
  });

  it('packs and unpacks a profile, tabs in titles included', () => {
    const profile = profileOf(
      item({ id: 'X', title: '标题\t带制表符', tags: ['a', 'b'], validUntil: '2026-12-31' }),
    );
    expect(unpackProfile('X', packProfile(profile))).toEqual({ ...profile, title: '标题 带制表符' });
  });
});

describe('ranking', () => {
  const close = profileOf(
    item({
      id: '01JD3Q9A2B3C4D5E6F7G8H9J01',
      title: '松江区民宿经营实训基地',
      description: '面向长三角民宿业主开放的经营培训与乡村旅游实训',
      tags: ['民宿'],
      region: '310117',
    }),
  );
  const far = profileOf(
    item({
      id: '01JD3Q9A2B3C4D5E6F7G8H9J02',
      title: '合肥人工智能技能培训',
      description: '人工智能算法工程师培训',
      region: '340100',
      ownerTenantId: 'ah-hefei',
    }),
  );
  const unrelated = profileOf(
    item({
      id: '01JD3Q9A2B3C4D5E6F7G8H9J03',
      title: '小微企业贷款贴息',
      category: 'finance',
      region: '310116',
    }),
  );
  const own = profileOf(item({ ...close, id: '01JD3Q9A2B3C4D5E6F7G8H9J04', ownerTenantId: 'sh-jinshan' }));
  const expired = profileOf(item({ ...close, id: '01JD3Q9A2B3C4D5E6F7G8H9J05', validUntil: '2026-01-31' }));

  const ranked = rankMatches(NEED, [far, unrelated, close, own, expired], { limit: 10, today: '2026-11-22' });

  it('puts the closest match first and leaves out own, expired and unrelated items', () => {
    expect(ranked.map((match) => match.itemId)).toEqual([close.id, far.id]);
  });

  it('explains each score by its parts, which add up to it', () => {
    const [best, second] = ranked;
    expect(best?.explanation).toMatchObject({
      category: { same: true, points: 30 },
      tags: { shared: ['民宿'] },
      region: { level: 'city', points: 10 },
    });
    expect(best?.explanation.text.sharedTerms).toEqual(expect.arrayContaining(['民宿', '经营']));
    expect(second?.explanation.region).toEqual({ level: 'elsewhere', points: 0 });
    for (const match of ranked) {
      const { category, tags, text, region } = match.explanation;
      expect(match.score).toBeCloseTo(category.points + tags.points + text.points + region.points, 0);
    }
    expect(best?.score ?? 0).toBeGreaterThan(second?.score ?? 0);
  });

  it('honours the limit', () => {
    expect(rankMatches(NEED, [far, close], { limit: 1, today: '2026-11-22' })).toHaveLength(1);
  });
});
