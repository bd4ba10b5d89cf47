// A Party organisation (党组织): a node in the tenant's organisation tree.
import * as z from 'zod/mini';
import { once, schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';

export const ORG_KINDS = [
  'committee', // 党委
  'general_branch', // 党总支
  'branch', // 党支部
  'joint_branch', // 联合党支部
  'functional_branch', // 功能性党支部
  'cluster_committee', // 产业集群党委
  'activity_committee', // 活动型党委
] as const;

/** Hosts of one organisation; bounds the units one organisation write touches. */
export const MAX_HOST_UNITS = 10;

const kind = once(() => z.enum(ORG_KINDS));
const memberCount = once(() => z.int().check(z.minimum(0), z.maximum(1_000_000)));
/** The units the organisation sits in: one, or several for a joint branch (联合党支部). */
const hostUnitIds = once(() =>
  z.pipe(
    z.array(sharedSchemas().Id).check(z.minLength(1), z.maxLength(MAX_HOST_UNITS)),
    z.transform((ids) => [...new Set(ids)].sort()),
  ),
);

export const orgSchemas = schemaGroup({
  Create: () => {
    const { Id, CalendarDate } = sharedSchemas();
    return z.strictObject({
      name: textLine(100),
      kind: kind(),
      parentId: z.optional(Id),
      memberCount: z._default(memberCount(), 0),
      establishedOn: z.optional(CalendarDate),
      secretaryName: z.optional(textLine(50)),
      town: z.optional(textLine(50)),
      hostUnitIds: z.optional(hostUnitIds()),
    });
  },

  /** JSON merge patch: a field set to null is removed (only optional fields may be). */
  Update: () => {
    const { Id, CalendarDate } = sharedSchemas();
    return z.strictObject({
      name: z.optional(textLine(100)),
      kind: z.optional(kind()),
      parentId: z.optional(z.nullable(Id)),
      memberCount: z.optional(memberCount()),
      establishedOn: z.optional(z.nullable(CalendarDate)),
      secretaryName: z.optional(z.nullable(textLine(50))),
      town: z.optional(z.nullable(textLine(50))),
      hostUnitIds: z.optional(z.nullable(hostUnitIds())),
    });
  },

  Org: () =>
    z.object({
      ...sharedSchemas().resourceMetaShape,
      name: z.string(),
      kind: kind(),
      parentId: z.optional(z.string()),
      memberCount: z.int(),
      establishedOn: z.optional(z.string()),
      secretaryName: z.optional(z.string()),
      town: z.optional(z.string()),
      hostUnitIds: z.optional(z.array(z.string())),
      /** How many organisations have this one as parent. */
      childCount: z.int(),
    }),

  Params: () => z.strictObject({ orgId: sharedSchemas().Id }),

  ListQuery: () =>
    z.strictObject({ ...sharedSchemas().pageQueryShape, parentId: z.optional(sharedSchemas().Id) }),
});

type OrgSchemas = ReturnType<typeof orgSchemas>;
export type OrgKind = (typeof ORG_KINDS)[number];
export type CreateOrg = z.infer<OrgSchemas['Create']>;
export type UpdateOrg = z.infer<OrgSchemas['Update']>;
export type Org = z.infer<OrgSchemas['Org']>;
export type ListOrgsQuery = z.infer<OrgSchemas['ListQuery']>;
