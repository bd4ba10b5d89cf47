// Refuses principals whose tenant is suspended, inactive or unknown. The status is read with a consistent
// read; an `active` read is then acted on for TENANT_STATUS_LEASE_MS from when it started, and a change out of
// `active` waits that long before it answers (core/tenants/status-lease.ts), so suspension still bites on
// the first request after it is answered. A container serving more than one request a second reads the
// status about once a second instead of on every request.
import {
  DomainError,
  type LeaseClock,
  type LeaseStart,
  leaseHolds,
  leaseStart,
  systemLeaseClock,
  TENANT_STATUS_LEASE_MS,
  type Tenant,
} from '@lianjian/core';

/** Resolves when the tenant is active; rejects with the refusal otherwise. */
export type TenantGate = (tenantId: string) => Promise<void>;

export interface TenantGateOptions {
  /** @default TENANT_STATUS_LEASE_MS; 0 reads the status on every request. */
  readonly leaseMs?: number;
  readonly clock?: LeaseClock;
}

const OPEN = Promise.resolve();

export const createTenantGate = (
  find: (tenantId: string) => Promise<Tenant | undefined>,
  { leaseMs = TENANT_STATUS_LEASE_MS, clock = systemLeaseClock }: TenantGateOptions = {},
): TenantGate => {
  // Only `active` is leased: a refusal is read again every time, so a resumed tenant is let in at once.
  // Entries exist for registered tenants only, so the map stays as small as the registry.
  const leases = new Map<string, LeaseStart>();

  return (tenantId) => {
    const lease = leases.get(tenantId);
    if (lease && leaseHolds(lease, clock, leaseMs)) return OPEN;
    const started = leaseStart(clock);
    const gate = find(tenantId).then((tenant) => {
      if (tenant?.status === 'active') {
        leases.set(tenantId, started);
        return;
      }
      leases.delete(tenantId);
      if (!tenant) throw new DomainError('auth.tenantUnknown', { tenantId });
      if (tenant.status === 'suspended') throw new DomainError('auth.tenantSuspended', { tenantId });
      throw new DomainError('auth.tenantInactive', { tenantId, status: tenant.status });
    });
    // Awaited later; a rejection before then is not an unhandled one.
    gate.catch(() => undefined);
    return gate;
  };
};
