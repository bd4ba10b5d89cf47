// The tenant's own records: organisations, units, industry chains and their coverage, and the import jobs
// that write units and organisations from files.
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
import { createImportJobs } from '../import-jobs.ts';
import type { Services, ServicesOptions } from '../services.ts';

export type RecordServices = Pick<Services, 'orgs' | 'units' | 'chains' | 'coverage' | 'importJobs'>;

export const createRecordServices = (store: StoreContext, options: ServicesOptions = {}): RecordServices => {
  const orgRepository = createOrgRepository(store);
  const unitRepository = createUnitRepository(store);
  const chainRepository = createChainRepository(store);
  const orgs = createOrgService(orgRepository, unitRepository);
  const units = createUnitService(unitRepository);
  const chains = createChainService(
    chainRepository,
    unitRepository,
    async (tenantId, orgId) => (await orgRepository.get(tenantId, orgId)) !== undefined,
  );
  return {
    orgs,
    units,
    chains,
    coverage: createCoverageService(createCoverageRepository(store), chainRepository),
    importJobs: createImportJobs(store, { units, orgs, chains }, options.importJobStarter ?? 'in-process'),
  };
};
