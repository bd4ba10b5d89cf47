// Problem follow-up (问题收集帮办): raising, routing, the assignee's and raiser's steps, the secretariat's
// reassignment, comments, and the escalation of overdue problems. Route access and the alliance gate admit the
// caller; the service keeps the rules that depend on the problem (who is its raiser or assignee, its status).
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import type { MemberUnitRepository } from '../member-units/repository.ts';
import { DomainError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { newResource } from '../shared/resource.ts';
import { retryOnChange, retryOnConflict } from '../shared/retry.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { WriteContext } from '../shared/write.ts';
import { escalationDeltas, problemDeltas } from './counters.ts';
import type { ProblemRepository, ProblemScope } from './repository.ts';
import type {
  CloseProblem,
  CreateProblem,
  CreateProblemComment,
  Escalation,
  Problem,
  ProblemComment,
  ProblemListQuery,
  ReassignProblem,
  RejectProblem,
  ReopenProblem,
  ResolveProblem,
  StoredProblem,
} from './schema.ts';
import type { ProblemAction } from './status.ts';
import {
  accepted,
  checkActor,
  checkDueDate,
  closed,
  escalated,
  needsEscalation,
  reassigned,
  rejected,
  reopened,
  resolved,
  started,
} from './steps.ts';
import { presentProblem, problemSubject } from './view.ts';

type Member = AllianceMembership;

/** Problems escalated by one call at most; the answer says whether more wait (a job calls again). */
export const ESCALATION_BATCH = 25;

export interface ProblemService {
  create(ctx: WriteContext, member: Member, input: CreateProblem): Promise<Problem>;
  /** `now` decides which problems read as overdue. */
  list(member: Member, query: ProblemListQuery, now?: Date): Promise<Page<Problem>>;
  get(member: Member, problemId: string, now?: Date): Promise<Problem>;
  accept(ctx: WriteContext, member: Member, problemId: string, expectedVersion: number): Promise<Problem>;
  start(ctx: WriteContext, member: Member, problemId: string, expectedVersion: number): Promise<Problem>;
  resolve(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    expectedVersion: number,
    input: ResolveProblem,
  ): Promise<Problem>;
  reject(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    expectedVersion: number,
    input: RejectProblem,
  ): Promise<Problem>;
  close(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    expectedVersion: number,
    input: CloseProblem,
  ): Promise<Problem>;
  reopen(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    expectedVersion: number,
    input: ReopenProblem,
  ): Promise<Problem>;
  /** The secretariat routes the problem to another member (the route admits only the secretariat). */
  reassign(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    expectedVersion: number,
    input: ReassignProblem,
  ): Promise<Problem>;
  /** The raiser, the assignee and the secretariat read and write comments; other members get 403. */
  comments(member: Member, problemId: string, page: PageRequest): Promise<Page<ProblemComment>>;
  comment(
    ctx: WriteContext,
    member: Member,
    problemId: string,
    input: CreateProblemComment,
  ): Promise<ProblemComment>;
  /**
   * Escalates the alliance's overdue problems to the secretariat: each gets `escalatedAt`, a feed event, an
   * audit entry and `problems.escalated` on its assignee, once per due date. Safe to run again and at once
   * with itself. Acts with the caller's tenant session, or the platform's when `ctx.principal` has no tenant
   * (a scheduled job).
   */
  escalateOverdue(ctx: WriteContext, allianceId: string): Promise<Escalation>;
}

export interface ProblemServiceDeps {
  readonly problems: ProblemRepository;
  readonly memberUnits: Pick<MemberUnitRepository, 'get'>;
}

const FEED_ACTION: Readonly<Record<ProblemAction, string>> = {
  accept: 'problem.accepted',
  start: 'problem.started',
  resolve: 'problem.resolved',
  reject: 'problem.rejected',
  close: 'problem.closed',
  reopen: 'problem.reopened',
  reassign: 'problem.reassigned',
};

export const createProblemService = ({ problems, memberUnits }: ProblemServiceDeps): ProblemService => {
  const found = async (scope: ProblemScope, problemId: string) => {
    const problem = await problems.get(scope, problemId);
    if (!problem) throw new DomainError('resource.notFound');
    return problem;
  };

  /** Reads the problem, checks the actor and the version, makes the step and stores it with its counters. */
  const step = <I>(
    action: ProblemAction,
    make: (ctx: WriteContext, problem: StoredProblem, input: I) => StoredProblem,
    changes: (input: I) => readonly string[],
  ) => {
    return (ctx: WriteContext, member: Member, problemId: string, expectedVersion: number, input: I) =>
      retryOnConflict(async () => {
        const problem = await found(member, problemId);
        checkActor(problem, member, action);
        if (problem.version !== expectedVersion) throw new DomainError('version.mismatch');
        const after = make(ctx, problem, input);
        const meta = allianceWriteMeta(ctx, member.allianceId, FEED_ACTION[action], problemSubject(after), [
          'status',
          ...changes(input),
        ]);
        await problems.update(
          member,
          { before: problem, after, deltas: problemDeltas(problem, after) },
          meta,
        );
        return presentProblem(after, shanghaiDate(ctx.now));
      });
  };

  const isParty = (problem: StoredProblem, member: Member) =>
    problem.raiserTenantId === member.tenantId ||
    problem.assigneeTenantId === member.tenantId ||
    member.role === 'secretariat';

  const acceptStep = step(
    'accept',
    (ctx, problem) => accepted(ctx, problem),
    () => ['acceptedAt'],
  );
  const startStep = step(
    'start',
    (ctx, problem) => started(ctx, problem),
    () => ['startedAt'],
  );

  return {
    async create(ctx, member, input) {
      checkDueDate(input.dueDate, ctx.now);
      if (input.assigneeTenantId === member.tenantId) throw new DomainError('problem.selfAssigned');
      let memberUnitName: string | undefined;
      if (input.memberUnitId !== undefined) {
        const unit = await memberUnits.get(member, input.memberUnitId);
        if (!unit || unit.ownerTenantId !== member.tenantId)
          throw new DomainError('problem.memberUnitNotFound', { memberUnitId: input.memberUnitId });
        memberUnitName = unit.name;
      }
      const problem: StoredProblem = newResource(ctx, {
        ...input,
        ...(memberUnitName === undefined ? {} : { memberUnitName }),
        allianceId: member.allianceId,
        raiserTenantId: member.tenantId,
        assignedAt: ctx.now.toISOString(),
        status: 'submitted' as const,
        commentCount: 0,
      });
      const response = presentProblem(problem, shanghaiDate(ctx.now));
      await problems.create(
        member,
        problem,
        response,
        problemDeltas(undefined, problem),
        allianceWriteMeta(
          ctx,
          member.allianceId,
          'problem.submitted',
          problemSubject(problem),
          Object.keys(input),
        ),
      );
      return response;
    },

    async list(member, query, now = new Date()) {
      const today = shanghaiDate(now);
      const page = await problems.list(
        member,
        {
          status: query.status,
          assignee: query.assignee,
          raiser: query.raiser,
          overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
          today,
        },
        { limit: query.limit, cursor: query.cursor },
      );
      const items = page.items.map((problem) => presentProblem(problem, today));
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    async get(member, problemId, now = new Date()) {
      return presentProblem(await found(member, problemId), shanghaiDate(now));
    },

    accept: (ctx, member, problemId, expectedVersion) =>
      acceptStep(ctx, member, problemId, expectedVersion, undefined),
    start: (ctx, member, problemId, expectedVersion) =>
      startStep(ctx, member, problemId, expectedVersion, undefined),
    resolve: step('resolve', resolved, () => ['resolution']),
    reject: step('reject', rejected, () => ['rejection']),
    close: step('close', closed, (input) => ['closedAt', ...Object.keys(input)]),
    reopen: step('reopen', reopened, () => ['reopened', 'resolution']),
    reassign: step('reassign', reassigned, (input) => [
      'assigneeTenantId',
      'reassigned',
      ...(input.dueDate === undefined ? [] : ['dueDate']),
    ]),

    async comments(member, problemId, page) {
      const problem = await found(member, problemId);
      if (!isParty(problem, member)) throw new DomainError('problem.notParty');
      return problems.comments(member, problemId, page);
    },

    async comment(ctx, member, problemId, input) {
      const problem = await found(member, problemId);
      if (!isParty(problem, member)) throw new DomainError('problem.notParty');
      const comment: ProblemComment = {
        id: newId(ctx.now.getTime()),
        createdAt: ctx.now.toISOString(),
        allianceId: member.allianceId,
        problemId,
        authorTenantId: member.tenantId,
        authorRole:
          problem.raiserTenantId === member.tenantId
            ? 'raiser'
            : problem.assigneeTenantId === member.tenantId
              ? 'assignee'
              : 'secretariat',
        text: input.text,
      };
      await problems.addComment(
        member,
        comment,
        // The feed tells that a comment came, never what it says (comments are the parties' channel).
        allianceWriteMeta(ctx, member.allianceId, 'problem.commented', {
          type: 'problem',
          id: problem.id,
          title: problem.title,
        }),
      );
      return comment;
    },

    async escalateOverdue(ctx, allianceId) {
      const scope: ProblemScope = { allianceId, tenantId: ctx.principal.tenantId };
      const today = shanghaiDate(ctx.now);
      const { problems: candidates, more } = await problems.toEscalate(scope, today, ESCALATION_BATCH);
      const done: Escalation['escalated'] = [];
      for (const candidate of candidates) {
        // Re-read on a concurrent change (another run, a step by the assignee): it may no longer need it.
        const escalation = await retryOnChange(async () => {
          const problem = await found(scope, candidate.id);
          if (!needsEscalation(problem, today)) return undefined;
          const after = escalated(ctx, problem);
          await problems.update(
            scope,
            { before: problem, after, deltas: escalationDeltas(problem) },
            allianceWriteMeta(ctx, allianceId, 'problem.escalated', problemSubject(after), ['escalatedAt']),
          );
          return after;
        }).catch((error: unknown) => {
          if (error instanceof DomainError && error.code === 'resource.notFound') return undefined;
          throw error;
        });
        if (escalation)
          done.push({
            id: escalation.id,
            assigneeTenantId: escalation.assigneeTenantId,
            dueDate: escalation.dueDate,
          });
      }
      return { today, escalated: done, more };
    },
  };
};
