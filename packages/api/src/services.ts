// The services one app instance uses, wired to the store once per container.
import {
  type AuditRepository,
  createOrgService,
  createTenantService,
  type OrgService,
  type TenantService,
} from '@lianjian/core';
import {
  createAuditRepository,
  createIdempotencyStore,
  createOrgRepository,
  createTenantRepository,
  type IdempotencyStore,
  type StoreContext,
} from '@lianjian/store';

export interface Services {
  readonly tenants: TenantService;
  readonly orgs: OrgService;
  readonly audit: AuditRepository;
  readonly idempotency: IdempotencyStore;
}

export const createServices = (store: StoreContext): Services => ({
  tenants: createTenantService(createTenantRepository(store)),
  orgs: createOrgService(createOrgRepository(store)),
  audit: createAuditRepository(store),
  idempotency: createIdempotencyStore(store),
});
