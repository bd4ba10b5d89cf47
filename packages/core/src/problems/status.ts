// The problem's status machine (问题收集帮办), as data: each action, the statuses it may start from, where it
// leads and who takes it. The service looks actions up here; the README's table is this one.

import type { Transition } from '../lists/status.ts';
import { DomainError } from '../shared/errors.ts';

export const PROBLEM_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** Still waiting on the assignee: these can fall overdue and be escalated. */
export const OPEN_PROBLEM_STATUSES = ['submitted', 'accepted', 'in_progress'] as const;
export const isOpenProblem = (status: ProblemStatus): boolean =>
  (OPEN_PROBLEM_STATUSES as readonly string[]).includes(status);

/** Who takes an action: the assignee tenant, the raiser tenant, or the secretariat. */
export type ProblemActor = 'assignee' | 'raiser' | 'secretariat';

export const PROBLEM_TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted', by: 'assignee' },
  start: { from: ['accepted'], to: 'in_progress', by: 'assignee' },
  /** With the resolution text; on time when resolved on or before the due date (Asia/Shanghai). */
  resolve: { from: ['accepted', 'in_progress'], to: 'resolved', by: 'assignee' },
  /** With a reason; final unless the secretariat routes it to another member. */
  reject: { from: ['submitted', 'accepted', 'in_progress'], to: 'rejected', by: 'assignee' },
  /** The raiser accepts the resolution, optionally rating it 1–5. */
  close: { from: ['resolved'], to: 'closed', by: 'raiser' },
  /** The raiser does not accept the resolution (with a reason): back to the assignee, the due date unchanged. */
  reopen: { from: ['resolved'], to: 'in_progress', by: 'raiser' },
  /** The secretariat routes it to another member (a rejected one too), optionally with a new due date. */
  reassign: {
    from: ['submitted', 'accepted', 'in_progress', 'rejected'],
    to: 'submitted',
    by: 'secretariat',
  },
} as const satisfies Record<string, Transition<ProblemStatus> & { by: ProblemActor }>;
export type ProblemAction = keyof typeof PROBLEM_TRANSITIONS;

/** The status `action` leads to from `status`, or `problem.invalidTransition`. */
export const problemTransition = (action: ProblemAction, status: ProblemStatus): ProblemStatus => {
  const transition: Transition<ProblemStatus> = PROBLEM_TRANSITIONS[action];
  if (!transition.from.includes(status))
    throw new DomainError('problem.invalidTransition', { status, action });
  return transition.to;
};

/** Past its due date (its last day, Asia/Shanghai) and still waiting on the assignee. */
export const isOverdue = (
  problem: { readonly status: ProblemStatus; readonly dueDate: string },
  today: string,
): boolean => isOpenProblem(problem.status) && problem.dueDate < today;

export const PROBLEM_STATUS_LABELS: Readonly<Record<ProblemStatus, { zh: string; en: string }>> = {
  submitted: { zh: '已提交', en: 'submitted' },
  accepted: { zh: '已受理', en: 'accepted' },
  in_progress: { zh: '办理中', en: 'in progress' },
  resolved: { zh: '已办结', en: 'resolved' },
  closed: { zh: '已关闭', en: 'closed' },
  rejected: { zh: '已退回', en: 'rejected' },
};

export const problemStatusLabel = (status: string | number | undefined) =>
  PROBLEM_STATUS_LABELS[String(status) as ProblemStatus] ?? { zh: String(status), en: String(status) };
