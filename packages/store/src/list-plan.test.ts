import type { ItemFilter } from '@lianjian/core';
import { describe, expect, it } from 'vitest';
import { matchesText, planItemList } from './list-plan.ts';

const filter = (fields: Partial<ItemFilter> = {}): ItemFilter => ({
  seesHidden: true,
  today: '2026-12-01',
  ...fields,
});

describe('list plans', () => {
  it('reads the items themselves without filters', () => {
    expect(planItemList('need', filter(), 'sh-jinshan')).toEqual({ prefix: 'ITEM#need#', viaEntries: false });
  });

  it('reads the most selective index: owner, then category, then status', () => {
    const plan = (fields: Partial<ItemFilter>) => planItemList('resource', filter(fields), 'sh-jinshan');
    expect(plan({ status: 'closed' }).prefix).toBe('LX#resource#ST#2closed#');
    expect(plan({ category: 'venue' }).prefix).toBe('LX#resource#CAT#venue#');
    expect(plan({ category: 'venue', status: 'withdrawn' }).prefix).toBe('LX#resource#CAT#venue#1withdrawn#');
    expect(plan({ owner: 'zj-jiashan', category: 'venue', status: 'open' })).toMatchObject({
      prefix: 'LX#resource#OWN#zj-jiashan#4open#',
      viaEntries: true,
      filter: { expression: expect.stringContaining('#category = :category') },
    });
  });

  it('reads expired items from the open range, filtered on valid-until', () => {
    expect(planItemList('need', filter({ status: 'expired' }), 'sh-jinshan')).toMatchObject({
      prefix: 'LX#need#ST#4open#',
      filter: { expression: 'validUntil < :today', values: { ':today': '2026-12-01' } },
    });
  });

  it('leaves hidden items out for members who are not the secretariat, except their own', () => {
    const plan = planItemList('need', filter({ seesHidden: false }), 'zj-pinghu');
    expect(plan.filter).toMatchObject({
      expression: '(#hidden = :false OR ownerTenantId = :viewer)',
      values: { ':false': false, ':viewer': 'zj-pinghu' },
    });
  });

  it('matches text in the title, description or tags, ignoring case', () => {
    const matches = matchesText('Ai');
    expect(matches({ title: '人工智能 AI 联盟' })).toBe(true);
    expect(matches({ title: '联盟', description: 'an ai lab' })).toBe(true);
    expect(matches({ title: '联盟', tags: ['AI'] })).toBe(true);
    expect(matches({ title: '联盟', tags: ['智能'] })).toBe(false);
  });
});
