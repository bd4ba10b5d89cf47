// The scheduled jobs and import job runs (functions/jobs; `npm run job -- <name>` locally), over the services
// of the groups they drive.
import { createJobRunner, readAll, type Tenant } from '@lianjian/core';
import { createAllianceRepository, createTenantRepository, type StoreContext } from '@lianjian/store';
import type { Services } from '../services.ts';

export type JobServices = Pick<Services, 'jobs'>;

export const createJobServices = (
  store: StoreContext,
  services: Pick<Services, 'leaderboard' | 'problems' | 'importJobs'>,
): JobServices => {
  const tenantRepository = createTenantRepository(store);
  return {
    jobs: createJobRunner({
      leaderboard: services.leaderboard,
      problems: services.problems,
      allianceIds: createAllianceRepository(store).allIds,
      importJobs: services.importJobs,
      tenantIds: async () =>
        (await readAll<Tenant>((page) => tenantRepository.list(page)))
          .filter((tenant) => tenant.status === 'active' || tenant.status === 'suspended')
          .map((tenant) => tenant.id),
    }),
  };
};
