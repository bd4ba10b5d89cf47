// The services one app instance uses, wired to the store once per container.
import {
  type AllianceService,
  type AuditRepository,
  type ChainService,
  type CoverageService,
  createAllianceService,
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
  createAllianceRepository,
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
  readonly alliances: AllianceService;
  readonly audit: AuditRepository;
  readonly idempotency: IdempotencyStore;
}

export const createServices = (store: StoreContext): Services => {
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  const tenants = createTenantService(createTenantRepository(store), {
    // Bound late: the alliance service needs the tenant registry too.
    leaveAlliances: (ctx, tenantId) => alliances.leaveAll(ctx, tenantId),
  });
  const alliances = createAllianceService({
    repo: createAllianceRepository(store),
    tenants: (tenantId) => tenants.find(tenantId),
  });
  return {
    tenants,
    orgs: createOrgService(orgRepository, unitRepository),
    units: createUnitService(unitRepository),
    chains: createChainService(
      chainRepository,
      unitRepository,
      async (tenantId, orgId) => (await orgRepository.get(tenantId, orgId)) !== undefined,
    ),
    coverage: createCoverageService(createCoverageRepository(store), chainRepository),
    alliances,
    audit: createAuditRepository(store),
    idempotency: createIdempotencyStore(store),
  };
};
