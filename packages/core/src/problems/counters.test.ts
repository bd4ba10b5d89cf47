// A problem's counter deltas: its share after a change minus its share before.
import { describe, expect, it } from 'vitest';
import { problemDeltas } from './counters.ts';
import type { StoredProblem } from './schema.ts';

const base: StoredProblem = {
  id: 'p1',
  version: 1,
  createdAt: '2026-10-01T02:00:00.000Z',
  updatedAt: '2026-10-01T02:00:00.000Z',
  allianceId: 'a1',
  title: '融资对接',
  category: 'financing',
  description: '—',
  urgency: 'normal',
  raiserTenantId: 'zj-quzhou',
  assigneeTenantId: 'sh-minhang',
  assignedAt: '2026-10-01T02:00:00.000Z',
  dueDate: '2026-10-31',
  status: 'submitted',
  commentCount: 0,
};
const sorted = (deltas: ReturnType<typeof problemDeltas>) =>
  [...deltas].sort((a, b) => `${a.tenantId}${a.counter}`.localeCompare(`${b.tenantId}${b.counter}`));

describe('problem counter deltas', () => {
  it('counts a new problem on its raiser and its assignee', () => {
    expect(sorted(problemDeltas(undefined, base))).toEqual([
      { tenantId: 'sh-minhang', counter: 'problems.submitted', by: 1 },
      { tenantId: 'zj-quzhou', counter: 'problems.raised', by: 1 },
    ]);
  });

  it('moves the status count between assignees on reassignment', () => {
    const after = { ...base, assigneeTenantId: 'js-suzhou' };
    expect(sorted(problemDeltas(base, after))).toEqual([
      { tenantId: 'js-suzhou', counter: 'problems.submitted', by: 1 },
      { tenantId: 'sh-minhang', counter: 'problems.submitted', by: -1 },
    ]);
  });

  it('counts a resolution on time in its month, and takes it back on reopening', () => {
    const working = { ...base, status: 'in_progress' as const };
    const resolved = {
      ...working,
      status: 'resolved' as const,
      resolution: { text: '已对接', onTime: true, at: '2026-10-31T17:00:00.000Z', byTenantId: 'sh-minhang' },
    };
    const deltas = sorted(problemDeltas(working, resolved));
    expect(deltas).toContainEqual({
      tenantId: 'sh-minhang',
      counter: 'board.problemsResolvedOnTime',
      by: 1,
      month: '2026-11', // 01:00 on 1 November in Shanghai
    });
    expect(deltas).toContainEqual({ tenantId: 'sh-minhang', counter: 'problems.resolvedOnTime', by: 1 });
    const back = problemDeltas(resolved, working);
    expect(back).toContainEqual({ tenantId: 'sh-minhang', counter: 'problems.resolvedOnTime', by: -1 });
    expect(back).toContainEqual({
      tenantId: 'sh-minhang',
      counter: 'board.problemsResolvedOnTime',
      by: -1,
      month: '2026-11',
    });
  });
});
