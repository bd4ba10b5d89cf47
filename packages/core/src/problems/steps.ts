// What each step makes of a problem: pure functions from the problem as read to the problem as stored after
// the step, checking who may take it (status.ts says from where). The service reads, calls one, and stores.
import type { AllianceMembership } from '../alliances/schema.ts';
import { DomainError } from '../shared/errors.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { WriteContext } from '../shared/write.ts';
import type {
  CloseProblem,
  ReassignProblem,
  RejectProblem,
  ReopenProblem,
  ResolveProblem,
  StoredProblem,
} from './schema.ts';
import { MAX_DUE_DAYS } from './schema.ts';
import { isOverdue, PROBLEM_TRANSITIONS, type ProblemAction, problemTransition } from './status.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time limit from today (Asia/Shanghai) to `MAX_DUE_DAYS` ahead. */
export const checkDueDate = (dueDate: string, now: Date) => {
  const today = shanghaiDate(now);
  const latest = shanghaiDate(now.getTime() + MAX_DUE_DAYS * DAY_MS);
  if (dueDate < today || dueDate > latest)
    throw new DomainError('problem.dueDateOutOfRange', { dueDate, today, latest });
};

/** The caller's tenant may take `action` on the problem (its status is checked separately). */
export const checkActor = (problem: StoredProblem, member: AllianceMembership, action: ProblemAction) => {
  const by = PROBLEM_TRANSITIONS[action].by;
  if (by === 'assignee' && problem.assigneeTenantId !== member.tenantId)
    throw new DomainError('problem.notAssignee');
  if (by === 'raiser' && problem.raiserTenantId !== member.tenantId)
    throw new DomainError('problem.notRaiser');
};

/** The problem one version on, in the status `action` leads to. */
const stepped = (ctx: WriteContext, problem: StoredProblem, action: ProblemAction): StoredProblem => ({
  ...problem,
  status: problemTransition(action, problem.status),
  version: problem.version + 1,
  updatedAt: ctx.now.toISOString(),
});

const stamp = (ctx: WriteContext) => ({
  at: ctx.now.toISOString(),
  byTenantId: ctx.principal.tenantId ?? '',
});

export const accepted = (ctx: WriteContext, problem: StoredProblem): StoredProblem => ({
  ...stepped(ctx, problem, 'accept'),
  acceptedAt: ctx.now.toISOString(),
});

export const started = (ctx: WriteContext, problem: StoredProblem): StoredProblem => ({
  ...stepped(ctx, problem, 'start'),
  startedAt: ctx.now.toISOString(),
});

/** On time when resolved on or before the due date (Asia/Shanghai). */
export const resolved = (
  ctx: WriteContext,
  problem: StoredProblem,
  input: ResolveProblem,
): StoredProblem => ({
  ...stepped(ctx, problem, 'resolve'),
  resolution: {
    text: input.resolution,
    onTime: shanghaiDate(ctx.now) <= problem.dueDate,
    ...stamp(ctx),
  },
});

export const rejected = (ctx: WriteContext, problem: StoredProblem, input: RejectProblem): StoredProblem => ({
  ...stepped(ctx, problem, 'reject'),
  rejection: { reason: input.reason, ...stamp(ctx) },
});

export const closed = (ctx: WriteContext, problem: StoredProblem, input: CloseProblem): StoredProblem => ({
  ...stepped(ctx, problem, 'close'),
  closedAt: ctx.now.toISOString(),
  ...(input.rating === undefined ? {} : { rating: input.rating }),
  ...(input.ratingNote === undefined ? {} : { ratingNote: input.ratingNote }),
});

/** The resolution is not accepted: it is taken back (and uncounted), the assignee works on. */
export const reopened = (ctx: WriteContext, problem: StoredProblem, input: ReopenProblem): StoredProblem => {
  const { resolution: _resolution, ...rest } = stepped(ctx, problem, 'reopen');
  return {
    ...rest,
    reopened: { reason: input.reason, count: (problem.reopened?.count ?? 0) + 1, ...stamp(ctx) },
  };
};

/**
 * Routed to another member, back to `submitted` for it to accept. A new due date clears the escalation (the
 * new time limit can be escalated in its turn); a rejection is kept as history until the next one.
 */
export const reassigned = (
  ctx: WriteContext,
  problem: StoredProblem,
  input: ReassignProblem,
): StoredProblem => {
  if (input.assigneeTenantId === problem.raiserTenantId) throw new DomainError('problem.selfAssigned');
  if (input.assigneeTenantId === problem.assigneeTenantId)
    throw new DomainError('problem.sameAssignee', { tenantId: input.assigneeTenantId });
  if (input.dueDate !== undefined) checkDueDate(input.dueDate, ctx.now);
  const next = stepped(ctx, problem, 'reassign');
  const { acceptedAt: _a, startedAt: _s, escalatedAt, ...rest } = next;
  const newDue = input.dueDate !== undefined && input.dueDate !== problem.dueDate;
  return {
    ...rest,
    ...(escalatedAt !== undefined && !newDue ? { escalatedAt } : {}),
    assigneeTenantId: input.assigneeTenantId,
    assignedAt: ctx.now.toISOString(),
    dueDate: input.dueDate ?? problem.dueDate,
    reassigned: {
      fromTenantId: problem.assigneeTenantId,
      ...(input.note === undefined ? {} : { note: input.note }),
      ...stamp(ctx),
      count: (problem.reassigned?.count ?? 0) + 1,
    },
  };
};

/** Overdue and not yet escalated (for this due date). */
export const needsEscalation = (problem: StoredProblem, today: string): boolean =>
  isOverdue(problem, today) && problem.escalatedAt === undefined;

/** Escalated to the secretariat: the status stays, the problem is marked. */
export const escalated = (ctx: WriteContext, problem: StoredProblem): StoredProblem => ({
  ...problem,
  escalatedAt: ctx.now.toISOString(),
  version: problem.version + 1,
  updatedAt: ctx.now.toISOString(),
});
