// Problem follow-up (问题收集帮办): a member raises a problem (for itself or one of its member units), it is
// routed to a member tenant with a time limit, followed to resolution and rated by the raiser. Problems live in
// the alliance's partition; every member reads them (common problems are shared so others learn from them),
// comments are the parties' channel.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';
import { PROBLEM_STATUSES } from './status.ts';

/** 融资 · 人才 · 用地 · 政策 · 市场 · 权益维护 · 其他 (the kinds of common problem in shared/seeds/002). */
export const PROBLEM_CATEGORIES = [
  'financing',
  'talent',
  'land',
  'policy',
  'market',
  'legal',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/** 一般 · 较急 · 紧急 */
export const PROBLEM_URGENCIES = ['normal', 'high', 'urgent'] as const;
export type ProblemUrgency = (typeof PROBLEM_URGENCIES)[number];

/** The longest time limit a problem may be given, in days from today. */
export const MAX_DUE_DAYS = 366;

export const problemSchemas = schemaGroup(() => {
  const { Id, CalendarDate, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Reason = textLine(1000);
  const stamp = { at: z.string(), byTenantId: z.string() };

  return {
    Create: z.strictObject({
      title: textLine(100),
      category: z.enum(PROBLEM_CATEGORIES),
      description: textLine(4000),
      urgency: z._default(z.enum(PROBLEM_URGENCIES), 'normal'),
      /** The member tenant asked to handle it (not the raiser itself). */
      assigneeTenantId: TenantId,
      /** The time limit: its last day (Asia/Shanghai), from today to a year ahead. */
      dueDate: CalendarDate,
      /** One of the raiser's member units in this alliance, when the problem is that unit's. */
      memberUnitId: z.optional(Id),
    }),
    Resolve: z.strictObject({ resolution: textLine(4000) }),
    Reject: z.strictObject({ reason: Reason }),
    Close: z.strictObject({
      rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
      ratingNote: z.optional(textLine(500)),
    }),
    Reopen: z.strictObject({ reason: Reason }),
    Reassign: z.strictObject({
      assigneeTenantId: TenantId,
      /** A new time limit; absent: the same one. */
      dueDate: z.optional(CalendarDate),
      note: z.optional(textLine(500)),
    }),
    CreateComment: z.strictObject({ text: textLine(2000) }),

    Problem: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      title: z.string(),
      category: z.enum(PROBLEM_CATEGORIES),
      description: z.string(),
      urgency: z.enum(PROBLEM_URGENCIES),
      raiserTenantId: z.string(),
      memberUnitId: z.optional(z.string()),
      /** The member unit's name when the problem was raised. */
      memberUnitName: z.optional(z.string()),
      assigneeTenantId: z.string(),
      assignedAt: z.string(),
      dueDate: z.string(),
      status: z.enum(PROBLEM_STATUSES),
      /** Computed on read: past the due date and still submitted, accepted or in progress. */
      overdue: z.boolean(),
      /** When it was escalated to the secretariat as overdue (cleared by a reassignment with a new due date). */
      escalatedAt: z.optional(z.string()),
      acceptedAt: z.optional(z.string()),
      startedAt: z.optional(z.string()),
      resolution: z.optional(z.object({ text: z.string(), onTime: z.boolean(), ...stamp })),
      rejection: z.optional(z.object({ reason: z.string(), ...stamp })),
      /** The raiser's last reopening of a resolution. */
      reopened: z.optional(z.object({ reason: z.string(), count: z.int(), ...stamp })),
      /** The secretariat's last reassignment. */
      reassigned: z.optional(
        z.object({ fromTenantId: z.string(), note: z.optional(z.string()), ...stamp, count: z.int() }),
      ),
      /**
       * Set when its assignee left the alliance while it was open: it went back to the secretariat (now its
       * assignee, status `submitted`) to be reassigned. Kept as history.
       */
      assigneeLeft: z.optional(z.object({ tenantId: z.string(), at: z.string() })),
      closedAt: z.optional(z.string()),
      rating: z.optional(z.int()),
      ratingNote: z.optional(z.string()),
      commentCount: z.int(),
    }),

    Comment: z.object({
      id: z.string(),
      createdAt: z.string(),
      allianceId: z.string(),
      problemId: z.string(),
      authorTenantId: z.string(),
      /** The author's part in the problem when writing. */
      authorRole: z.enum(['raiser', 'assignee', 'secretariat']),
      text: z.string(),
    }),

    Escalation: z.object({
      /** Today in Asia/Shanghai: problems due before it and still open are overdue. */
      today: z.string(),
      escalated: z.array(z.object({ id: z.string(), assigneeTenantId: z.string(), dueDate: z.string() })),
      /** More overdue problems wait than one call escalates: call again. */
      more: z.boolean(),
    }),

    ListQuery: z.strictObject({
      ...pageQueryShape,
      status: z.optional(z.enum(PROBLEM_STATUSES)),
      assignee: z.optional(TenantId),
      raiser: z.optional(TenantId),
      overdue: z.optional(z.enum(['true', 'false'])),
    }),
    Params: z.strictObject({ allianceId: Id }),
    ProblemParams: z.strictObject({ allianceId: Id, problemId: Id }),
    CommentQuery: z.strictObject({ ...pageQueryShape }),
  };
});

type ProblemSchemas = ReturnType<typeof problemSchemas>;
export type Problem = z.infer<ProblemSchemas['Problem']>;
/** As stored: `overdue` is computed on read. */
export type StoredProblem = Omit<Problem, 'overdue'>;
export type CreateProblem = z.infer<ProblemSchemas['Create']>;
export type ResolveProblem = z.infer<ProblemSchemas['Resolve']>;
export type RejectProblem = z.infer<ProblemSchemas['Reject']>;
export type CloseProblem = z.infer<ProblemSchemas['Close']>;
export type ReopenProblem = z.infer<ProblemSchemas['Reopen']>;
export type ReassignProblem = z.infer<ProblemSchemas['Reassign']>;
export type ProblemComment = z.infer<ProblemSchemas['Comment']>;
export type CreateProblemComment = z.infer<ProblemSchemas['CreateComment']>;
export type ProblemListQuery = z.infer<ProblemSchemas['ListQuery']>;
export type Escalation = z.infer<ProblemSchemas['Escalation']>;
