// Seeds the demo problems (问题收集帮办) through the real problem service, as each member tenant's
// administrator would through the API. Every step runs at its own instant in the past (days before the
// seeding), all problems' steps and the secretariat's overdue sweeps in one time order, so the store always
// holds what was true at that instant: due dates are checked against the day a problem was raised, on-time
// resolutions and escalations come out as they would have, and the counters fall into the right months.
import type { CreateProblem, ProblemService, WriteContext } from '@lianjian/core';
import { problemSchemas, shanghaiDate } from '@lianjian/core';
import { demoAlliances } from './alliance-charters.ts';
import type { DemoAllianceKey } from './alliance-types.ts';
import type { DemoProblem, DemoProblemContent, DemoProblemStep } from './minhang-problems.ts';
import { minhangProblems } from './minhang-problems.ts';
import { tenantStaff } from './tenant-records.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export const demoProblemContent: readonly DemoProblemContent[] = [minhangProblems];

export interface ProblemSeedSummary {
  readonly problems: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  /** Still submitted, accepted or in progress. */
  readonly openProblems: number;
  readonly escalated: number;
  readonly problemComments: number;
}

export const NO_PROBLEMS: ProblemSeedSummary = {
  problems: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  openProblems: 0,
  escalated: 0,
  problemComments: 0,
};

/** The part of the API's services the seeder calls (the full `Services` fits it). */
export interface ProblemSeedServices {
  readonly problems: ProblemService;
}

interface Timed {
  readonly at: number;
  readonly run: () => Promise<void>;
}

/** One alliance's problems, every step in time order; `now` is the seeding's instant. */
export const seedAllianceProblems = async (
  services: ProblemSeedServices,
  allianceId: string,
  content: DemoProblemContent,
  now: number,
): Promise<ProblemSeedSummary> => {
  const alliance = demoAlliances.find((candidate) => candidate.key === content.allianceKey);
  if (!alliance) throw new Error(`demo problems: no alliance '${content.allianceKey}'`);
  const secretariat = alliance.secretariatTenantId;
  const members = new Set([secretariat, ...alliance.memberTenantIds]);
  const member = (tenantId: string) => {
    if (!members.has(tenantId))
      throw new Error(`demo problems: ${tenantId} is not a member of ${alliance.key}`);
    return {
      allianceId,
      tenantId,
      role: tenantId === secretariat ? ('secretariat' as const) : ('member' as const),
    };
  };
  const ctx = (tenantId: string, at: number): WriteContext => ({
    principal: tenantStaff(tenantId),
    requestId: `seed-problems-${at}`,
    now: new Date(at),
  });
  const instant = (daysAgo: number, order: number) => now - daysAgo * DAY_MS + order * MINUTE_MS;

  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`demo problems: '${key}' not raised before its step`);
    return id;
  };
  let escalated = 0;
  let comments = 0;

  const raise = (problem: DemoProblem): Timed => {
    const at = instant(problem.raisedDaysAgo, 1);
    return {
      at,
      run: async () => {
        const input: CreateProblem = problemSchemas().Create.parse({
          title: problem.title,
          category: problem.category,
          description: problem.description,
          urgency: problem.urgency,
          assigneeTenantId: problem.assigneeTenantId,
          dueDate: shanghaiDate(at + problem.dueAfterDays * DAY_MS),
        });
        const created = await services.problems.create(
          ctx(problem.raiserTenantId, at),
          member(problem.raiserTenantId),
          input,
        );
        ids.set(problem.key, created.id);
      },
    };
  };

  /** Who takes a step: the assignee at that moment, the raiser, the secretariat or the commenter. */
  const stepOf = (problem: DemoProblem, step: DemoProblemStep, order: number): Timed => {
    const at = instant(step.daysAgo, order);
    return {
      at,
      run: async () => {
        const id = idOf(problem.key);
        const read = await services.problems.get(member(secretariat), id, new Date(at));
        const actor =
          step.action === 'comment'
            ? step.tenantId
            : step.action === 'reassign'
              ? secretariat
              : step.action === 'close'
                ? problem.raiserTenantId
                : read.assigneeTenantId;
        const args = [ctx(actor, at), member(actor), id, read.version] as const;
        const schemas = problemSchemas();
        switch (step.action) {
          case 'accept':
            await services.problems.accept(...args);
            return;
          case 'start':
            await services.problems.start(...args);
            return;
          case 'resolve':
            await services.problems.resolve(...args, schemas.Resolve.parse({ resolution: step.resolution }));
            return;
          case 'reject':
            await services.problems.reject(...args, schemas.Reject.parse({ reason: step.reason }));
            return;
          case 'close':
            await services.problems.close(
              ...args,
              schemas.Close.parse({ rating: step.rating, ratingNote: step.ratingNote }),
            );
            return;
          case 'reassign':
            await services.problems.reassign(
              ...args,
              schemas.Reassign.parse({ assigneeTenantId: step.assigneeTenantId, note: step.note }),
            );
            return;
          case 'comment':
            await services.problems.comment(
              ctx(actor, at),
              member(actor),
              id,
              schemas.CreateComment.parse({ text: step.text }),
            );
            comments += 1;
            return;
        }
      },
    };
  };

  const sweep = (daysAgo: number): Timed => ({
    at: instant(daysAgo, 0),
    run: async () => {
      const done = await services.problems.escalateOverdue(ctx(secretariat, instant(daysAgo, 0)), allianceId);
      escalated += done.escalated.length;
    },
  });

  const timeline: Timed[] = [
    ...content.problems.flatMap((problem) => [
      raise(problem),
      ...problem.steps.map((step, index) => stepOf(problem, step, index + 2)),
    ]),
    ...content.escalationSweeps.map(sweep),
  ];
  // A stable sort: steps at the same instant keep their written order.
  timeline.sort((a, b) => a.at - b.at);
  for (const event of timeline) await event.run();

  const seeded = await Promise.all(
    content.problems.map((problem) =>
      services.problems.get(member(secretariat), idOf(problem.key), new Date(now)),
    ),
  );
  return {
    problems: seeded.length,
    resolvedOnTime: seeded.filter((problem) => problem.resolution?.onTime === true).length,
    resolvedLate: seeded.filter((problem) => problem.resolution?.onTime === false).length,
    openProblems: seeded.filter((problem) =>
      ['submitted', 'accepted', 'in_progress'].includes(problem.status),
    ).length,
    escalated,
    problemComments: comments,
  };
};

/** Every alliance's demo problems, into the alliances `allianceIds` names. */
export const seedProblems = async (
  services: ProblemSeedServices,
  allianceIds: Readonly<Partial<Record<DemoAllianceKey, string>>>,
  now: number = Date.now(),
  contents: readonly DemoProblemContent[] = demoProblemContent,
): Promise<ProblemSeedSummary> => {
  let sum = NO_PROBLEMS;
  for (const content of contents) {
    const allianceId = allianceIds[content.allianceKey];
    if (allianceId === undefined)
      throw new Error(`demo problems: alliance '${content.allianceKey}' was not seeded`);
    const one = await seedAllianceProblems(services, allianceId, content, now);
    sum = Object.fromEntries(
      Object.entries(sum).map(([field, value]) => [field, value + one[field as keyof ProblemSeedSummary]]),
    ) as unknown as ProblemSeedSummary;
  }
  return sum;
};
