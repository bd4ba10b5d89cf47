// The tenants a stack provisions: the catalog from @lianjian/core unless a stack is given its own list,
// checked at synth with the rules onboarding applies at deploy, so a bad entry fails here, not mid-deploy.
import { type CreateTenant, provinceOfCode, tenantCatalog, tenantSchemas } from '@lianjian/core';

/** One catalog entry. Its `tier` is also the isolation model: `silo` tenants get their own table. */
export type TenantEntry = CreateTenant;

export const DEFAULT_TENANTS: readonly TenantEntry[] = tenantCatalog;

export const isSilo = (tenant: TenantEntry): boolean => tenant.tier === 'silo';

/** Throws on an entry the tenant schema rejects, a code outside its province, or a duplicate id. */
export const checkTenants = (tenants: readonly TenantEntry[]): readonly TenantEntry[] => {
  const seen = new Set<string>();
  for (const tenant of tenants) {
    const parsed = tenantSchemas().Create.safeParse(tenant);
    if (!parsed.success) throw new Error(`tenant "${tenant.id}" is not valid: ${parsed.error.message}`);
    if (provinceOfCode(tenant.divisionCode) !== tenant.province)
      throw new Error(
        `tenant "${tenant.id}": division code ${tenant.divisionCode} is not in ${tenant.province}`,
      );
    if (seen.has(tenant.id)) throw new Error(`tenant id "${tenant.id}" appears twice in the catalog`);
    seen.add(tenant.id);
  }
  return tenants;
};
