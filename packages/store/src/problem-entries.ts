// Index entries of a problem, beside it in the alliance partition: one per index (status, assignee, raiser)
// and, while it is open, one by due date. They move in the problem's own transaction when its status,
// assignee, due date or escalation change, so list filters and the overdue sweep read key ranges.
import { isOpenProblem, type StoredProblem } from '@lianjian/core';
import { type ItemKey, type ProblemEntryIndex, problemDueKey, problemEntryKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

const indexesOf = (problem: StoredProblem): ProblemEntryIndex[] => [
  { by: 'status' },
  { by: 'assignee', value: problem.assigneeTenantId },
  { by: 'raiser', value: problem.raiserTenantId },
];

const entryKeys = (problem: StoredProblem): ItemKey[] => [
  ...indexesOf(problem).map((index) =>
    problemEntryKey(problem.allianceId, index, problem.status, problem.id),
  ),
  ...(isOpenProblem(problem.status) ? [problemDueKey(problem.allianceId, problem.dueDate, problem.id)] : []),
];

/** What an entry carries: the fields filters test, so passing over an entry needs no read of its problem. */
export const problemEntryFields = (problem: StoredProblem) => ({
  problemId: problem.id,
  status: problem.status,
  assigneeTenantId: problem.assigneeTenantId,
  raiserTenantId: problem.raiserTenantId,
  dueDate: problem.dueDate,
  escalated: problem.escalatedAt !== undefined,
});

/** The entry writes taking a problem from `before` (absent: new) to `after`; none when no entry field moved. */
export const problemEntryOps = (
  tableName: string,
  before: StoredProblem | undefined,
  after: StoredProblem,
): TransactOp[] => {
  if (before && JSON.stringify(problemEntryFields(before)) === JSON.stringify(problemEntryFields(after)))
    return [];
  const kept = new Set(entryKeys(after).map((key) => key.sk));
  const deletes = (before ? entryKeys(before) : [])
    .filter((key) => !kept.has(key.sk))
    .map((Key): TransactOp => ({ item: { Delete: { TableName: tableName, Key } } }));
  const puts = entryKeys(after).map(
    (key): TransactOp => ({
      item: {
        Put: { TableName: tableName, Item: { ...key, type: 'PROBLEM_ENTRY', ...problemEntryFields(after) } },
      },
    }),
  );
  return [...deletes, ...puts];
};
