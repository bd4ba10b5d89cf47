// A tenant: one city, district or county organisation department (组织部).
import * as z from 'zod/mini';
import { ResourceMetaShape, textLine } from '../shared/schema.ts';

export const PROVINCES = ['SH', 'JS', 'ZJ', 'AH'] as const;
export const TIERS = ['pool', 'silo'] as const;
export const TENANT_STATUSES = ['active', 'suspended'] as const;

/** GB/T 2260 province prefixes of the four Yangtze Delta provinces. */
export const PROVINCE_BY_CODE_PREFIX: Readonly<Record<string, Province>> = {
  '31': 'SH',
  '32': 'JS',
  '33': 'ZJ',
  '34': 'AH',
};

export const TenantIdSchema = z
  .string()
  .check(z.regex(/^(sh|js|zj|ah)-[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(40));
export const DivisionCodeSchema = z.string().check(z.regex(/^(31|32|33|34)\d{4}$/));
export const ProvinceSchema = z.enum(PROVINCES);
export const TierSchema = z.enum(TIERS);
export const TenantStatusSchema = z.enum(TENANT_STATUSES);

const TenantFieldsShape = {
  /** Full name of the organisation department, e.g. 中共上海市金山区委组织部. */
  name: textLine(60),
  /** The place it serves, e.g. 金山区. */
  shortName: textLine(20),
  divisionCode: DivisionCodeSchema,
  province: ProvinceSchema,
  tier: TierSchema,
};

export const CreateTenantSchema = z.strictObject({ id: TenantIdSchema, ...TenantFieldsShape });

export const UpdateTenantSchema = z.strictObject({
  name: z.optional(TenantFieldsShape.name),
  shortName: z.optional(TenantFieldsShape.shortName),
  tier: z.optional(TierSchema),
  status: z.optional(TenantStatusSchema),
});

export const TenantSchema = z.object({
  ...ResourceMetaShape,
  name: z.string(),
  shortName: z.string(),
  divisionCode: z.string(),
  province: ProvinceSchema,
  tier: TierSchema,
  status: TenantStatusSchema,
});

export type Province = (typeof PROVINCES)[number];
export type Tier = (typeof TIERS)[number];
export type TenantStatus = (typeof TENANT_STATUSES)[number];
export type CreateTenant = z.infer<typeof CreateTenantSchema>;
export type UpdateTenant = z.infer<typeof UpdateTenantSchema>;
export type Tenant = z.infer<typeof TenantSchema>;

/** The province a GB/T 2260 code belongs to, or undefined outside the four provinces. */
export const provinceOfCode = (divisionCode: string): Province | undefined =>
  PROVINCE_BY_CODE_PREFIX[divisionCode.slice(0, 2)];
