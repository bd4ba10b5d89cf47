// Refuses principals whose tenant is suspended or unknown, on every request (a consistent read).
import { DomainError, type TenantService } from '@lianjian/core';

/** Resolves when the tenant is active; rejects with the refusal otherwise. */
export const tenantGate = (tenants: TenantService, tenantId: string): Promise<void> => {
  const gate = tenants.find(tenantId).then((tenant) => {
    if (!tenant) throw new DomainError('auth.tenantUnknown', { tenantId });
    if (tenant.status === 'suspended') throw new DomainError('auth.tenantSuspended', { tenantId });
    if (tenant.status !== 'active')
      throw new DomainError('auth.tenantInactive', { tenantId, status: tenant.status });
  });
  // Awaited later; a rejection before then is not an unhandled one.
  gate.catch(() => undefined);
  return gate;
};
