// The tenant's own records: organisations, units, industry chains and their coverage.
import {
  createChainService,
  createCoverageService,
  createOrgService,
  createUnitService,
} from '@lianjian/core';
import {
  createChainRepository,
  createCoverageRepository,
  createOrgRepository,
  createUnitRepository,
  type StoreContext,
} from '@lianjian/store';
import type { Services } from '../services.ts';

export type RecordServices = Pick<Services, 'orgs' | 'units' | 'chains' | 'coverage'>;

export const createRecordServices = (store: StoreContext): RecordServices => {
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  return {
    orgs: createOrgService(orgRepository, unitRepository),
    units: createUnitService(unitRepository),
    chains: createChainService(
      chainRepository,
      unitRepository,
      async (tenantId, orgId) => (await orgRepository.get(tenantId, orgId)) !== undefined,
    ),
    coverage: createCoverageService(createCoverageRepository(store), chainRepository),
  };
};
