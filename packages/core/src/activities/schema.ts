// Activities (活动) of an alliance: trainings, salons, volunteering, festivals… organised by a member tenant, with
// capacity and per-member quotas, registrations of people, attendance and the outcomes the activity achieved.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_STATUSES,
  INITIAL_ACTIVITY_STATUSES,
  REGISTRATION_STATUSES,
} from './status.ts';

/** 培训 · 沙龙 · 志愿服务 · 节庆 · 研讨 · 参观考察 · 其他 */
export const ACTIVITY_KINDS = [
  'training',
  'salon',
  'volunteer',
  'festival',
  'seminar',
  'visit',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** How a figure was stated: “4万余元” is `over` 40000, “约” is `about`. */
export const OUTCOME_QUALIFIERS = ['over', 'about'] as const;

/** Places an activity may have; quotas per member tenant are whole places too. */
export const MAX_CAPACITY = 100_000;
export const MAX_OUTCOMES = 20;
/** The unit of a rate: recorded as written, never added up in the alliance's totals. */
export const RATE_UNIT = '%';

const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

export const activitySchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Kind = z.enum(ACTIVITY_KINDS);
  const Instant = z.iso.datetime({ offset: true });
  const Places = z.int().check(z.minimum(1), z.maximum(MAX_CAPACITY));
  /** Places per member tenant, e.g. `{ "sh-jinshan": 8, "zj-jiashan": 6, "zj-pinghu": 6 }`. */
  const Quotas = z
    .record(TenantId, Places)
    .check(z.refine((quotas) => Object.keys(quotas).length <= 60, '最多 60 个成员单位 / at most 60 tenants'));

  const Outcome = z
    .strictObject({
      /** What was counted, e.g. 筹得善款, 捐赠书籍, 单日游客量; no `|` (it separates name and unit in counters). */
      name: z.pipe(textLine(30), z.string().check(z.regex(/^[^|]+$/, '名称不能包含 | / no | in names'))),
      /** Whole numbers, except rates (`%`), which may have two decimals. */
      value: z.number().check(z.minimum(-1e12), z.maximum(1e12)),
      /** 元, 本, 人次, 组, %… */
      unit: z.pipe(textLine(10), z.string().check(z.regex(/^[^|]+$/))),
      qualifier: z.optional(z.enum(OUTCOME_QUALIFIERS)),
      note: z.optional(textLine(200)),
    })
    .check(
      z.refine(
        (o) =>
          Number.isInteger(o.value) ||
          (o.unit === RATE_UNIT && Math.abs(o.value * 100 - Math.round(o.value * 100)) < 1e-9),
        '数值须为整数（百分比可保留两位小数）/ whole numbers only, rates to two decimals',
      ),
    );

  const Contact = z.strictObject({
    phone: z.optional(z.string().check(z.regex(PHONE_PATTERN))),
    email: z.optional(z.email().check(z.maxLength(100))),
  });

  return {
    Create: z.strictObject({
      title: textLine(100),
      kind: Kind,
      description: z.optional(textLine(4000)),
      startsAt: Instant,
      endsAt: z.optional(Instant),
      place: z.optional(textLine(200)),
      /** Places in all; absent: no limit (and no quotas). */
      capacity: z.optional(Places),
      quotas: z.optional(Quotas),
      /** Registrations are taken until this instant (and while the activity is open). */
      registrationDeadline: z.optional(Instant),
      /** `planned` (default) or `open` straight away. */
      status: z.optional(z.enum(INITIAL_ACTIVITY_STATUSES)),
    }),

    /** The organiser's JSON merge patch; `null` clears an optional field. */
    Update: z.strictObject({
      title: z.optional(textLine(100)),
      kind: z.optional(Kind),
      description: z.optional(z.nullable(textLine(4000))),
      startsAt: z.optional(Instant),
      endsAt: z.optional(z.nullable(Instant)),
      place: z.optional(z.nullable(textLine(200))),
      capacity: z.optional(z.nullable(Places)),
      quotas: z.optional(z.nullable(Quotas)),
      registrationDeadline: z.optional(z.nullable(Instant)),
    }),

    Transition: z.strictObject({
      action: z.enum(ACTIVITY_ACTIONS as [string, ...string[]]),
      /** Required to cancel; kept on the activity. */
      reason: z.optional(textLine(500)),
    }),

    Outcomes: z.strictObject({
      outcomes: z.array(Outcome).check(
        z.maxLength(MAX_OUTCOMES),
        z.refine(
          (list) => new Set(list.map((o) => `${o.name}|${o.unit}`)).size === list.length,
          '同名同单位的成果只能有一项 / one figure per name and unit',
        ),
      ),
    }),

    Activity: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      /** The member tenant that organises it (the creator's tenant). */
      organiserTenantId: z.string(),
      title: z.string(),
      kind: Kind,
      description: z.optional(z.string()),
      startsAt: z.string(),
      endsAt: z.optional(z.string()),
      place: z.optional(z.string()),
      capacity: z.optional(z.int()),
      quotas: z.record(z.string(), z.int()),
      registrationDeadline: z.optional(z.string()),
      status: z.enum(ACTIVITY_STATUSES),
      /** Active registrations, in all and per registering tenant (counts only: every member sees them). */
      registered: z.int(),
      registeredBy: z.record(z.string(), z.int()),
      outcomes: z.array(
        z.object({
          name: z.string(),
          value: z.number(),
          unit: z.string(),
          qualifier: z.optional(z.enum(OUTCOME_QUALIFIERS)),
          note: z.optional(z.string()),
        }),
      ),
      /** Who cancelled it and why. */
      cancellation: z.optional(z.object({ reason: z.string(), byTenantId: z.string(), at: z.string() })),
    }),

    CreateRegistration: z.strictObject({
      /** The person taking part. */
      name: textLine(50),
      /** Where the person works (a cooperative, a B&B, a department). */
      unit: z.optional(textLine(100)),
      contact: z.optional(Contact),
      note: z.optional(textLine(500)),
    }),

    Attendance: z.strictObject({ attended: z.boolean() }),

    Registration: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      activityId: z.string(),
      /** The member tenant that registered the person. */
      tenantId: z.string(),
      name: z.string(),
      unit: z.optional(z.string()),
      contact: z.optional(z.object({ phone: z.optional(z.string()), email: z.optional(z.string()) })),
      note: z.optional(z.string()),
      status: z.enum(REGISTRATION_STATUSES),
      /** Whether the place came from the tenant's quota or from the places no quota holds. */
      pool: z.enum(['quota', 'open']),
      /** Recorded by the organiser once the activity is done; absent until then. */
      attended: z.optional(z.boolean()),
      attendanceRecordedAt: z.optional(z.string()),
      cancelledAt: z.optional(z.string()),
    }),

    ListQuery: z.strictObject({
      ...pageQueryShape,
      status: z.optional(z.enum(ACTIVITY_STATUSES)),
      kind: z.optional(Kind),
      /** Activities of one organising member tenant. */
      organiser: z.optional(TenantId),
    }),
    RegistrationListQuery: z.strictObject({ ...pageQueryShape }),

    Params: z.strictObject({ allianceId: Id }),
    ActivityParams: z.strictObject({ allianceId: Id, activityId: Id }),
    RegistrationParams: z.strictObject({ allianceId: Id, activityId: Id, registrationId: Id }),
  };
});

type ActivitySchemas = ReturnType<typeof activitySchemas>;
export type Activity = z.infer<ActivitySchemas['Activity']>;
export type CreateActivity = z.infer<ActivitySchemas['Create']>;
export type UpdateActivity = z.infer<ActivitySchemas['Update']>;
export type ActivityTransitionInput = z.infer<ActivitySchemas['Transition']>;
export type Outcome = Activity['outcomes'][number];
export type ListActivitiesQuery = z.infer<ActivitySchemas['ListQuery']>;
export type Registration = z.infer<ActivitySchemas['Registration']>;
export type CreateRegistration = z.infer<ActivitySchemas['CreateRegistration']>;

/**
 * An activity as stored: `openTaken` counts the registrations holding places no quota covers (the counter
 * their condition reads). Registrations move `registered`, `registeredBy` and `openTaken` only, never the
 * version, so a registration arriving never makes the organiser's `If-Match` stale.
 */
export type StoredActivity = Activity & { readonly openTaken: number };
