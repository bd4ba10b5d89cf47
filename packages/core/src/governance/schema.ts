// An alliance's governance: its committee (委员会), rotating chair (轮值主席) and charter (章程) versions.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';

/** 书记 · 副书记 · 委员, in committee order. */
export const COMMITTEE_ROLES = ['secretary', 'deputy_secretary', 'member'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** Room for the largest committee in the documents (1 + 2 + 8) many times over; bounds one read. */
export const MAX_COMMITTEE_POSITIONS = 50;

/** Longest term of a rotating chair, in months (a yearly rotation is 12). */
export const MAX_TERM_MONTHS = 120;

/** A rotation names at most every member (see MAX_ALLIANCE_MEMBERS). */
export const MAX_ROTATION = 60;

export const governanceSchemas = schemaGroup(() => {
  const { Id, CalendarDate, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Role = z.enum(COMMITTEE_ROLES);
  const Order = z.int().check(z.minimum(0), z.maximum(999));
  /** Schedules start in this century: the Shanghai offset is fixed there, and the derivation stays short. */
  const StartDate = z.pipe(
    CalendarDate,
    z
      .string()
      .check(
        z.refine(
          (date) => date >= '2000-01-01' && date <= '2099-12-31',
          '须在 2000-01-01 至 2099-12-31 之间 / must be between 2000-01-01 and 2099-12-31',
        ),
      ),
  );
  const Term = z.object({
    tenantId: z.string(),
    tenantName: z.optional(z.string()),
    from: z.string(),
    until: z.string(),
    reason: z.enum(['scheduled', 'handover', 'substitute']),
  });
  const Handover = z.object({
    id: z.string(),
    allianceId: z.string(),
    at: z.string(),
    /** The chair handing over (absent when there was none at that moment). */
    fromTenantId: z.optional(z.string()),
    toTenantId: z.string(),
    reason: z.string(),
    byTenantId: z.string(),
  });

  return {
    TenantId,
    CreatePosition: z.strictObject({
      role: Role,
      personName: textLine(50),
      /** The member tenant the person comes from. */
      tenantId: TenantId,
      /** The person's post, e.g. 廊下镇党委副书记. */
      title: z.optional(textLine(100)),
      /** The person's unit, as text. */
      unitName: z.optional(textLine(100)),
      /** Order within the role (ascending). */
      order: z._default(Order, 0),
    }),

    /** JSON merge patch. */
    UpdatePosition: z.strictObject({
      role: z.optional(Role),
      personName: z.optional(textLine(50)),
      tenantId: z.optional(TenantId),
      title: z.optional(z.nullable(textLine(100))),
      unitName: z.optional(z.nullable(textLine(100))),
      order: z.optional(Order),
    }),

    Position: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      role: Role,
      personName: z.string(),
      tenantId: z.string(),
      title: z.optional(z.string()),
      unitName: z.optional(z.string()),
      order: z.int(),
    }),

    PositionParams: z.strictObject({ allianceId: Id, positionId: Id }),

    Schedule: z.strictObject({
      /** Member tenants in chairing order. */
      rotation: z.array(TenantId).check(
        z.minLength(1),
        z.maxLength(MAX_ROTATION),
        z.refine(
          (ids) => new Set(ids).size === ids.length,
          '同一租户不能重复出现 / a tenant may appear only once',
        ),
      ),
      termMonths: z.int().check(z.minimum(1), z.maximum(MAX_TERM_MONTHS)),
      /** The first term starts at 00:00 Asia/Shanghai on this date. */
      startsOn: StartDate,
    }),

    Handover,
    CreateHandover: z.strictObject({ toTenantId: TenantId, reason: textLine(500) }),

    Chair: z.object({
      /** The schedule's version (0 before one is set): If-Match for the next change. */
      version: z.int(),
      rotation: z.optional(z.array(z.string())),
      termMonths: z.optional(z.int()),
      startsOn: z.optional(z.string()),
      updatedAt: z.optional(z.string()),
      /** The latest early handover, from which the terms are counted. */
      anchor: z.optional(z.object({ tenantId: z.string(), at: z.string() })),
      current: z.optional(Term),
      next: z.optional(Term),
      /** Derived terms since the start (or the latest early handover), oldest first, up to the next one. */
      terms: z.array(Term),
      /** The latest recorded early handovers, newest first (all of them: GET …/chair/handovers). */
      handovers: z.array(Handover),
    }),

    CreateCharterVersion: z.strictObject({
      text: textLine(20_000),
      /** What changed (修订说明). */
      note: z.optional(textLine(500)),
    }),

    CharterVersion: z.object({
      allianceId: z.string(),
      version: z.int(),
      text: z.string(),
      note: z.optional(z.string()),
      adoptedAt: z.string(),
      adoptedByTenantId: z.string(),
    }),

    /** A version in the list: without its text. */
    CharterSummary: z.object({
      allianceId: z.string(),
      version: z.int(),
      note: z.optional(z.string()),
      adoptedAt: z.string(),
      adoptedByTenantId: z.string(),
      /** Characters of the text. */
      length: z.int(),
    }),

    CharterParams: z.strictObject({
      allianceId: Id,
      version: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(999_999)),
    }),

    ListQuery: z.strictObject({ ...pageQueryShape }),
  };
});

type GovernanceSchemas = ReturnType<typeof governanceSchemas>;
export type CreatePosition = z.infer<GovernanceSchemas['CreatePosition']>;
export type UpdatePosition = z.infer<GovernanceSchemas['UpdatePosition']>;
export type CommitteePosition = z.infer<GovernanceSchemas['Position']>;
export type ChairScheduleInput = z.infer<GovernanceSchemas['Schedule']>;
export type ChairHandover = z.infer<GovernanceSchemas['Handover']>;
export type CreateHandover = z.infer<GovernanceSchemas['CreateHandover']>;
export type ChairView = z.infer<GovernanceSchemas['Chair']>;
export type CreateCharterVersion = z.infer<GovernanceSchemas['CreateCharterVersion']>;
/** A charter version as answered. */
export type Charter = z.infer<GovernanceSchemas['CharterVersion']>;
export type CharterSummary = z.infer<GovernanceSchemas['CharterSummary']>;
