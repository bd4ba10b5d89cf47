// Turns one CloudFormation custom resource event for a catalog tenant into its registry record, through the
// same TenantService that serves POST /v1/tenants: a catalog tenant and an API-created one are the same record.
import { isDomainError, type Principal, type TenantService, tenantSchemas } from '@lianjian/core';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';

/** Who the audit entry names: the deployment acting as the platform, not a person. */
export const ONBOARDING_PRINCIPAL: Principal = {
  kind: 'user',
  sub: 'system:tenant-onboarding',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

export interface Outcome {
  readonly status: 'SUCCESS' | 'FAILED';
  readonly physicalResourceId: string;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, string>>;
}

/** The physical id names the tenant, so a changed id is a new resource (and the old one's Delete a no-op). */
export const physicalIdOf = (tenantId: string): string => `tenant/${tenantId}`;

/**
 * Create and Update onboard the tenant (the service is idempotent); Delete leaves it alone.
 *
 * - `tenant.exists` (registered with other fields) is success: after onboarding the registry is the source of
 *   truth, and changes to a tenant (names, tier, suspension) go through the audited `PATCH /v1/tenants/{id}`,
 *   not through a deploy, so Update never overwrites.
 * - `tenant.retired` fails: an offboarded tenant must leave the catalog rather than get new resources.
 * - Delete (a tenant dropped from the catalog, or the stack deleted) never deletes tenant data: the records are
 *   evidence, and offboarding is a separate, audited API operation.
 */
export const onboard = async (
  tenants: Pick<TenantService, 'onboard'>,
  event: CloudFormationCustomResourceEvent,
  now: Date = new Date(),
): Promise<Outcome> => {
  if (event.RequestType === 'Delete') {
    return { status: 'SUCCESS', physicalResourceId: event.PhysicalResourceId };
  }
  const parsed = tenantSchemas().Create.safeParse(event.ResourceProperties.Tenant);
  if (!parsed.success) {
    return {
      status: 'FAILED',
      // Keep the previous id on a failed update, so CloudFormation does not see a replacement.
      physicalResourceId: event.RequestType === 'Update' ? event.PhysicalResourceId : 'invalid-tenant',
      reason: `the Tenant property is not a valid tenant: ${parsed.error.message}`,
    };
  }
  const tenant = parsed.data;
  try {
    await tenants.onboard({ principal: ONBOARDING_PRINCIPAL, requestId: event.RequestId, now }, tenant);
  } catch (error) {
    if (!(isDomainError(error) && error.code === 'tenant.exists')) throw error;
  }
  return { status: 'SUCCESS', physicalResourceId: physicalIdOf(tenant.id), data: { TenantId: tenant.id } };
};
