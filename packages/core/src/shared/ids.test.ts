import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId } from './ids.ts';

describe('newId', () => {
  it('makes ULIDs that sort in creation order, even within one millisecond', () => {
    const now = Date.UTC(2026, 10, 22);
    const ids = Array.from({ length: 1000 }, () => newId(now));
    expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId(now + 1) > (ids.at(-1) ?? '')).toBe(true);
  });
});
