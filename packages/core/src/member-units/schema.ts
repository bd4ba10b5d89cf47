// Alliance member units (成员单位): a member tenant's own unit or Party organisation, shown in the alliance as a
// copy of just the fields the tenant chose. The private record stays in the tenant's partition.
import * as z from 'zod/mini';
import { ORG_KINDS } from '../orgs/schema.ts';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { TENANT_ID_MAX_LENGTH, TENANT_ID_PATTERN } from '../tenants/schema.ts';
import { OWNERSHIPS, UNIT_FLAGS, UNIT_KINDS } from '../units/schema.ts';

/** What a member unit copies: one of the tenant's units (经营主体) or one of its Party organisations. */
export const MEMBER_UNIT_KINDS = ['unit', 'org'] as const;
export type MemberUnitKind = (typeof MEMBER_UNIT_KINDS)[number];

/**
 * Unit fields a tenant may choose to show; the name and kind are always shown. Never shareable: ids of other
 * private records (chains), internal counters. The credit code is public registration data, so it may be
 * shown, but only when chosen.
 */
export const SHAREABLE_UNIT_FIELDS = [
  'ownership',
  'town',
  'employeeCount',
  'partyMemberCount',
  'flags',
  'hasPartyOrg',
  'creditCode',
] as const;

/** Organisation fields a tenant may choose to show; never its parent or host units (private ids). */
export const SHAREABLE_ORG_FIELDS = ['memberCount', 'establishedOn', 'secretaryName', 'town'] as const;

/** Every field of either list (each kind accepts only its own; the service checks). */
export const SHAREABLE_FIELDS = [
  ...SHAREABLE_UNIT_FIELDS,
  'memberCount',
  'establishedOn',
  'secretaryName',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

export const shareableFields = (kind: MemberUnitKind): readonly ShareableField[] =>
  kind === 'unit' ? SHAREABLE_UNIT_FIELDS : SHAREABLE_ORG_FIELDS;

export const memberUnitSchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const TenantId = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Fields = z.pipe(
    z.array(z.enum(SHAREABLE_FIELDS)).check(z.maxLength(SHAREABLE_FIELDS.length)),
    z.transform((fields) => [...new Set(fields)].sort()),
  );
  /** Written for the alliance by the owner (what the unit offers, e.g. rooms of a B&B); not copied. */
  const Description = textLine(500);

  return {
    Enrol: z
      .strictObject({
        unitId: z.optional(Id),
        orgId: z.optional(Id),
        /** The fields to show besides the name and kind. */
        fields: Fields,
        description: z.optional(Description),
      })
      .check(
        z.refine((body) => (body.unitId === undefined) !== (body.orgId === undefined), {
          message: '须提供 unitId 或 orgId 其中之一 / give exactly one of unitId and orgId',
          path: ['unitId'],
        }),
      ),

    /**
     * `fields` replaces the choice and copies the private record again; `refresh: true` copies it again with
     * the same choice; `description` alone changes only the description (null removes it).
     */
    Update: z
      .strictObject({
        fields: z.optional(Fields),
        refresh: z.optional(z.boolean()),
        description: z.optional(z.nullable(Description)),
      })
      .check(
        z.refine((body) => Object.values(body).some((value) => value !== undefined && value !== false), {
          message: '没有要修改的内容 / nothing to change',
        }),
      ),

    MemberUnit: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      ownerTenantId: z.string(),
      kind: z.enum(MEMBER_UNIT_KINDS),
      /** The fields chosen (besides name and kind). */
      fields: z.array(z.enum(SHAREABLE_FIELDS)),
      name: z.string(),
      /** The unit's kind (kind `unit`). */
      unitKind: z.optional(z.enum(UNIT_KINDS)),
      /** The organisation's kind (kind `org`). */
      orgKind: z.optional(z.enum(ORG_KINDS)),
      ownership: z.optional(z.enum(OWNERSHIPS)),
      town: z.optional(z.string()),
      employeeCount: z.optional(z.int()),
      partyMemberCount: z.optional(z.int()),
      flags: z.optional(z.array(z.enum(UNIT_FLAGS))),
      hasPartyOrg: z.optional(z.boolean()),
      creditCode: z.optional(z.string()),
      memberCount: z.optional(z.int()),
      establishedOn: z.optional(z.string()),
      secretaryName: z.optional(z.string()),
      description: z.optional(z.string()),
      /** When the fields were last copied from the private record. */
      refreshedAt: z.string(),
      /** The private unit copied: only in answers to the owner tenant. */
      sourceUnitId: z.optional(z.string()),
      /** The private organisation copied: only in answers to the owner tenant. */
      sourceOrgId: z.optional(z.string()),
    }),

    Params: z.strictObject({ allianceId: Id, memberUnitId: Id }),
    ListQuery: z.strictObject({ ...pageQueryShape, ownerTenantId: z.optional(TenantId) }),
  };
});

type MemberUnitSchemas = ReturnType<typeof memberUnitSchemas>;
export type EnrolMemberUnit = z.infer<MemberUnitSchemas['Enrol']>;
export type UpdateMemberUnit = z.infer<MemberUnitSchemas['Update']>;
export type MemberUnit = z.infer<MemberUnitSchemas['MemberUnit']>;
export type ListMemberUnitsQuery = z.infer<MemberUnitSchemas['ListQuery']>;
/** A member unit as stored in the alliance partition: never with the private record's id. */
export type StoredMemberUnit = Omit<MemberUnit, 'sourceUnitId' | 'sourceOrgId'>;
