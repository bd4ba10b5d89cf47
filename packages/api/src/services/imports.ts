// Asynchronous imports: jobs that write units and organisations from a checked file, through the record
// services. Apart from the records group, so a record route's cold start does not load the job machinery.
import type { StoreContext } from '@lianjian/store';
import { createImportJobs } from '../import-jobs.ts';
import type { Services, ServicesOptions } from '../services.ts';

export type ImportServices = Pick<Services, 'importJobs'>;

export const createImportServices = (
  store: StoreContext,
  records: Pick<Services, 'units' | 'orgs' | 'chains'>,
  options: ServicesOptions = {},
): ImportServices => ({
  importJobs: createImportJobs(
    store,
    { units: records.units, orgs: records.orgs, chains: records.chains },
    options.importJobStarter ?? 'in-process',
  ),
});
