// The services one app instance uses, wired to the store once per container.
import {
  type AllianceService,
  type AuditRepository,
  type ChainService,
  type ClaimService,
  type CoverageService,
  createAllianceService,
  createChainService,
  createClaimService,
  createCoverageService,
  createListService,
  createOrgService,
  createTenantService,
  createUnitService,
  type ListService,
  listDepartureSteps,
  type OrgService,
  type TenantService,
  type UnitService,
} from '@lianjian/core';
import {
  createAllianceRepository,
  createAuditRepository,
  createChainRepository,
  createClaimRepository,
  createCoverageRepository,
  createIdempotencyStore,
  createListRepository,
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
  /** The alliance's resource, need and project lists. */
  readonly lists: ListService;
  readonly claims: ClaimService;
  readonly audit: AuditRepository;
  readonly idempotency: IdempotencyStore;
}

export const createServices = (store: StoreContext): Services => {
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  const tenants = createTenantService(createTenantRepository(store));
  const listDeps = { items: createListRepository(store), claims: createClaimRepository(store) };
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
    alliances: createAllianceService({
      repo: createAllianceRepository(store),
      tenants: (tenantId) => tenants.find(tenantId),
      // A departing tenant's open items are withdrawn (all marked as a former member's), its pending claims dropped.
      departureSteps: listDepartureSteps(listDeps),
    }),
    lists: createListService(listDeps),
    claims: createClaimService(listDeps),
    audit: createAuditRepository(store),
    idempotency: createIdempotencyStore(store),
  };
};
