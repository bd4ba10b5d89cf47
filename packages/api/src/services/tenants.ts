// What every request may touch: the tenant registry (read by the tenant gate), audit and idempotency.
// Always loaded; what it needs of other groups it reaches through `TenantLinks`, only when called.
import { createTenantService, type TenantServiceOptions } from '@lianjian/core';
import {
  createAuditRepository,
  createIdempotencyStore,
  createTenantRepository,
  type StoreContext,
} from '@lianjian/store';
import type { Services } from '../services.ts';

export type TenantServices = Pick<Services, 'tenants' | 'audit' | 'idempotency'>;

/** Offboarding leaves the tenant's alliances; the export carries its records in their partitions. */
export type TenantLinks = Required<Pick<TenantServiceOptions, 'leaveAlliances' | 'allianceRecords'>>;

export const createTenantServices = (store: StoreContext, links: TenantLinks): TenantServices => ({
  tenants: createTenantService(createTenantRepository(store), links),
  audit: createAuditRepository(store),
  idempotency: createIdempotencyStore(store),
});
