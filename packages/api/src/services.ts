// The services one app instance uses, wired to the store once per container.
import {
  type AuditRepository,
  type ChainService,
  type CoverageService,
  createChainService,
  createCoverageService,
  createOrgService,
  createTenantService,
  createUnitService,
  type OrgService,
  type TenantService,
  type UnitService,
} from '@lianjian/core';
import {
  createAuditRepository,
  createChainRepository,
  createCoverageRepository,
  createIdempotencyStore,
  createOrgRepository,
  createTenantRepository,
  createUnitRepository,
  type IdempotencyStore,
  type StoreContext,
} from '@lianjian/store';

export interface Services {
  readonly tenants: TenantService;
  readonly orgs: OrgService;
  readonly units: UnitService;
  readonly chains: ChainService;
  readonly coverage: CoverageService;
  readonly audit: AuditRepository;
  readonly idempotency: IdempotencyStore;
}

export const createServices = (store: StoreContext): Services => {
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  return {
    tenants: createTenantService(createTenantRepository(store)),
    orgs: createOrgService(orgRepository, unitRepository),
    units: createUnitService(unitRepository),
    chains: createChainService(
      chainRepository,
      unitRepository,
      async (tenantId, orgId) => (await orgRepository.get(tenantId, orgId)) !== undefined,
    ),
    coverage: createCoverageService(createCoverageRepository(store), chainRepository),
    audit: createAuditRepository(store),
    idempotency: createIdempotencyStore(store),
  };
};
