// A Party organisation (党组织): a node in the tenant's organisation tree.
import * as z from 'zod/mini';
import { DateSchema, IdSchema, PageQueryShape, ResourceMetaShape, textLine } from '../shared/schema.ts';

export const ORG_KINDS = [
  'committee', // 党委
  'general_branch', // 党总支
  'branch', // 党支部
  'joint_branch', // 联合党支部
  'functional_branch', // 功能性党支部
  'cluster_committee', // 产业集群党委
  'activity_committee', // 活动型党委
] as const;

export const OrgKindSchema = z.enum(ORG_KINDS);
const MemberCountSchema = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const CreateOrgSchema = z.strictObject({
  name: textLine(100),
  kind: OrgKindSchema,
  parentId: z.optional(IdSchema),
  memberCount: z._default(MemberCountSchema, 0),
  establishedOn: z.optional(DateSchema),
  secretaryName: z.optional(textLine(50)),
  town: z.optional(textLine(50)),
});

/** JSON merge patch: a field set to null is removed (only optional fields may be). */
export const UpdateOrgSchema = z.strictObject({
  name: z.optional(textLine(100)),
  kind: z.optional(OrgKindSchema),
  parentId: z.optional(z.nullable(IdSchema)),
  memberCount: z.optional(MemberCountSchema),
  establishedOn: z.optional(z.nullable(DateSchema)),
  secretaryName: z.optional(z.nullable(textLine(50))),
  town: z.optional(z.nullable(textLine(50))),
});

export const OrgSchema = z.object({
  ...ResourceMetaShape,
  name: z.string(),
  kind: OrgKindSchema,
  parentId: z.optional(z.string()),
  memberCount: z.int(),
  establishedOn: z.optional(z.string()),
  secretaryName: z.optional(z.string()),
  town: z.optional(z.string()),
  /** How many organisations have this one as parent. */
  childCount: z.int(),
});

export const OrgParamsSchema = z.strictObject({ orgId: IdSchema });

export const ListOrgsQuerySchema = z.strictObject({
  ...PageQueryShape,
  parentId: z.optional(IdSchema),
});

export type OrgKind = (typeof ORG_KINDS)[number];
export type CreateOrg = z.infer<typeof CreateOrgSchema>;
export type UpdateOrg = z.infer<typeof UpdateOrgSchema>;
export type Org = z.infer<typeof OrgSchema>;
export type ListOrgsQuery = z.infer<typeof ListOrgsQuerySchema>;
