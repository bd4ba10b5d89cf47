// The scheduled jobs, by name: what the `functions/jobs` Lambda runs on a schedule and `npm run job -- <name>`
// runs locally. Each acts as the platform (no tenant) and reports what it did as counts: `imports` starts again
// the asynchronous imports nothing is running any more. Beside them, the `import` job writes one asynchronous
// import (started by `POST /v1/imports?async=true`, not on a schedule), acting as the user who posted the file.
import type { ImportJob } from '../imports/job-model.ts';
import type { ImportJobService, ImportRunOptions } from '../imports/jobs.ts';
import type { LeaderboardService } from '../leaderboard/service.ts';
import type { ProblemService } from '../problems/service.ts';
import type { Principal } from '../shared/principal.ts';
import type { WriteContext } from '../shared/write.ts';

export const JOB_NAMES = ['leaderboard', 'escalations', 'imports'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const isJobName = (name: string): name is JobName => (JOB_NAMES as readonly string[]).includes(name);

/** Who a job acts as: the platform, named after the job in audit entries. */
export const jobPrincipal = (name: JobName): Principal => ({
  kind: 'user',
  sub: `job:${name}`,
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
});

export interface JobRunnerDeps {
  readonly leaderboard: Pick<LeaderboardService, 'computeAll'>;
  readonly problems: Pick<ProblemService, 'escalateOverdue'>;
  readonly allianceIds: () => Promise<string[]>;
  readonly importJobs: Pick<ImportJobService, 'run' | 'sweep'>;
  /** Every tenant in the registry (the sweep reads each one's unfinished import jobs). */
  readonly tenantIds: () => Promise<string[]>;
}

/** The event that runs an import job: `{ "job": "import", "tenantId": "…", "jobId": "…" }`. */
export interface ImportJobEvent {
  readonly job: 'import';
  readonly tenantId: string;
  readonly jobId: string;
}

export const isImportJobEvent = (event: unknown): event is ImportJobEvent => {
  const e = event as Partial<Record<keyof ImportJobEvent, unknown>> | null;
  return e?.job === 'import' && typeof e.tenantId === 'string' && typeof e.jobId === 'string';
};

export interface JobRunner {
  run(name: JobName, now: Date, requestId: string): Promise<Record<string, number>>;
  /**
   * Writes an import job until nothing is pending or only `reserveMs` are left; answers the job as the run
   * left it (`queued` with rows pending: run it again), undefined for no such job.
   */
  runImport(event: ImportJobEvent, options: ImportRunOptions): Promise<ImportJob | undefined>;
}

/** Escalation calls per alliance before the job moves on (each escalates a bounded batch). */
const MAX_ESCALATION_ROUNDS = 40;

export const createJobRunner = ({
  leaderboard,
  problems,
  allianceIds,
  importJobs,
  tenantIds,
}: JobRunnerDeps): JobRunner => ({
  runImport: ({ tenantId, jobId }, options) => importJobs.run(tenantId, jobId, options),
  async run(name, now, requestId) {
    const ctx: WriteContext = { principal: jobPrincipal(name), requestId, now };
    if (name === 'leaderboard') return leaderboard.computeAll(ctx);
    if (name === 'imports') {
      const swept: Record<string, number> = { ...(await importJobs.sweep(await tenantIds())) };
      return swept;
    }
    const ids = await allianceIds();
    let escalated = 0;
    for (const allianceId of ids) {
      for (let round = 0; round < MAX_ESCALATION_ROUNDS; round += 1) {
        const batch = await problems.escalateOverdue(ctx, allianceId);
        escalated += batch.escalated.length;
        if (!batch.more) break;
      }
    }
    return { alliances: ids.length, escalated };
  },
});
