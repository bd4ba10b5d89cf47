// What the problem service needs from storage (implemented in @lianjian/store). Every write carries its counter
// deltas, applied in the same transaction as the problem, its index entries, the audit entry and feed event.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import type { StatDelta } from '../stats/deltas.ts';
import type { Problem, ProblemComment, StoredProblem } from './schema.ts';
import type { ProblemStatus } from './status.ts';

/**
 * Whose access reads and writes the alliance partition: a member tenant's session, or (`tenantId: null`) the
 * platform's own, for a scheduled job escalating overdue problems.
 */
export interface ProblemScope {
  readonly allianceId: string;
  readonly tenantId: string | null;
}

export interface ProblemFilter {
  readonly status?: ProblemStatus | undefined;
  readonly assignee?: string | undefined;
  readonly raiser?: string | undefined;
  /** true: open and past the due date; false: anything else. */
  readonly overdue?: boolean | undefined;
  /** Today in Asia/Shanghai, for `overdue`. */
  readonly today: string;
}

/** A problem changing: written conditional on `before.version`; a new assignee must be an active member. */
export interface ProblemChange {
  readonly before: StoredProblem;
  readonly after: StoredProblem;
  readonly deltas: readonly StatDelta[];
}

export interface ProblemRepository {
  get(scope: ProblemScope, problemId: string): Promise<StoredProblem | undefined>;
  /** Newest first; with `overdue: true` the most overdue first (from the due-date index). */
  list(scope: ProblemScope, filter: ProblemFilter, page: PageRequest): Promise<Page<StoredProblem>>;
  /**
   * Open problems due before `today` and not yet escalated, most overdue first, at most `limit`: a key range of
   * the due-date index (open problems only), never the partition.
   */
  toEscalate(
    scope: ProblemScope,
    today: string,
    limit: number,
  ): Promise<{ readonly problems: StoredProblem[]; readonly more: boolean }>;
  /**
   * A new problem, its index entries and counters, conditional on the assignee being an active member
   * (`alliance.tenantNotMember`) and its member unit, if any, still being the raiser's
   * (`problem.memberUnitNotFound`). `response` is kept for idempotent replays.
   */
  create(
    scope: ProblemScope,
    problem: StoredProblem,
    response: Problem,
    deltas: readonly StatDelta[],
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Fails with `version.mismatch` / `resource.notFound`. */
  update(scope: ProblemScope, change: ProblemChange, meta: AllianceWriteMeta): Promise<void>;
  comments(scope: ProblemScope, problemId: string, page: PageRequest): Promise<Page<ProblemComment>>;
  /** The comment, and the problem's comment count up by one (`resource.notFound` if it is gone). */
  addComment(scope: ProblemScope, comment: ProblemComment, meta: AllianceWriteMeta): Promise<void>;
}
