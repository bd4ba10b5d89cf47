import { describe, expect, it } from 'vitest';
import { tableArns } from './arn.ts';
import { leadingKeyPatterns, SESSION_POLICY_MAX_CHARS, sessionPolicy } from './session-policy.ts';

const role = { partition: 'aws-cn', accountId: '123456789012' };
const pooled = tableArns(role, 'cn-northwest-1', 'lianjian');
const partitions = { tenant: (id: string) => `T#${id}`, alliance: (id: string) => `A#${id}` };
const ulid = (i: number) => `01JD3Q7Z8K6T2M4X9C5V0B${String(i).padStart(4, '0')}`;
const policyFor = (tenantId: string, alliances: number) =>
  sessionPolicy({
    tenantId,
    allianceIds: Array.from({ length: alliances }, (_, i) => ulid(i)),
    tenantTable: pooled,
    allianceTable: pooled,
    partitions,
  });

describe('session policy', () => {
  it('names the partition and the index partitions under it, not its siblings', () => {
    const [exact, under] = leadingKeyPatterns('T#sh-jinshan');
    expect([exact, under]).toEqual(['T#sh-jinshan', 'T#sh-jinshan#*']);
    // IAM StringLike: `*` matches any run of characters. `T#sh-jinshan-x` (another tenant) matches neither.
    const like = (pattern: string) => new RegExp(`^${pattern.replace(/[#-]/g, '\\$&').replace('*', '.*')}$`);
    const matches = (key: string) => [exact, under].some((pattern) => like(pattern ?? '').test(key));
    expect(matches('T#sh-jinshan')).toBe(true);
    expect(matches('T#sh-jinshan#ORG_PARENT#ROOT')).toBe(true);
    expect(matches('T#sh-jinshan-x')).toBe(false);
    expect(matches('T#sh-jinshanx#ORG')).toBe(false);
    expect(matches('PLATFORM#TENANTS')).toBe(false);
  });

  it('is compact JSON, and the longest tenant id fits with at least 15 alliances', () => {
    const longest = `sh-${'a'.repeat(37)}`;
    expect(policyFor(longest, 0)).not.toMatch(/\s/);
    expect(policyFor(longest, 15).length).toBeLessThanOrEqual(SESSION_POLICY_MAX_CHARS);
  });

  it('fails clearly at the first alliance count over the limit', () => {
    const fitsWith = (n: number) => {
      try {
        return policyFor('sh-jinshan', n).length <= SESSION_POLICY_MAX_CHARS;
      } catch {
        return false;
      }
    };
    let fits = 0;
    while (fitsWith(fits + 1)) fits += 1;
    expect(fits).toBe(23);
    expect(() => policyFor('sh-jinshan', fits + 1)).toThrow(/access\.policyTooLarge: .* 2048/);
  });
});
