// The import services the app uses: the import service with the API's words for schema issues, and the
// asynchronous import jobs with the starter that fits where the app runs. In AWS the table's stream starts
// every run (the jobs function; infra/lib/scheduled-jobs.ts), so the API itself starts nothing and loads no
// Lambda client; locally (`npm start`, tests, benches) runs happen in this process.
import {
  createImportJobService,
  createImportService,
  type ImportDeps,
  type ImportJobService,
  type ImportService,
  type JobStarter,
} from '@lianjian/core';
import { createImportJobRepository, type StoreContext } from '@lianjian/store';
import { describeIssue } from './http/validation.ts';

/** `stream`: the table's stream starts runs (AWS). `in-process`: this process runs each job to its end. */
export type ImportJobStarterKind = 'stream' | 'in-process';

/** The import service with the API's words for schema issues; `writeBudgetMs` as in `ImportOptions`. */
export const apiImportService = (deps: ImportDeps, writeBudgetMs?: number): ImportService =>
  createImportService(deps, {
    describeIssue: (issue) => ({ zh: describeIssue(issue, 'zh'), en: describeIssue(issue, 'en') }),
    ...(writeBudgetMs === undefined ? {} : { writeBudgetMs }),
  });

/** What one local run may take, as the jobs function's timeout allows in AWS. */
const LOCAL_RUN_MS = 5 * 60_000;
/** Kept back from a run's time, as the jobs function keeps it (functions/jobs). */
export const IMPORT_RUN_RESERVE_MS = 20_000;
/** Failed runs in a row after which the local starter stops trying (the job counts its own, too). */
const LOCAL_MAX_FAILURES = 3;

/** Runs jobs in this process: each run a round as long as the jobs function's, until the job is not queued. */
export const inProcessStarter = (jobs: () => ImportJobService): JobStarter => {
  const runToEnd = async (tenantId: string, jobId: string) => {
    let failures = 0;
    for (;;) {
      const started = performance.now();
      try {
        const job = await jobs().run(tenantId, jobId, {
          requestId: `local-import-${jobId}`,
          timeLeftMs: () => LOCAL_RUN_MS - (performance.now() - started),
          reserveMs: IMPORT_RUN_RESERVE_MS,
        });
        if (job?.status !== 'queued') return;
      } catch (error) {
        failures += 1;
        if (failures >= LOCAL_MAX_FAILURES) {
          console.error(
            JSON.stringify({ message: 'import job run failed', tenantId, jobId, error: String(error) }),
          );
          return;
        }
      }
    }
  };
  return {
    startImport: async ({ tenantId, jobId }) => {
      // Not awaited: the request answers 202 while the job runs.
      void runToEnd(tenantId, jobId);
    },
  };
};

/** The stream starts runs: the job item written as `queued` is the start. */
const streamStarter: JobStarter = { startImport: async () => undefined };

export const createImportJobs = (
  store: StoreContext,
  deps: ImportDeps,
  starter: ImportJobStarterKind,
): ImportJobService => {
  const jobs: ImportJobService = createImportJobService({
    repo: createImportJobRepository(store),
    imports: apiImportService(deps),
    importsWithBudget: (budgetMs) => apiImportService(deps, budgetMs),
    starter: () => (starter === 'stream' ? streamStarter : local),
  });
  const local = inProcessStarter(() => jobs);
  return jobs;
};
