// The asynchronous import job: what `GET /v1/imports/{jobId}` answers, what is stored beside it, and the
// store's side of keeping it (the job item and its row chunks live in the tenant's partition).
import type { Principal } from '../shared/principal.ts';
import type { AuditEntry, WriteMeta } from '../shared/write.ts';
import type { ImportReport, ImportRow } from './types.ts';

/**
 * `queued`: waiting for a run (a new job, or one whose last run ran out of time); `running`: a run holds it;
 * `done`: nothing is pending; `failed`: the file can no longer be imported (its header, once the tenant
 * changed) or runs failed `MAX_FAILED_RUNS` times.
 */
export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** What `GET /v1/imports/{jobId}` answers: the job's state and the import's report so far. */
export interface ImportJob extends ImportReport {
  readonly id: string;
  readonly status: ImportJobStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The job as stored: the view plus what the runs need. */
export interface StoredImportJob extends ImportJob {
  readonly version: number;
  /** How many row chunks hold the rows to write (the header first). */
  readonly chunks: number;
  /** Valid rows kept for writing (the header not counted). */
  readonly validRows: number;
  /** Who posted the file and in which request: the rows' writes are audited as theirs. */
  readonly actor: Principal;
  readonly requestId: string;
  /** Until when a run holds the job; another run may take it over after that. */
  readonly leaseUntil?: string;
  /** Runs that failed unexpectedly in a row; the job fails after `MAX_FAILED_RUNS`. */
  readonly failedRuns: number;
}

/** What a run changes on the job. */
export type ImportJobProgress = Pick<
  StoredImportJob,
  'status' | 'created' | 'updated' | 'unchanged' | 'pending' | 'rejected' | 'updatedAt' | 'failedRuns'
> & { readonly leaseUntil?: string };

export interface ImportJobRepository {
  /**
   * Writes the row chunks, then the job with its audit entry and idempotency record in one transaction
   * (chunks nobody refers to, should that fail, expire).
   */
  create(
    tenantId: string,
    job: StoredImportJob,
    chunks: readonly ImportRow[][],
    meta: WriteMeta,
  ): Promise<void>;
  get(tenantId: string, jobId: string): Promise<StoredImportJob | undefined>;
  /** Every row kept for the job, the header first. */
  rows(tenantId: string, job: StoredImportJob): Promise<ImportRow[]>;
  /**
   * Writes the job's progress (with `audit`, when given, in the same transaction) if it is still at
   * `expectedVersion`; answers the new version, or undefined when another run moved it.
   */
  update(
    tenantId: string,
    jobId: string,
    expectedVersion: number,
    progress: ImportJobProgress,
    audit?: AuditEntry,
  ): Promise<number | undefined>;
  /** The ids of the tenant's jobs not yet done or failed (a key range of markers, empty most of the time). */
  unfinished(tenantId: string): Promise<string[]>;
}

/**
 * Starts a run of an import job without waiting for it. In AWS the table's stream starts runs (the job item
 * written as `queued`), so the API's starter does nothing; locally a starter runs the job in process.
 */
export interface JobStarter {
  startImport(job: { readonly tenantId: string; readonly jobId: string }): Promise<void>;
}

/** Failed runs (errors of the store or the function, not refusals) before the job is failed. */
export const MAX_FAILED_RUNS = 3;

export const importJobView = (job: StoredImportJob): ImportJob => ({
  id: job.id,
  status: job.status,
  kind: job.kind,
  mode: job.mode,
  rows: job.rows,
  created: job.created,
  updated: job.updated,
  unchanged: job.unchanged,
  pending: job.pending,
  rejected: job.rejected,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});
