// Problem follow-up (问题收集帮办): raising and listing problems, the assignee's and the raiser's steps, the
// secretariat's reassignment and escalation sweep, and the parties' comments.
import {
  ALLIANCE_READ,
  ALLIANCE_WRITE,
  type DomainErrorCode,
  ESCALATION_BATCH,
  MAX_DUE_DAYS,
  pageOf,
  problemSchemas,
  SECRETARIAT_WRITE,
} from '@lianjian/core';
import { defineRoute, type RouteSpec } from '../http/route.ts';

const TAG = '问题收集帮办 Problems';
const PATH = '/v1/alliances/{allianceId}/problems';
const ONE = `${PATH}/{problemId}`;

const problemLocation = (problem: { id: string }) =>
  `/v1/alliances/${(problem as { allianceId?: string }).allianceId}/problems/${problem.id}`;
/** Comments are read as the problem's thread, so a new one is located there. */
const commentLocation = (comment: { id: string }) => {
  const { allianceId, problemId } = comment as { allianceId?: string; problemId?: string };
  return `/v1/alliances/${allianceId}/problems/${problemId}/comments`;
};

const example = {
  id: '01JD3QP0000000000000000000',
  version: 1,
  createdAt: '2026-11-02T01:30:00.000Z',
  updatedAt: '2026-11-02T01:30:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  title: '医药中间体企业寻找生产基地',
  category: 'land',
  description: '闵行医药产业链上 3 家高端中间体企业扩产，需在连廊城市化工园区落地生产基地，请协助对接用地。',
  urgency: 'high',
  raiserTenantId: 'sh-minhang',
  assigneeTenantId: 'js-nantong',
  assignedAt: '2026-11-02T01:30:00.000Z',
  dueDate: '2026-12-15',
  status: 'submitted',
  overdue: false,
  commentCount: 0,
};
const Problem = () => problemSchemas().Problem;

/** A step of the assignee or the raiser: If-Match, then the step's body (if any). */
const stepRoute = (spec: {
  action: 'accept' | 'start' | 'resolve' | 'reject' | 'close' | 'reopen';
  summary: string;
  description: string;
  status: string;
  extra?: Record<string, unknown>;
}): RouteSpec => {
  const byRaiser = spec.action === 'close' || spec.action === 'reopen';
  const problems: DomainErrorCode[] = [
    byRaiser ? 'problem.notRaiser' : 'problem.notAssignee',
    'problem.invalidTransition',
    'write.conflict',
  ];
  const response = {
    status: 200 as const,
    example: { ...example, version: 2, status: spec.status, ...spec.extra },
  };
  const base = {
    id: `alliances.problems.${spec.action}`,
    method: 'POST' as const,
    path: `${ONE}/${spec.action}`,
    tag: TAG,
    summary: spec.summary,
    description: spec.description,
    access: ALLIANCE_WRITE,
    requiresVersion: true,
    response,
    problems,
  };
  const s = problemSchemas;
  switch (spec.action) {
    case 'accept':
    case 'start': {
      const action = spec.action;
      return defineRoute({
        ...base,
        schemas: () => ({ params: s().ProblemParams }),
        responseSchema: () => Problem(),
        handler: async ({ services, write, alliance, params, expectedVersion }) => {
          const problem = await services.problems[action](write, alliance, params.problemId, expectedVersion);
          return { status: 200, body: problem, version: problem.version };
        },
      });
    }
    case 'resolve':
      return defineRoute({
        ...base,
        schemas: () => ({ params: s().ProblemParams, body: s().Resolve }),
        responseSchema: () => Problem(),
        handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
          const problem = await services.problems.resolve(
            write,
            alliance,
            params.problemId,
            expectedVersion,
            body,
          );
          return { status: 200, body: problem, version: problem.version };
        },
      });
    case 'reject':
      return defineRoute({
        ...base,
        schemas: () => ({ params: s().ProblemParams, body: s().Reject }),
        responseSchema: () => Problem(),
        handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
          const problem = await services.problems.reject(
            write,
            alliance,
            params.problemId,
            expectedVersion,
            body,
          );
          return { status: 200, body: problem, version: problem.version };
        },
      });
    case 'close':
      return defineRoute({
        ...base,
        schemas: () => ({ params: s().ProblemParams, body: s().Close }),
        responseSchema: () => Problem(),
        handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
          const problem = await services.problems.close(
            write,
            alliance,
            params.problemId,
            expectedVersion,
            body,
          );
          return { status: 200, body: problem, version: problem.version };
        },
      });
    case 'reopen':
      return defineRoute({
        ...base,
        schemas: () => ({ params: s().ProblemParams, body: s().Reopen }),
        responseSchema: () => Problem(),
        handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
          const problem = await services.problems.reopen(
            write,
            alliance,
            params.problemId,
            expectedVersion,
            body,
          );
          return { status: 200, body: problem, version: problem.version };
        },
      });
  }
};

const resolution = {
  text: '已对接南通经济技术开发区医药园区，3 家企业完成选址',
  onTime: true,
  at: '2026-12-01T02:00:00.000Z',
  byTenantId: 'js-nantong',
};

export const allianceProblemRoutes: readonly RouteSpec[] = [
  defineRoute({
    id: 'alliances.problems.create',
    method: 'POST',
    path: PATH,
    tag: TAG,
    summary: '提出问题',
    description: `A member raises a problem for itself or one of its member units (\`memberUnitId\`: one it enrolled in this alliance) and routes it to another member tenant (\`assigneeTenantId\`, an active member) with a time limit (\`dueDate\`, its last day in Asia/Shanghai, from today to ${MAX_DUE_DAYS} days ahead). Every member reads problems; the assignee then accepts, works on and resolves or rejects it.`,
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: problemSchemas().Params, body: problemSchemas().Create }),
    responseSchema: () => Problem(),
    idempotent: { resourceType: 'problem', location: problemLocation },
    response: { status: 201, example },
    problems: [
      'problem.selfAssigned',
      'problem.dueDateOutOfRange',
      'problem.memberUnitNotFound',
      'alliance.tenantNotMember',
    ],
    handler: async ({ services, write, alliance, body }) => {
      const problem = await services.problems.create(write, alliance, body);
      return { status: 201, body: problem, version: problem.version, location: problemLocation(problem) };
    },
  }),

  defineRoute({
    id: 'alliances.problems.list',
    method: 'GET',
    path: PATH,
    tag: TAG,
    summary: '问题清单',
    description:
      'Newest first (with `assignee` or `raiser` but no `status`, open problems first). Filters: `status`, `assignee`, `raiser` (member tenants) and `overdue` (`true`: still submitted, accepted or in progress after the due date, most overdue first, read from the due-date index of open problems; `false`: the others). Each problem carries `overdue` as of today.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: problemSchemas().Params, query: problemSchemas().ListQuery }),
    responseSchema: () => pageOf(Problem()),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query, write }) => ({
      status: 200,
      body: await services.problems.list(alliance, query, write.now),
    }),
  }),

  defineRoute({
    id: 'alliances.problems.get',
    method: 'GET',
    path: ONE,
    tag: TAG,
    summary: '查看问题',
    description: 'Any member. `overdue` is computed for today; `escalatedAt` tells it was escalated.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: problemSchemas().ProblemParams }),
    responseSchema: () => Problem(),
    response: { status: 200, example },
    handler: async ({ services, alliance, params, write }) => {
      const problem = await services.problems.get(alliance, params.problemId, write.now);
      return { status: 200, body: problem, version: problem.version };
    },
  }),

  stepRoute({
    action: 'accept',
    summary: '受理问题',
    description: 'The assignee accepts a submitted problem.',
    status: 'accepted',
    extra: { acceptedAt: '2026-11-03T01:00:00.000Z' },
  }),
  stepRoute({
    action: 'start',
    summary: '开始办理',
    description: 'The assignee starts work on an accepted problem.',
    status: 'in_progress',
    extra: { startedAt: '2026-11-04T01:00:00.000Z' },
  }),
  stepRoute({
    action: 'resolve',
    summary: '办结问题',
    description:
      'The assignee resolves an accepted or in-progress problem with the resolution text. It counts as on time when resolved on or before the due date (Asia/Shanghai).',
    status: 'resolved',
    extra: { resolution },
  }),
  stepRoute({
    action: 'reject',
    summary: '退回问题',
    description:
      'The assignee rejects a problem it cannot handle (submitted, accepted or in progress), with a reason. The secretariat may route it to another member.',
    status: 'rejected',
    extra: {
      rejection: { reason: '不属于本单位职能', at: '2026-11-03T01:00:00.000Z', byTenantId: 'js-nantong' },
    },
  }),
  stepRoute({
    action: 'close',
    summary: '关闭问题（评价）',
    description:
      'The raiser accepts the resolution and closes the problem, optionally rating it 1–5 (`rating`, `ratingNote`); the rating counts for the member that resolved it.',
    status: 'closed',
    extra: { resolution, closedAt: '2026-12-02T01:00:00.000Z', rating: 5 },
  }),
  stepRoute({
    action: 'reopen',
    summary: '重新办理',
    description:
      'The raiser does not accept the resolution: with a reason, the problem goes back to the assignee in progress, its resolution taken back (and uncounted); the due date stays (the secretariat may set a new one by reassigning).',
    status: 'in_progress',
    extra: {
      reopened: {
        reason: '仅完成 1 家企业选址',
        count: 1,
        at: '2026-12-02T01:00:00.000Z',
        byTenantId: 'sh-minhang',
      },
    },
  }),

  defineRoute({
    id: 'alliances.problems.reassign',
    method: 'POST',
    path: `${ONE}/reassign`,
    tag: TAG,
    summary: '改派问题（秘书处）',
    description:
      'The secretariat routes a submitted, accepted, in-progress or rejected problem to another active member (not its raiser), optionally with a new due date (which clears `escalatedAt`, so the new time limit can be escalated in its turn). The problem goes back to `submitted` for the new assignee to accept.',
    access: SECRETARIAT_WRITE,
    requiresVersion: true,
    schemas: () => ({ params: problemSchemas().ProblemParams, body: problemSchemas().Reassign }),
    responseSchema: () => Problem(),
    response: {
      status: 200,
      example: {
        ...example,
        version: 2,
        assigneeTenantId: 'js-yancheng',
        reassigned: {
          fromTenantId: 'js-nantong',
          at: '2026-11-05T01:00:00.000Z',
          byTenantId: 'sh-minhang',
          count: 1,
        },
      },
    },
    problems: [
      'alliance.secretariatOnly',
      'problem.invalidTransition',
      'problem.selfAssigned',
      'problem.sameAssignee',
      'problem.dueDateOutOfRange',
      'alliance.tenantNotMember',
      'write.conflict',
    ],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const problem = await services.problems.reassign(
        write,
        alliance,
        params.problemId,
        expectedVersion,
        body,
      );
      return { status: 200, body: problem, version: problem.version };
    },
  }),

  defineRoute({
    id: 'alliances.problems.escalate',
    method: 'POST',
    path: `${PATH}/escalations`,
    tag: TAG,
    summary: '逾期问题督办（秘书处）',
    description: `Escalates the alliance's overdue problems (past the due date, still submitted, accepted or in progress) to the secretariat: each gets \`escalatedAt\`, a feed event \`problem.escalated\` and an audit entry, once per due date. Found by a key range of the due-date index of open problems, at most ${ESCALATION_BATCH} per call (\`more: true\`: call again). Safe to repeat: a second call escalates nothing new. A scheduled job runs the same service step (\`escalateOverdue\`) with the platform's access.`,
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: problemSchemas().Params }),
    responseSchema: () => problemSchemas().Escalation,
    response: {
      status: 200,
      example: {
        today: '2026-12-16',
        escalated: [{ id: example.id, assigneeTenantId: 'js-nantong', dueDate: '2026-12-15' }],
        more: false,
      },
    },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance }) => ({
      status: 200,
      body: await services.problems.escalateOverdue(write, alliance.allianceId),
    }),
  }),

  defineRoute({
    id: 'alliances.problems.comments.create',
    method: 'POST',
    path: `${ONE}/comments`,
    tag: TAG,
    summary: '发表沟通记录',
    description:
      'The raiser, the assignee or the secretariat comments on a problem (any status). The feed tells that a comment came, never its text.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: problemSchemas().ProblemParams, body: problemSchemas().CreateComment }),
    responseSchema: () => problemSchemas().Comment,
    idempotent: { resourceType: 'problemComment', location: commentLocation },
    response: {
      status: 201,
      example: {
        id: '01JD3QQ0000000000000000000',
        createdAt: '2026-11-03T02:00:00.000Z',
        allianceId: example.allianceId,
        problemId: example.id,
        authorTenantId: 'js-nantong',
        authorRole: 'assignee',
        text: '已与开发区医药园区初步沟通，请提供用地规模',
      },
    },
    problems: ['problem.notParty'],
    handler: async ({ services, write, alliance, params, body }) => {
      const comment = await services.problems.comment(write, alliance, params.problemId, body);
      return { status: 201, body: comment, location: commentLocation(comment) };
    },
  }),

  defineRoute({
    id: 'alliances.problems.comments.list',
    method: 'GET',
    path: `${ONE}/comments`,
    tag: TAG,
    summary: '沟通记录',
    description: 'In the order they came; the raiser, the assignee and the secretariat only.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: problemSchemas().ProblemParams, query: problemSchemas().CommentQuery }),
    responseSchema: () => pageOf(problemSchemas().Comment),
    response: { status: 200, example: { items: [] } },
    problems: ['problem.notParty', 'input.invalidCursor'],
    handler: async ({ services, alliance, params, query }) => ({
      status: 200,
      body: await services.problems.comments(alliance, params.problemId, query),
    }),
  }),
];
