// Asynchronous imports: a file checked in the request is kept as an import job (its valid rows in the
// tenant's partition) and written by the jobs function, round after round of the same import service the
// synchronous path uses, until nothing is pending. A run that runs out of time leaves the job queued for the
// next run; the rows written so far read as unchanged then and are not written again.
import { DomainError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { auditEntry, type WriteContext, writeMeta } from '../shared/write.ts';
import { isImportRejected } from './errors.ts';
import { rowsPerChunk } from './job-chunks.ts';
import {
  type ImportJob,
  type ImportJobProgress,
  type ImportJobRepository,
  type ImportJobStatus,
  importJobView,
  type JobStarter,
  MAX_FAILED_RUNS,
  type StoredImportJob,
} from './job-model.ts';
import type { ImportService } from './service.ts';
import type { ImportKind, ImportMode, ImportRow, RowRejection } from './types.ts';

/** How long after a run is meant to end its lease lasts: a later run may take the job over after that. */
const LEASE_MARGIN_MS = 60_000;
/**
 * How long a job may stay queued with no run taking it before the sweep starts it again: its start (a stream
 * record, an in-process run) was lost, e.g. the process stopped.
 */
export const STALE_QUEUED_MS = 10 * 60_000;

/** What a sweep found in the tenants' unfinished jobs, and what it did. */
export interface ImportSweepOutcome {
  readonly unfinished: number;
  /** Jobs queued again (a run that died holding its lease, or a start that was lost), and started. */
  readonly restarted: number;
  /** Jobs whose runs died too often: failed. */
  readonly failed: number;
}

export interface ImportRunOptions {
  /** The run's request id (the Lambda's), for the log. */
  readonly requestId: string;
  /** Milliseconds the run may still take (the Lambda's remaining time). */
  readonly timeLeftMs: () => number;
  /**
   * Milliseconds kept back: no round starts writing with less than this left, and a round writes until only
   * this is left. It must cover reading what the tenant has (about 2 s for 10,000 units) and saving the job.
   */
  readonly reserveMs: number;
}

export interface ImportJobService {
  /**
   * Checks the file's rows as the synchronous import does (throwing the same errors, writing nothing then),
   * keeps the valid rows as a queued job and starts a run of it. The job's report holds the rows the checks
   * rejected already; a file with no valid row is a job `done` at once.
   */
  start(
    ctx: WriteContext,
    tenantId: string,
    kind: ImportKind,
    rows: readonly ImportRow[],
    mode: ImportMode,
  ): Promise<ImportJob>;
  /** @throws DomainError `resource.notFound` for no such job in the tenant. */
  get(tenantId: string, jobId: string): Promise<ImportJob>;
  /**
   * Writes the job's rows until nothing is pending or time runs short; answers the job as the run left it
   * (`queued` with rows pending: run it again). A job another run holds, or one already finished, is
   * answered as it is; undefined for no such job.
   */
  run(tenantId: string, jobId: string, options: ImportRunOptions): Promise<ImportJob | undefined>;
  /**
   * Starts again the unfinished jobs nothing is running: a run that died holding its lease (the function
   * timed out or crashed, the local process stopped) counts as a failed run, and the job is queued again or,
   * after `MAX_FAILED_RUNS`, failed; a job left queued longer than `STALE_QUEUED_MS` is started again.
   */
  sweep(tenantIds: readonly string[]): Promise<ImportSweepOutcome>;
}

export interface ImportJobDeps {
  readonly repo: ImportJobRepository;
  /** The import service checking files (with the API's words for schema issues). */
  readonly imports: ImportService;
  /** The same service, writing for at most `writeBudgetMs` per call. */
  readonly importsWithBudget: (writeBudgetMs: number) => ImportService;
  /** Bound late: the in-process starter runs jobs through this very service. */
  readonly starter: () => JobStarter;
  readonly now?: () => Date;
}

const sortByRow = (rejected: RowRejection[]): RowRejection[] => rejected.sort((a, b) => a.row - b.row);

/** The audit entry of a job's last change (done or failed), in the name of who posted the file. */
const finishedAudit = (job: StoredImportJob, status: ImportJobStatus, now: Date) =>
  status === 'done' || status === 'failed'
    ? auditEntry(
        { principal: job.actor, requestId: job.requestId, now },
        status === 'done' ? 'importJob.done' : 'importJob.failed',
        { type: 'importJob', id: job.id, version: job.version + 1 },
        ['status', 'created', 'updated', 'unchanged', 'pending', 'rejected'],
      )
    : undefined;

const countsOf = (job: StoredImportJob) => ({
  created: job.created,
  updated: job.updated,
  unchanged: job.unchanged,
  pending: job.pending,
  rejected: job.rejected,
});

export const createImportJobService = (deps: ImportJobDeps): ImportJobService => {
  const clock = deps.now ?? (() => new Date());

  const start: ImportJobService['start'] = async (ctx, tenantId, kind, rows, mode) => {
    const checked = await deps.imports.checkRows(tenantId, kind, rows, mode);
    const at = ctx.now.toISOString();
    const validRows = checked.valid.length - 1;
    const chunks = validRows > 0 ? rowsPerChunk(checked.valid) : [];
    const job: StoredImportJob = {
      id: newId(ctx.now.getTime()),
      status: validRows > 0 ? 'queued' : 'done',
      kind,
      mode,
      rows: checked.rows,
      created: 0,
      updated: 0,
      unchanged: 0,
      pending: validRows,
      rejected: checked.rejected,
      createdAt: at,
      updatedAt: at,
      version: 1,
      chunks: chunks.length,
      validRows,
      actor: ctx.principal,
      requestId: ctx.requestId,
      failedRuns: 0,
    };
    const audit = auditEntry(ctx, 'importJob.created', { type: 'importJob', id: job.id, version: 1 }, [
      'kind',
      'mode',
    ]);
    await deps.repo.create(tenantId, job, chunks, writeMeta(ctx, audit));
    if (job.status === 'queued') await deps.starter().startImport({ tenantId, jobId: job.id });
    return importJobView(job);
  };

  const run: ImportJobService['run'] = async (tenantId, jobId, { timeLeftMs, reserveMs }) => {
    let job = await deps.repo.get(tenantId, jobId);
    if (!job) return undefined;
    if (job.status === 'done' || job.status === 'failed') return importJobView(job);
    if (job.leaseUntil && job.leaseUntil > clock().toISOString()) return importJobView(job);
    const leaseFor = () => new Date(clock().getTime() + timeLeftMs() + LEASE_MARGIN_MS).toISOString();

    /** Saves the job's progress if no other run moved it meanwhile; a finished job is audited. */
    const save = async (progress: Omit<ImportJobProgress, 'updatedAt' | 'failedRuns'>, failedRuns = 0) => {
      const current = job as StoredImportJob;
      const now = clock();
      const next: ImportJobProgress = { ...progress, updatedAt: now.toISOString(), failedRuns };
      const version = await deps.repo.update(
        tenantId,
        jobId,
        current.version,
        next,
        finishedAudit(current, next.status, now),
      );
      if (version === undefined) return false;
      const { leaseUntil: _previous, ...rest } = current;
      job = { ...rest, ...next, version };
      return true;
    };

    // Take the job: of two runs started together, one loses here and leaves it alone.
    if (!(await save({ ...countsOf(job), status: 'running', leaseUntil: leaseFor() }, job.failedRuns)))
      return importJobView(job);
    const writeCtx = (): WriteContext => ({
      principal: (job as StoredImportJob).actor,
      requestId: (job as StoredImportJob).requestId,
      now: clock(),
    });
    try {
      const rows = await deps.repo.rows(tenantId, job);
      /** The rows kept for writing: a rejection of one of them was found while writing. */
      const keptRows = new Set(rows.slice(1).map((row) => row.rowNumber));
      for (;;) {
        const current = job as StoredImportJob;
        const budget = timeLeftMs() - reserveMs;
        if (budget <= 0) break;
        const refused = new Set(current.rejected.map((rejection) => rejection.row));
        const roundRows = rows.filter((row, i) => i === 0 || !refused.has(row.rowNumber));
        const report = await deps
          .importsWithBudget(budget)
          .importRows(writeCtx(), tenantId, current.kind, roundRows, 'valid-rows');
        const rejected = sortByRow([...current.rejected, ...report.rejected]);
        const created = current.created + report.created;
        const updated = current.updated + report.updated;
        const refusedKept = new Set(rejected.map((r) => r.row).filter((row) => keptRows.has(row))).size;
        // Rows earlier rounds wrote read as unchanged now: unchanged is what no round wrote.
        const unchanged = Math.max(0, current.validRows - created - updated - refusedKept - report.pending);
        const done = report.pending === 0;
        const saved = await save({
          status: done ? 'done' : 'running',
          created,
          updated,
          unchanged,
          pending: report.pending,
          rejected,
          ...(done ? {} : { leaseUntil: leaseFor() }),
        });
        if (!saved || done) return importJobView(job as StoredImportJob);
      }
      // Out of time: queued again, which starts the next run.
      await save({ ...countsOf(job as StoredImportJob), status: 'queued' });
      return importJobView(job as StoredImportJob);
    } catch (error) {
      const current = job as StoredImportJob;
      if (isImportRejected(error)) {
        // The file as a whole no longer fits (its header, once the tenant changed): the job cannot go on.
        await save({
          ...countsOf(current),
          status: 'failed',
          rejected: sortByRow([...current.rejected, ...error.rejected]),
        });
        return importJobView(job as StoredImportJob);
      }
      // Anything else (the store, the function): queued for another run, failed after too many.
      const failedRuns = current.failedRuns + 1;
      await save(
        { ...countsOf(current), status: failedRuns >= MAX_FAILED_RUNS ? 'failed' : 'queued' },
        failedRuns,
      ).catch(() => false);
      throw error;
    }
  };

  /** Queues `job` again (or fails it) when nothing is running it; true when it did. */
  const restartIfAbandoned = async (tenantId: string, job: StoredImportJob, now: Date) => {
    const at = now.toISOString();
    const leaseLapsed = job.status === 'running' && (job.leaseUntil ?? '') <= at;
    const startLost = job.status === 'queued' && Date.parse(job.updatedAt) <= now.getTime() - STALE_QUEUED_MS;
    if (!leaseLapsed && !startLost) return undefined;
    const failedRuns = job.failedRuns + (leaseLapsed ? 1 : 0);
    const status: ImportJobStatus = failedRuns >= MAX_FAILED_RUNS ? 'failed' : 'queued';
    const progress: ImportJobProgress = { ...countsOf(job), status, updatedAt: at, failedRuns };
    const saved = await deps.repo.update(
      tenantId,
      job.id,
      job.version,
      progress,
      finishedAudit(job, status, now),
    );
    if (saved === undefined) return undefined; // a run took it meanwhile
    if (status === 'queued') await deps.starter().startImport({ tenantId, jobId: job.id });
    return status;
  };

  const sweep: ImportJobService['sweep'] = async (tenantIds) => {
    const outcome = { unfinished: 0, restarted: 0, failed: 0 };
    for (const tenantId of tenantIds) {
      for (const jobId of await deps.repo.unfinished(tenantId)) {
        const job = await deps.repo.get(tenantId, jobId);
        if (!job || job.status === 'done' || job.status === 'failed') continue;
        outcome.unfinished += 1;
        const status = await restartIfAbandoned(tenantId, job, clock());
        if (status === 'queued') outcome.restarted += 1;
        if (status === 'failed') outcome.failed += 1;
      }
    }
    return outcome;
  };

  return {
    start,
    run,
    sweep,
    async get(tenantId, jobId) {
      const job = await deps.repo.get(tenantId, jobId);
      if (!job) throw new DomainError('resource.notFound');
      return importJobView(job);
    },
  };
};
