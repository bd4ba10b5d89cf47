import { describe, expect, it } from 'vitest';
import { createCappedMap } from './capped-map.ts';
import { createExpiringCache } from './expiring-cache.ts';

describe('expiring cache', () => {
  const clock = { now: 0 };
  const cache = () =>
    createExpiringCache<{ expiresAt: number; n: number }>({
      refreshMarginMs: 100,
      maxEntries: 2,
      now: () => clock.now,
    });

  it('forgets a load that throws before its first await, so the next caller loads again', async () => {
    const values = cache();
    let loads = 0;
    const load = () => {
      loads += 1;
      if (loads === 1) throw new Error('boom');
      return Promise.resolve({ expiresAt: 1000, n: loads });
    };
    await expect(values.get('k', load)).rejects.toThrow('boom');
    await expect(values.get('k', load)).resolves.toMatchObject({ n: 2 });
    await expect(values.get('k', load)).resolves.toMatchObject({ n: 2 });
  });

  it('keeps at most maxEntries values, dropping the least recently used', async () => {
    const values = cache();
    let loads = 0;
    const load = () => Promise.resolve({ expiresAt: 1000, n: ++loads });
    await values.get('a', load);
    await values.get('b', load);
    await values.get('a', load);
    await values.get('c', load);
    expect(loads).toBe(3);
    await values.get('a', load);
    expect(loads).toBe(3);
    await values.get('b', load);
    expect(loads).toBe(4);
  });
});

describe('capped map', () => {
  it('refuses a capacity below one', () => {
    expect(() => createCappedMap(0)).toThrow(RangeError);
  });
});
