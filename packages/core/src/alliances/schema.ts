// An alliance (党建联盟): tenants sharing a workspace, its members, invitations and feed.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';

/** 产业链 · 毗邻 · 走廊 · 枢纽 · 产业集群 · 区域化 */
export const ALLIANCE_KINDS = [
  'industry_chain',
  'adjacent_region',
  'corridor',
  'hub',
  'cluster',
  'regional',
] as const;
export type AllianceKind = (typeof ALLIANCE_KINDS)[number];

/** A member tenant's role in one alliance: data in the alliance partition, not a token claim. */
export const ALLIANCE_ROLES = ['secretariat', 'member'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

/** How long an invitation waits for the invited tenant's answer. */
export const INVITATION_DAYS = 14;

/** The largest alliance: every membership step rewrites a few items per member in one transaction. */
export const MAX_ALLIANCE_MEMBERS = 60;

export const allianceSchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Kind = z.enum(ALLIANCE_KINDS);
  const Role = z.enum(ALLIANCE_ROLES);

  return {
    TenantId,
    Create: z.strictObject({
      name: textLine(100),
      kind: Kind,
      description: z.optional(textLine(2000)),
      /** The charter (章程) or framework agreement (框架协议); becomes charter version 1. */
      charter: z.optional(textLine(20_000)),
    }),

    /** JSON merge patch by the secretariat; the charter changes through its own versions. */
    Update: z.strictObject({
      name: z.optional(textLine(100)),
      kind: z.optional(Kind),
      description: z.optional(z.nullable(textLine(2000))),
    }),

    Alliance: z.object({
      ...resourceMetaShape,
      name: z.string(),
      kind: Kind,
      description: z.optional(z.string()),
      /** Current member tenants; kept by the membership writes. */
      memberCount: z.int(),
      /** The tenants holding the secretariat. */
      secretariatTenantIds: z.array(z.string()),
      createdByTenantId: z.string(),
      /** The caller's tenant's role in the alliance (in responses to members). */
      myRole: z.optional(Role),
    }),

    Member: z.object({
      allianceId: z.string(),
      tenantId: z.string(),
      tenantName: z.string(),
      province: z.string(),
      role: Role,
      /** `former`: left or removed; kept so history stays attributed. */
      status: z.enum(['active', 'former']),
      joinedAt: z.string(),
      leftAt: z.optional(z.string()),
      /** Why a former member's membership ended. */
      leftReason: z.optional(z.enum(['left', 'removed', 'offboarded'])),
    }),

    Invitation: z.object({
      allianceId: z.string(),
      allianceName: z.string(),
      allianceKind: Kind,
      tenantId: z.string(),
      invitedByTenantId: z.string(),
      invitedAt: z.string(),
      /** 14 days after the invitation; an expired one can no longer be accepted. */
      expiresAt: z.string(),
    }),

    CreateInvitation: z.strictObject({ tenantId: TenantId }),

    FeedEvent: z.object({
      id: z.string(),
      at: z.string(),
      /** The tenant whose principal acted; null for a platform operator (offboarding a member). */
      tenantId: z.nullable(z.string()),
      actor: z.object({ sub: z.string(), kind: z.enum(['user', 'client']) }),
      /** What happened, e.g. `need.created`, `claim.accepted`, `member.joined`. */
      action: z.string(),
      subject: z.object({ type: z.string(), id: z.string(), title: z.optional(z.string()) }),
    }),

    Params: z.strictObject({ allianceId: Id }),
    MemberParams: z.strictObject({ allianceId: Id, tenantId: TenantId }),
    ListQuery: z.strictObject({ ...pageQueryShape }),
    FeedQuery: z.strictObject({
      ...pageQueryShape,
      /** An event id: answers the events after it, oldest first (for polling). */
      after: z.optional(Id),
    }),
  };
});

type AllianceSchemas = ReturnType<typeof allianceSchemas>;
export type CreateAlliance = z.infer<AllianceSchemas['Create']>;
export type UpdateAlliance = z.infer<AllianceSchemas['Update']>;
export type Alliance = z.infer<AllianceSchemas['Alliance']>;
export type AllianceMember = z.infer<AllianceSchemas['Member']>;
export type Invitation = z.infer<AllianceSchemas['Invitation']>;
export type FeedEvent = z.infer<AllianceSchemas['FeedEvent']>;

/** The caller's standing in an alliance, read per request (consistent) by the pipeline's alliance gate. */
export interface AllianceMembership {
  readonly allianceId: string;
  readonly tenantId: string;
  readonly role: AllianceRole;
}
