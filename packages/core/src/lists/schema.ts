// The three shared lists of an alliance (资源清单 / 需求清单 / 项目清单): what members offer, what they need,
// and the joint projects that come of it. Items live in the alliance's partition, owned by the posting tenant.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';
import { ITEM_STATUSES, type StoredItemStatus } from './status.ts';

/** resource: offered by its owner; need: asked for; project: a joint undertaking (may link two claims). */
export const LIST_KINDS = ['resource', 'need', 'project'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** The kinds other members claim: a need (to meet it) or a resource (to use it). */
export const CLAIMABLE_KINDS = ['resource', 'need'] as const;
export type ClaimableKind = (typeof CLAIMABLE_KINDS)[number];
export const isClaimable = (kind: ListKind): kind is ClaimableKind => kind !== 'project';

/** 政策 · 人才 · 资金 · 场地 · 技术 · 市场 · 培训 · 志愿服务 · 其他 */
export const ITEM_CATEGORIES = [
  'policy',
  'talent',
  'finance',
  'venue',
  'technology',
  'market',
  'training',
  'volunteer',
  'other',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const MODERATION_ACTIONS = ['close', 'hide', 'unhide'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** A member unit id: opaque for now (member units are kept elsewhere), so only its shape is checked. */
const UNIT_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
/** A county-level division code (GB/T 2260): six digits, the first not zero. */
const REGION_PATTERN = /^[1-9]\d{5}$/;
const PHONE_PATTERN = /^[0-9+\-() ]{5,30}$/;

export const listSchemas = schemaGroup(() => {
  const { Id, CalendarDate, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const Category = z.enum(ITEM_CATEGORIES);
  const Tags = z.array(textLine(20)).check(z.maxLength(10));
  const Quantity = z.int().check(z.minimum(1), z.maximum(1_000_000));
  const Region = z.string().check(z.regex(REGION_PATTERN));
  const UnitRef = z.string().check(z.regex(UNIT_REF_PATTERN));
  const Contact = z.strictObject({
    name: textLine(50),
    phone: z.optional(z.string().check(z.regex(PHONE_PATTERN))),
    email: z.optional(z.email().check(z.maxLength(100))),
  });
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));

  /** What the owner writes, on every kind. */
  const content = {
    title: textLine(100),
    description: z.optional(textLine(4000)),
    category: Category,
    tags: z.optional(Tags),
    /** Last day the item is valid (Asia/Shanghai); after it the item reads as `expired`. */
    validUntil: z.optional(CalendarDate),
    region: z.optional(Region),
    /** Shown to members only; never copied into feed events. */
    contact: z.optional(Contact),
    ownerUnitId: z.optional(UnitRef),
  };
  /** Resources and needs: how much is offered or needed; absent means no limit. */
  const amount = { quantity: z.optional(Quantity), quantityUnit: z.optional(textLine(10)) };
  /** The owner's JSON merge patch: `null` clears an optional field. */
  const editable = {
    title: z.optional(textLine(100)),
    description: z.optional(z.nullable(textLine(4000))),
    category: z.optional(Category),
    tags: z.optional(Tags),
    validUntil: z.optional(z.nullable(CalendarDate)),
    region: z.optional(z.nullable(Region)),
    contact: z.optional(z.nullable(Contact)),
    ownerUnitId: z.optional(z.nullable(UnitRef)),
  };

  const Links = z.object({
    resourceClaimId: z.optional(z.string()),
    resourceId: z.optional(z.string()),
    needClaimId: z.optional(z.string()),
    needId: z.optional(z.string()),
  });

  return {
    Category,
    CreateClaimable: z.strictObject({ ...content, ...amount }),
    CreateProject: z.strictObject({
      ...content,
      /** An accepted resource claim the project builds on (the caller must be a party to it). */
      resourceClaimId: z.optional(Id),
      /** An accepted need claim the project builds on. */
      needClaimId: z.optional(Id),
    }),
    UpdateClaimable: z.strictObject({
      ...editable,
      quantity: z.optional(z.nullable(Quantity)),
      quantityUnit: z.optional(z.nullable(textLine(10))),
    }),
    UpdateProject: z.strictObject(editable),

    Item: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      kind: z.enum(LIST_KINDS),
      ownerTenantId: z.string(),
      ownerUnitId: z.optional(z.string()),
      title: z.string(),
      description: z.optional(z.string()),
      category: Category,
      tags: z.array(z.string()),
      quantity: z.optional(z.int()),
      quantityUnit: z.optional(z.string()),
      /** Quantity of accepted claims (resources and needs). */
      allocated: z.optional(z.int()),
      /** Claims waiting for the owner's answer (resources and needs). */
      pendingClaims: z.optional(z.int()),
      validUntil: z.optional(z.string()),
      region: z.optional(z.string()),
      contact: z.optional(
        z.object({ name: z.string(), phone: z.optional(z.string()), email: z.optional(z.string()) }),
      ),
      /** `expired` is computed: an open item past its valid-until date. */
      status: z.enum(ITEM_STATUSES),
      /** Hidden by the secretariat: seen only by the owner and the secretariat. */
      hidden: z.boolean(),
      /** The secretariat's last moderation of the item. */
      moderation: z.optional(
        z.object({
          action: z.enum(MODERATION_ACTIONS),
          reason: z.string(),
          byTenantId: z.string(),
          at: z.string(),
        }),
      ),
      /** Its owner has left the alliance; the item stays as history. */
      fromFormerMember: z.optional(z.boolean()),
      /** Projects: the claims they were joined from. */
      links: z.optional(Links),
    }),

    Moderation: z.strictObject({ action: z.enum(MODERATION_ACTIONS), reason: textLine(500) }),

    ListQuery: z.strictObject({
      ...pageQueryShape,
      status: z.optional(z.enum(ITEM_STATUSES)),
      category: z.optional(Category),
      /** Items of one member tenant. */
      owner: z.optional(TenantId),
      /** Text in the title, description or tags (see the README for what it reads). */
      q: z.optional(textLine(50)),
    }),

    Params: z.strictObject({ allianceId: Id }),
    ItemParams: z.strictObject({ allianceId: Id, itemId: Id }),
  };
});

type ListSchemas = ReturnType<typeof listSchemas>;
export type ListItem = z.infer<ListSchemas['Item']>;
export type CreateClaimableItem = z.infer<ListSchemas['CreateClaimable']>;
export type CreateProject = z.infer<ListSchemas['CreateProject']>;
export type CreateListItem = CreateClaimableItem | CreateProject;
export type UpdateListItem = z.infer<ListSchemas['UpdateClaimable']>;
export type ListItemsQuery = z.infer<ListSchemas['ListQuery']>;
export type Moderation = z.infer<ListSchemas['Moderation']>;
export type ProjectLinks = NonNullable<ListItem['links']>;

/**
 * An item as stored: its status is one of the stored ones (`expired` is computed on read), and resources and
 * needs keep `remaining` (quantity − allocated) so an acceptance can be a plain condition `remaining >= q`.
 */
export type StoredListItem = Omit<ListItem, 'status'> & {
  readonly status: StoredItemStatus;
  readonly remaining?: number;
};
