// How a stored problem reads: with `overdue` computed for today, and as the subject of feed events.
import type { Problem, StoredProblem } from './schema.ts';
import { isOverdue } from './status.ts';

export const presentProblem = (problem: StoredProblem, today: string): Problem => ({
  ...problem,
  overdue: isOverdue(problem, today),
});

/** Every member reads problems, so their feed events carry the title (never the description or comments). */
export const problemSubject = (problem: StoredProblem) => ({
  type: 'problem',
  id: problem.id,
  title: problem.title,
  version: problem.version,
});
