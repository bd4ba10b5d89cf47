// Rule 4 of the brief, for problem follow-up: when a member leaves, the problems assigned to it that are still
// open (submitted, accepted, in progress) go back to the secretariat for reassignment: the secretariat tenant
// becomes the assignee (another one than the raiser when there is one), the status is `submitted` again with
// the due date kept, and `assigneeLeft` records whom it came from. Resolved, closed and rejected problems, and
// the problems the leaver raised, stay as they are (history). One transaction per problem with its counters
// (the status count moves to the secretariat), audit entry and feed event `problem.returnedToSecretariat`;
// running the step again finds nothing left assigned to the leaver.

import { departureScope } from '../activities/departure.ts';
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { HeirLookup } from '../alliances/heir.ts';
import type { DepartureStep } from '../alliances/service.ts';
import { DomainError } from '../shared/errors.ts';
import { readAll } from '../shared/paging.ts';
import { retryOnChange } from '../shared/retry.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { WriteContext } from '../shared/write.ts';
import { problemDeltas } from './counters.ts';
import type { ProblemRepository } from './repository.ts';
import type { StoredProblem } from './schema.ts';
import { isOpenProblem, OPEN_PROBLEM_STATUSES } from './status.ts';
import { problemSubject } from './view.ts';

/** The problem handed to `heir`: back to `submitted`, its acceptance and start cleared, the due date kept. */
export const returnedToSecretariat = (
  ctx: WriteContext,
  problem: StoredProblem,
  heir: string,
): StoredProblem => {
  const { acceptedAt: _a, startedAt: _s, ...rest } = problem;
  return {
    ...rest,
    status: 'submitted',
    assigneeTenantId: heir,
    assignedAt: ctx.now.toISOString(),
    assigneeLeft: { tenantId: problem.assigneeTenantId, at: ctx.now.toISOString() },
    version: problem.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
};

export const problemDepartureStep = (deps: {
  readonly problems: ProblemRepository;
  readonly heir: HeirLookup;
}): DepartureStep =>
  async function returnDepartedProblems(ctx, allianceId, tenantId) {
    const scope = departureScope(ctx, allianceId, tenantId);
    const today = shanghaiDate(ctx.now);
    for (const status of OPEN_PROBLEM_STATUSES) {
      const assigned = await readAll<StoredProblem>((page) =>
        deps.problems.list(scope, { status, assignee: tenantId, today }, page),
      );
      for (const { id } of assigned) {
        await retryOnChange(async () => {
          const before = await deps.problems.get(scope, id);
          if (!before || before.assigneeTenantId !== tenantId || !isOpenProblem(before.status)) return;
          const heir = await deps.heir(allianceId, tenantId, before.raiserTenantId);
          if (heir === undefined) return; // nobody left to take it
          const after = returnedToSecretariat(ctx, before, heir);
          await deps.problems.update(
            scope,
            { before, after, deltas: problemDeltas(before, after) },
            allianceWriteMeta(ctx, allianceId, 'problem.returnedToSecretariat', problemSubject(after), [
              'status',
              'assigneeTenantId',
              'assigneeLeft',
            ]),
          );
        }).catch((error: unknown) => {
          if (error instanceof DomainError && error.code === 'resource.notFound') return;
          throw error;
        });
      }
    }
  };
