// The alliance counters a problem keeps (the dashboard's and the leaderboard's facts). A problem's share of the
// counters is a function of its state, so a change's deltas are "share after − share before": reassignment
// moves its status count between assignees, a reopened resolution takes its on-time count back, and nothing
// is counted twice whatever path the problem takes. Escalation is an event, counted where it happens.
import { counted, countedInMonth, type StatDelta, shanghaiMonth } from '../stats/deltas.ts';
import type { StoredProblem } from './schema.ts';

type Share = Map<string, StatDelta>;

const add = (share: Share, delta: StatDelta) => {
  const key = `${delta.month ?? ''}|${delta.tenantId}|${delta.counter}`;
  const had = share.get(key);
  share.set(key, had ? { ...had, by: had.by + delta.by } : delta);
};

/** What one problem adds to the counters as it stands. */
export const problemShare = (problem: StoredProblem): Share => {
  const share: Share = new Map();
  add(share, counted(problem.raiserTenantId, 'problems.raised'));
  add(share, counted(problem.assigneeTenantId, `problems.${problem.status}`));
  const { resolution } = problem;
  if (resolution) {
    const by = resolution.byTenantId;
    add(share, counted(by, resolution.onTime ? 'problems.resolvedOnTime' : 'problems.resolvedLate'));
    if (resolution.onTime)
      add(share, countedInMonth(by, 'board.problemsResolvedOnTime', shanghaiMonth(resolution.at)));
    if (problem.rating !== undefined) {
      add(share, counted(by, 'problems.ratingSum', problem.rating));
      add(share, counted(by, 'problems.rated'));
    }
  }
  return share;
};

/** The deltas taking the counters from `before` (absent: a new problem) to `after`. */
export const problemDeltas = (before: StoredProblem | undefined, after: StoredProblem): StatDelta[] => {
  const sums: Share = new Map();
  for (const delta of problemShare(after).values()) add(sums, delta);
  if (before) for (const delta of problemShare(before).values()) add(sums, { ...delta, by: -delta.by });
  return [...sums.values()].filter((delta) => delta.by !== 0);
};

/** An overdue problem escalated to the secretariat: counted on its assignee. */
export const escalationDeltas = (problem: StoredProblem): StatDelta[] => [
  counted(problem.assigneeTenantId, 'problems.escalated'),
];
