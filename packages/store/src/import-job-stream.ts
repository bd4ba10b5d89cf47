// How the jobs function learns of import jobs to run: the table's stream. Its event source mapping passes on
// only records of job items written as `queued` (a new job, or one whose last run ran out of time), so the
// function is not invoked for the rest of the table's writes.
import { IMPORT_JOB_PREFIX, importJobOfKey } from './keys.ts';

const IMPORT_JOB_TYPE = 'IMPORT_JOB';

/**
 * The event source mapping's filter pattern (Lambda event filtering, DynamoDB stream records): inserts and
 * modifications whose new image is an import job, by its sort key prefix and type, in status `queued`.
 */
export const importJobStreamFilter = (): Record<string, unknown> => ({
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: {
    NewImage: {
      sk: { S: [{ prefix: IMPORT_JOB_PREFIX }] },
      type: { S: [IMPORT_JOB_TYPE] },
      status: { S: ['queued'] },
    },
  },
});

/** A DynamoDB stream record as far as it is read here (keys in the stream's attribute-value form). */
export interface StreamRecordKeys {
  readonly dynamodb?: { readonly Keys?: Record<string, { readonly S?: string } | undefined> };
}

/** The import jobs the records name (each once, in order); records of other items are skipped. */
export const importJobsOfStreamRecords = (
  records: readonly StreamRecordKeys[],
): { tenantId: string; jobId: string }[] => {
  const jobs = new Map<string, { tenantId: string; jobId: string }>();
  for (const record of records) {
    const keys = record.dynamodb?.Keys;
    const job = importJobOfKey(keys?.pk?.S, keys?.sk?.S);
    if (job) jobs.set(`${job.tenantId} ${job.jobId}`, job);
  }
  return [...jobs.values()];
};
