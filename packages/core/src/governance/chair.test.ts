import { describe, expect, it } from 'vitest';
import { addMonths, shanghaiDate, shanghaiMidnight } from '../shared/shanghai-time.ts';
import { type ChairRotation, deriveChair, type RotationMember } from './chair.ts';

// The G60 corridor's yearly joint meeting, hosted in turn; 2019 in Wuhu.
const G60: ChairRotation = {
  rotation: ['ah-wuhu', 'sh-songjiang', 'zj-jiaxing', 'zj-hangzhou'],
  termMonths: 12,
  startsOn: '2019-06-28',
};
const active = (...tenantIds: string[]): RotationMember[] =>
  tenantIds.map((tenantId) => ({ tenantId, status: 'active' }));
const ALL = active(...G60.rotation);
const at = (iso: string) => new Date(iso);
const chairAt = (iso: string, members = ALL, schedule = G60) =>
  deriveChair(schedule, members, at(iso)).current?.tenantId;

describe('Asia/Shanghai calendar helpers', () => {
  it('puts 00:00 in Shanghai at 16:00 UTC the day before', () => {
    expect(new Date(shanghaiMidnight('2020-06-28')).toISOString()).toBe('2020-06-27T16:00:00.000Z');
    expect(shanghaiDate(Date.parse('2020-06-27T15:59:59Z'))).toBe('2020-06-27');
    expect(shanghaiDate(Date.parse('2020-06-27T16:00:00Z'))).toBe('2020-06-28');
  });

  it('adds calendar months from the start date, clamping to the month end without drift', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 2)).toBe('2024-03-31');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2019-06-28', 12 * 7)).toBe('2026-06-28');
    expect(addMonths('2019-11-15', 2)).toBe('2020-01-15');
  });
});

describe('deriveChair', () => {
  it('has no chair before the first term, and names the first chair and when', () => {
    const state = deriveChair(G60, ALL, at('2019-06-27T15:59:59Z'));
    expect(state.current).toBeUndefined();
    expect(state.next).toEqual({
      tenantId: 'ah-wuhu',
      from: '2019-06-28T00:00:00+08:00',
      until: '2020-06-28T00:00:00+08:00',
      reason: 'scheduled',
    });
  });

  it('changes the chair at 00:00 Asia/Shanghai on the start anniversary, not at UTC midnight', () => {
    expect(chairAt('2019-06-27T16:00:00Z')).toBe('ah-wuhu');
    expect(chairAt('2020-06-27T15:59:59.999Z')).toBe('ah-wuhu');
    expect(chairAt('2020-06-27T16:00:00Z')).toBe('sh-songjiang');
    // At UTC midnight of the anniversary the new chair has served for eight hours already.
    expect(chairAt('2020-06-28T00:00:00Z')).toBe('sh-songjiang');
    const state = deriveChair(G60, ALL, at('2020-06-27T15:59:59Z'));
    expect(state.next).toMatchObject({ tenantId: 'sh-songjiang', from: '2020-06-28T00:00:00+08:00' });
  });

  it('wraps around the rotation', () => {
    expect(chairAt('2022-07-01T00:00:00Z')).toBe('zj-hangzhou');
    expect(chairAt('2023-07-01T00:00:00Z')).toBe('ah-wuhu');
    expect(chairAt('2026-11-22T00:00:00Z')).toBe('zj-hangzhou');
  });

  it('counts monthly terms from the start date, so a month-end start stays on month ends', () => {
    const monthly: ChairRotation = { rotation: ['a', 'b', 'c'], termMonths: 1, startsOn: '2024-01-31' };
    const members = active('a', 'b', 'c');
    const state = deriveChair(monthly, members, at('2024-03-30T00:00:00Z'));
    expect(state.terms.map((term) => [term.tenantId, term.from])).toEqual([
      ['a', '2024-01-31T00:00:00+08:00'],
      ['b', '2024-02-29T00:00:00+08:00'],
      ['c', '2024-03-31T00:00:00+08:00'],
    ]);
    expect(state.current?.tenantId).toBe('b');
  });

  it('skips a tenant that left before its term, keeping the terms it served', () => {
    const members: RotationMember[] = [
      ...active('ah-wuhu', 'zj-jiaxing', 'zj-hangzhou'),
      { tenantId: 'sh-songjiang', status: 'former', leftAt: '2024-01-10T02:00:00Z' },
    ];
    const state = deriveChair(G60, members, at('2025-07-01T00:00:00Z'));
    const served = state.terms.map((term) => `${term.from.slice(0, 4)} ${term.tenantId}`);
    // 2020 was Songjiang's (it was still a member); in 2024 its turn passes on, and the order continues.
    expect(served).toEqual([
      '2019 ah-wuhu',
      '2020 sh-songjiang',
      '2021 zj-jiaxing',
      '2022 zj-hangzhou',
      '2023 ah-wuhu',
      '2024 zj-jiaxing',
      '2025 zj-hangzhou',
      '2026 ah-wuhu',
    ]);
    expect(state.current?.tenantId).toBe('zj-hangzhou');
    expect(state.next?.tenantId).toBe('ah-wuhu');
  });

  it('hands the rest of the term to the next member when the chair leaves during it', () => {
    const members: RotationMember[] = [
      ...active('ah-wuhu', 'zj-jiaxing', 'zj-hangzhou'),
      { tenantId: 'sh-songjiang', status: 'former', leftAt: '2020-10-01T01:00:00Z' },
    ];
    const state = deriveChair(G60, members, at('2020-12-01T00:00:00Z'));
    expect(state.current).toEqual({
      tenantId: 'zj-jiaxing',
      from: '2020-10-01T09:00:00+08:00',
      until: '2021-06-28T00:00:00+08:00',
      reason: 'substitute',
    });
    expect(state.next).toMatchObject({ tenantId: 'zj-hangzhou', from: '2021-06-28T00:00:00+08:00' });
  });

  it('skips tenants without a member record', () => {
    expect(chairAt('2020-07-01T00:00:00Z', active('ah-wuhu', 'zj-jiaxing', 'zj-hangzhou'))).toBe(
      'zj-jiaxing',
    );
  });

  it('has no chair once no tenant of the rotation is a member', () => {
    const members: RotationMember[] = G60.rotation.map((tenantId) => ({
      tenantId,
      status: 'former',
      leftAt: '2021-01-01T00:00:00Z',
    }));
    const state = deriveChair(G60, members, at('2022-01-01T00:00:00Z'));
    expect(state.current).toBeUndefined();
    expect(state.next).toBeUndefined();
  });

  it('shifts the rotation from an early handover, counting later terms from its date', () => {
    const handedOver: ChairRotation = {
      ...G60,
      anchor: { tenantId: 'sh-songjiang', at: '2026-11-22T07:30:00Z' }, // 15:30 in Shanghai
    };
    const state = deriveChair(handedOver, ALL, at('2026-12-01T00:00:00Z'));
    expect(state.current).toEqual({
      tenantId: 'sh-songjiang',
      from: '2026-11-22T15:30:00+08:00',
      until: '2027-11-22T00:00:00+08:00',
      reason: 'handover',
    });
    expect(state.next).toEqual({
      tenantId: 'zj-jiaxing',
      from: '2027-11-22T00:00:00+08:00',
      until: '2028-11-22T00:00:00+08:00',
      reason: 'scheduled',
    });
    expect(chairAt('2027-11-21T15:59:59Z', ALL, handedOver)).toBe('sh-songjiang');
    expect(chairAt('2027-11-21T16:00:00Z', ALL, handedOver)).toBe('zj-jiaxing');
  });

  it('keeps only the latest terms as history', () => {
    const monthly: ChairRotation = { rotation: ['a', 'b'], termMonths: 1, startsOn: '2000-01-01' };
    const state = deriveChair(monthly, active('a', 'b'), at('2026-11-22T00:00:00Z'), 5);
    expect(state.terms).toHaveLength(5);
    expect(state.terms.at(-1)).toEqual(state.next);
    expect(state.terms.at(-2)).toEqual(state.current);
  });
});
