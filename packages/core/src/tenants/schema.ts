// A tenant: one city, district or county organisation department (组织部).
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';

export const PROVINCES = ['SH', 'JS', 'ZJ', 'AH'] as const;
export const TIERS = ['pool', 'silo'] as const;
/**
 * The lifecycle: `pending` → `active` ↔ `suspended` → `offboarding` → `deleted`.
 * Only `active` tenants' principals are served; `deleted` is kept as a tombstone beside the deletion certificate.
 */
export const TENANT_STATUSES = ['pending', 'active', 'suspended', 'offboarding', 'deleted'] as const;
/** The statuses an operator sets with PATCH; the others belong to onboarding and offboarding. */
export const SWITCHABLE_STATUSES = ['active', 'suspended'] as const;

/** GB/T 2260 province prefixes of the four Yangtze Delta provinces. */
export const PROVINCE_BY_CODE_PREFIX: Readonly<Record<string, Province>> = {
  '31': 'SH',
  '32': 'JS',
  '33': 'ZJ',
  '34': 'AH',
};

/** Tenant ids are slugs of the province and the place, e.g. `sh-jinshan`; they appear in keys and claims. */
export const TENANT_ID_PATTERN = /^(sh|js|zj|ah)-[a-z0-9]+(-[a-z0-9]+)*$/;
export const TENANT_ID_MAX_LENGTH = 40;

/** Checks a tenant id without building a schema (the token verifier runs this on every new token). */
export const isTenantId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= TENANT_ID_MAX_LENGTH && TENANT_ID_PATTERN.test(value);

export const tenantSchemas = schemaGroup(() => {
  const { resourceMetaShape, pageQueryShape } = sharedSchemas();
  const Id = z.string().check(z.regex(TENANT_ID_PATTERN), z.maxLength(TENANT_ID_MAX_LENGTH));
  const Province = z.enum(PROVINCES);
  const Tier = z.enum(TIERS);
  const Status = z.enum(TENANT_STATUSES);
  const fields = {
    /** Full name of the organisation department, e.g. 中共上海市金山区委组织部. */
    name: textLine(60),
    /** The place it serves, e.g. 金山区. */
    shortName: textLine(20),
    divisionCode: z.string().check(z.regex(/^(31|32|33|34)\d{4}$/)),
    province: Province,
    tier: Tier,
  };

  return {
    Id,
    Create: z.strictObject({ id: Id, ...fields }),
    Update: z.strictObject({
      name: z.optional(fields.name),
      shortName: z.optional(fields.shortName),
      tier: z.optional(Tier),
      status: z.optional(z.enum(SWITCHABLE_STATUSES)),
    }),
    Tenant: z.object({
      ...resourceMetaShape,
      name: z.string(),
      shortName: z.string(),
      divisionCode: z.string(),
      province: Province,
      tier: Tier,
      status: Status,
    }),
    Params: z.strictObject({ tenantId: Id }),
    ListQuery: z.strictObject({ ...pageQueryShape }),
    DeletionCertificate: z.object({
      tenantId: z.string(),
      tenantName: z.string(),
      startedAt: z.string(),
      completedAt: z.string(),
      operator: z.object({ sub: z.string(), kind: z.enum(['user', 'client']) }),
      requestId: z.string(),
      itemsDeleted: z.record(z.string(), z.int()),
      totalItemsDeleted: z.int(),
      alliancesLeft: z.array(z.string()),
    }),
  };
});

type TenantSchemas = ReturnType<typeof tenantSchemas>;
export type Province = (typeof PROVINCES)[number];
export type Tier = (typeof TIERS)[number];
export type TenantStatus = (typeof TENANT_STATUSES)[number];
export type CreateTenant = z.infer<TenantSchemas['Create']>;
export type UpdateTenant = z.infer<TenantSchemas['Update']>;
export type Tenant = z.infer<TenantSchemas['Tenant']>;
export type DeletionCertificate = z.infer<TenantSchemas['DeletionCertificate']>;

/** The province a GB/T 2260 code belongs to, or undefined outside the four provinces. */
export const provinceOfCode = (divisionCode: string): Province | undefined =>
  PROVINCE_BY_CODE_PREFIX[divisionCode.slice(0, 2)];
