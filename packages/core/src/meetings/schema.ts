// Meetings of an alliance (联席会议 / 党委会议 / 专题研讨) and the action items they decide, tracked to completion.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';
import { ACTION_ITEM_STATUSES, MEETING_STATUSES } from './status.ts';

/** 联席会议 · 党委会议 · 专题研讨 */
export const MEETING_KINDS = ['joint_meeting', 'committee_meeting', 'seminar'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Bounds of one meeting record (one DynamoDB item of at most 400 KB, and a readable page). */
export const MAX_AGENDA = 30;
export const MAX_DECISIONS = 30;
export const MAX_ATTENDEE_TENANTS = 60;
export const MAX_ATTENDEE_NAMES = 50;
/** Longest cadence, in months (a yearly joint meeting is 12). */
export const MAX_CADENCE_MONTHS = 24;

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const meetingSchemas = schemaGroup(() => {
  const { Id, CalendarDate, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Kind = z.enum(MEETING_KINDS);
  /** `HH:MM`, Asia/Shanghai. */
  const Time = z.string().check(z.regex(TIME_PATTERN));
  const Agenda = z.array(textLine(500)).check(z.maxLength(MAX_AGENDA));
  const Decisions = z.array(textLine(1000)).check(z.maxLength(MAX_DECISIONS));
  /** Who came from one member tenant: the people by name and/or a head count. */
  const Attendee = z.strictObject({
    tenantId: TenantId,
    names: z.optional(z.array(textLine(50)).check(z.maxLength(MAX_ATTENDEE_NAMES))),
    count: z.optional(z.int().check(z.minimum(0), z.maximum(10_000))),
  });
  const Attendees = z.array(Attendee).check(z.maxLength(MAX_ATTENDEE_TENANTS));
  const Minutes = textLine(20_000);

  const content = {
    kind: Kind,
    title: z.optional(textLine(100)),
    date: CalendarDate,
    time: z.optional(Time),
    /** Absent: the rotating chair on that date, or, without a chair, the tenant creating the meeting. */
    hostTenantId: z.optional(TenantId),
    place: z.optional(textLine(200)),
    agenda: z.optional(Agenda),
    attendees: z.optional(Attendees),
    minutes: z.optional(Minutes),
    decisions: z.optional(Decisions),
  };

  const Meeting = z.object({
    ...resourceMetaShape,
    allianceId: z.string(),
    kind: Kind,
    title: z.optional(z.string()),
    date: z.string(),
    time: z.optional(z.string()),
    hostTenantId: z.string(),
    /** How the host was chosen when the meeting was created. */
    hostFrom: z.enum(['given', 'chair', 'creator']),
    place: z.optional(z.string()),
    agenda: z.array(z.string()),
    attendees: z.array(
      z.object({
        tenantId: z.string(),
        names: z.optional(z.array(z.string())),
        count: z.optional(z.int()),
      }),
    ),
    minutes: z.optional(z.string()),
    decisions: z.array(z.string()),
    status: z.enum(MEETING_STATUSES),
    createdByTenantId: z.string(),
    heldAt: z.optional(z.string()),
    cancelledAt: z.optional(z.string()),
    cancelReason: z.optional(z.string()),
    /** Set when its host left the alliance before it was held: the secretariat became the host. */
    hostLeft: z.optional(z.object({ tenantId: z.string(), at: z.string() })),
  });

  const ActionItem = z.object({
    ...resourceMetaShape,
    allianceId: z.string(),
    meetingId: z.string(),
    title: z.string(),
    description: z.optional(z.string()),
    assigneeTenantId: z.string(),
    dueOn: z.string(),
    status: z.enum(ACTION_ITEM_STATUSES),
    createdByTenantId: z.string(),
    doneAt: z.optional(z.string()),
    /** The assignee's note on what was done. */
    doneNote: z.optional(z.string()),
    /** Done on or before `dueOn` (Asia/Shanghai). */
    doneOnTime: z.optional(z.boolean()),
    cancelledAt: z.optional(z.string()),
    cancelReason: z.optional(z.string()),
    /** Set when its assignee left the alliance while it was open: reassigned to the secretariat. */
    assigneeLeft: z.optional(z.object({ tenantId: z.string(), at: z.string() })),
  });

  const Cadence = z.object({
    version: z.int(),
    kind: z.optional(Kind),
    everyMonths: z.optional(z.int()),
    updatedAt: z.optional(z.string()),
  });

  return {
    Create: z.strictObject(content),
    /** JSON merge patch by the secretariat or the host; `null` clears an optional field. */
    Update: z.strictObject({
      kind: z.optional(Kind),
      title: z.optional(z.nullable(textLine(100))),
      date: z.optional(CalendarDate),
      time: z.optional(z.nullable(Time)),
      hostTenantId: z.optional(TenantId),
      place: z.optional(z.nullable(textLine(200))),
      agenda: z.optional(Agenda),
      attendees: z.optional(Attendees),
      minutes: z.optional(z.nullable(Minutes)),
      decisions: z.optional(Decisions),
    }),
    /** Marking a meeting held may bring its record in the same step. */
    Hold: z.strictObject({
      attendees: z.optional(Attendees),
      minutes: z.optional(Minutes),
      decisions: z.optional(Decisions),
    }),
    Cancel: z.strictObject({ reason: textLine(500) }),
    Meeting,
    ListQuery: z.strictObject({
      ...pageQueryShape,
      status: z.optional(z.enum(MEETING_STATUSES)),
      kind: z.optional(Kind),
      /** Meetings hosted by one member tenant. */
      host: z.optional(TenantId),
    }),

    CadenceInput: z.strictObject({
      /** The kind of meeting the cadence is for (a committee's 双月 meeting, a yearly joint meeting). */
      kind: Kind,
      everyMonths: z.int().check(z.minimum(1), z.maximum(MAX_CADENCE_MONTHS)),
    }),
    Cadence,
    Next: z.object({
      cadence: Cadence,
      /** The latest held meeting of the cadence's kind. */
      lastHeld: z.optional(z.object({ id: z.string(), date: z.string() })),
      /** Last held meeting's date + the cadence. */
      dueOn: z.optional(z.string()),
      /** `dueOn` has passed (Asia/Shanghai) and no meeting of the kind was held since. */
      overdue: z.boolean(),
      daysOverdue: z.optional(z.int()),
      /** The earliest scheduled meeting of the kind after the last held one. */
      scheduled: z.optional(z.object({ id: z.string(), date: z.string() })),
    }),

    CreateActionItem: z.strictObject({
      title: textLine(200),
      description: z.optional(textLine(2000)),
      /** A current member tenant. */
      assigneeTenantId: TenantId,
      dueOn: CalendarDate,
    }),
    /**
     * `status: done` (with a `note`) by the assignee; reassignment, new due dates, edits and `status: cancelled`
     * (with a `note` as the reason) by the secretariat or the meeting's host. Only open items change.
     */
    UpdateActionItem: z.strictObject({
      title: z.optional(textLine(200)),
      description: z.optional(z.nullable(textLine(2000))),
      assigneeTenantId: z.optional(TenantId),
      dueOn: z.optional(CalendarDate),
      status: z.optional(z.enum(['done', 'cancelled'])),
      note: z.optional(textLine(1000)),
    }),
    ActionItem,
    ActionItemsQuery: z.strictObject({ ...pageQueryShape }),
    AllianceActionItemsQuery: z.strictObject({
      ...pageQueryShape,
      status: z.optional(z.enum(ACTION_ITEM_STATUSES)),
      /** What one member tenant owes. */
      assignee: z.optional(TenantId),
    }),

    Params: z.strictObject({ allianceId: Id }),
    MeetingParams: z.strictObject({ allianceId: Id, meetingId: Id }),
    ActionItemParams: z.strictObject({ allianceId: Id, meetingId: Id, actionItemId: Id }),
  };
});

type MeetingSchemas = ReturnType<typeof meetingSchemas>;
export type Meeting = z.infer<MeetingSchemas['Meeting']>;
export type CreateMeeting = z.infer<MeetingSchemas['Create']>;
export type UpdateMeeting = z.infer<MeetingSchemas['Update']>;
export type HoldMeeting = z.infer<MeetingSchemas['Hold']>;
export type MeetingsQuery = z.infer<MeetingSchemas['ListQuery']>;
export type MeetingCadenceInput = z.infer<MeetingSchemas['CadenceInput']>;
export type MeetingCadence = z.infer<MeetingSchemas['Cadence']>;
export type NextMeeting = z.infer<MeetingSchemas['Next']>;
export type ActionItem = z.infer<MeetingSchemas['ActionItem']>;
export type CreateActionItem = z.infer<MeetingSchemas['CreateActionItem']>;
export type UpdateActionItem = z.infer<MeetingSchemas['UpdateActionItem']>;
export type ActionItemsQuery = z.infer<MeetingSchemas['AllianceActionItemsQuery']>;
