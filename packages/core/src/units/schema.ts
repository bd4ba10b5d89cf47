// A unit (单位 / 经营主体): an enterprise or other body on the tenant's patch, which may host Party organisations.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';
import { isCreditCode } from './credit-code.ts';

export const UNIT_KINDS = [
  'enterprise', // 企业
  'cooperative', // 农民专业合作社
  'park', // 园区
  'town', // 镇（街道）
  'department', // 机关部门
  'university', // 高校
  'social_org', // 社会组织
] as const;

export const OWNERSHIPS = [
  'state', // 国有
  'private', // 民营
  'foreign', // 外资
  'joint', // 合资
] as const;

/** Flags a client sets. */
export const SETTABLE_UNIT_FLAGS = [
  'above_size', // 规模以上（规上）
  'high_tech', // 高新技术企业
  'little_giant', // 专精特新“小巨人”
] as const;

/** Every flag; `hundred_plus` (百人以上) follows the employee count and is never set by hand. */
export const UNIT_FLAGS = ['above_size', 'hundred_plus', 'high_tech', 'little_giant'] as const;

/** Employee count from which a unit counts as 百人以上. */
export const HUNDRED_PLUS_EMPLOYEES = 100;

/** How many chains one unit may belong to (bounds the items one unit write touches). */
export const MAX_CHAINS_PER_UNIT = 8;

export const unitSchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  const Kind = z.enum(UNIT_KINDS);
  const Ownership = z.enum(OWNERSHIPS);
  const Count = z.int().check(z.minimum(0), z.maximum(10_000_000));
  const CreditCode = z.pipe(
    z.string().check(z.trim(), z.toUpperCase()),
    z
      .string()
      .check(
        z.refine(
          isCreditCode,
          '统一社会信用代码无效（18 位，末位校验码须正确） / invalid unified social credit code',
        ),
      ),
  );
  /** Town names are key parts, so `#` (the key separator) is refused. */
  const Town = z.pipe(
    textLine(50),
    z.string().check(z.refine((town) => !town.includes('#'), '不能包含 # / must not contain #')),
  );
  const Flags = z.pipe(
    z.array(z.enum(SETTABLE_UNIT_FLAGS)).check(z.maxLength(SETTABLE_UNIT_FLAGS.length)),
    z.transform((flags) => [...new Set(flags)].sort()),
  );

  const fields = {
    name: textLine(100),
    kind: Kind,
    ownership: z.optional(Ownership),
    creditCode: z.optional(CreditCode),
    town: z.optional(Town),
    employeeCount: z.optional(Count),
    partyMemberCount: z.optional(Count),
  };

  return {
    Create: z.strictObject({ ...fields, flags: z._default(Flags, []) }),

    /** JSON merge patch: a field set to null is removed (only optional fields may be). */
    Update: z.strictObject({
      name: z.optional(fields.name),
      kind: z.optional(Kind),
      ownership: z.optional(z.nullable(Ownership)),
      creditCode: z.optional(z.nullable(CreditCode)),
      town: z.optional(z.nullable(Town)),
      employeeCount: z.optional(z.nullable(Count)),
      partyMemberCount: z.optional(z.nullable(Count)),
      flags: z.optional(Flags),
    }),

    Unit: z.object({
      ...resourceMetaShape,
      name: z.string(),
      kind: Kind,
      ownership: z.optional(Ownership),
      creditCode: z.optional(z.string()),
      town: z.optional(z.string()),
      employeeCount: z.optional(z.int()),
      partyMemberCount: z.optional(z.int()),
      /** Flags as set, plus `hundred_plus` when the employee count reaches 100. */
      flags: z.array(z.enum(UNIT_FLAGS)),
      /** Chains (产业链) the unit is a member of. */
      chainIds: z.array(z.string()),
      /** How many Party organisations name this unit as their host. */
      orgCount: z.int(),
      /** Whether a Party organisation is hosted here (orgCount > 0): what coverage counts. */
      hasPartyOrg: z.boolean(),
    }),

    Params: z.strictObject({ unitId: Id }),

    ListQuery: z.strictObject({
      ...pageQueryShape,
      kind: z.optional(Kind),
      flag: z.optional(z.enum(UNIT_FLAGS)),
      chainId: z.optional(Id),
      town: z.optional(Town),
      hasPartyOrg: z.optional(z.stringbool()),
    }),
  };
});

type UnitSchemas = ReturnType<typeof unitSchemas>;
export type UnitKind = (typeof UNIT_KINDS)[number];
export type Ownership = (typeof OWNERSHIPS)[number];
export type UnitFlag = (typeof UNIT_FLAGS)[number];
export type SettableUnitFlag = (typeof SETTABLE_UNIT_FLAGS)[number];
export type CreateUnit = z.infer<UnitSchemas['Create']>;
export type UpdateUnit = z.infer<UnitSchemas['Update']>;
export type Unit = z.infer<UnitSchemas['Unit']>;
export type ListUnitsQuery = z.infer<UnitSchemas['ListQuery']>;
