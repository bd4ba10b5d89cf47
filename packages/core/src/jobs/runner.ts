// The scheduled jobs, by name: what the `functions/jobs` Lambda runs on a schedule and `npm run job -- <name>`
// runs locally. Each acts as the platform (no tenant) and reports what it did as counts.
import type { LeaderboardService } from '../leaderboard/service.ts';
import type { ProblemService } from '../problems/service.ts';
import type { Principal } from '../shared/principal.ts';
import type { WriteContext } from '../shared/write.ts';

export const JOB_NAMES = ['leaderboard', 'escalations'] as const;
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
}

export interface JobRunner {
  run(name: JobName, now: Date, requestId: string): Promise<Record<string, number>>;
}

/** Escalation calls per alliance before the job moves on (each escalates a bounded batch). */
const MAX_ESCALATION_ROUNDS = 40;

export const createJobRunner = ({ leaderboard, problems, allianceIds }: JobRunnerDeps): JobRunner => ({
  async run(name, now, requestId) {
    const ctx: WriteContext = { principal: jobPrincipal(name), requestId, now };
    if (name === 'leaderboard') return leaderboard.computeAll(ctx);
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
