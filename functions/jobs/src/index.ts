// The jobs Lambda entry. EventBridge rules invoke it with `{ "job": "leaderboard" }` (daily) or
// `{ "job": "escalations" }` (hourly); the table's streams invoke it with the records of import jobs written
// as `queued` (infra/lib/scheduled-jobs.ts filters them), and `{ "job": "import", "tenantId", "jobId" }` runs
// one import job by hand. Services are built once per container, as in the API.
import { createServices, IMPORT_RUN_RESERVE_MS, storeFromConfig } from '@lianjian/api';
import { type ImportJobEvent, isImportJobEvent, isJobName } from '@lianjian/core';
import { importJobsOfStreamRecords, newCursorKeySpec, tenantAccessConfigFromEnv } from '@lianjian/store';
import middy from '@middy/core';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';

export interface JobEvent {
  readonly job?: string;
}

type AnyEvent = JobEvent | ImportJobEvent | Pick<DynamoDBStreamEvent, 'Records'>;
type JobContext = Pick<Context, 'awsRequestId'> & Partial<Pick<Context, 'getRemainingTimeInMillis'>>;

const tableName = process.env.TABLE_NAME;
// Jobs never hand out cursors: a throwaway key keeps the API's key out of this function. DYNAMODB_ENDPOINT is
// unset in AWS; tests point it at DynamoDB Local. Import jobs reach a tenant's partition as the API does:
// through the tenant's data role (TENANT_DATA_ROLE_ARN) and its own table (SILO_TABLES).
const services = tableName
  ? createServices(
      storeFromConfig({
        tableName,
        cursorKeys: newCursorKeySpec('jobs'),
        tenantAccess: tenantAccessConfigFromEnv(process.env),
        ...(process.env.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT } : {}),
      }),
      { importJobStarter: 'stream' },
    )
  : undefined;

/** Without the Lambda's clock (tests, by hand): as long as the function's timeout, 5 minutes. */
const DEFAULT_RUN_MS = 5 * 60_000;

/**
 * Runs import jobs one after another. A run that fails has queued its job again (or failed it after too many
 * failures), which starts the next run: the failure is logged, not thrown, so the stream moves on.
 */
const runImports = async (
  jobs: readonly { tenantId: string; jobId: string }[],
  context: JobContext,
): Promise<Record<string, number>> => {
  if (!services) throw new Error('environment variable TABLE_NAME is required');
  const started = Date.now();
  const timeLeftMs = context.getRemainingTimeInMillis ?? (() => DEFAULT_RUN_MS - (Date.now() - started));
  const outcome = { jobs: jobs.length, done: 0, queued: 0, failed: 0 };
  for (const { tenantId, jobId } of jobs) {
    try {
      const job = await services.jobs.runImport(
        { job: 'import', tenantId, jobId },
        { requestId: context.awsRequestId, timeLeftMs, reserveMs: IMPORT_RUN_RESERVE_MS },
      );
      const status = job?.status;
      if (status === 'done') outcome.done += 1;
      else if (status === 'failed') outcome.failed += 1;
      else outcome.queued += 1;
      console.log(JSON.stringify({ message: 'import run', tenantId, jobId, status, pending: job?.pending }));
    } catch (error) {
      outcome.failed += 1;
      console.error(JSON.stringify({ message: 'import run failed', tenantId, jobId, error: String(error) }));
    }
  }
  console.log(JSON.stringify({ message: 'job done', job: 'import', ms: Date.now() - started, ...outcome }));
  return outcome;
};

export const runJob = async (event: AnyEvent, context: JobContext) => {
  if (!services) throw new Error('environment variable TABLE_NAME is required');
  if ('Records' in event) return runImports(importJobsOfStreamRecords(event.Records), context);
  if (isImportJobEvent(event)) return runImports([event], context);
  const name = (event as JobEvent).job ?? '';
  if (!isJobName(name)) throw new Error(`unknown job '${name}'`);
  const started = Date.now();
  const outcome = await services.jobs.run(name, new Date(), context.awsRequestId);
  console.log(JSON.stringify({ message: 'job done', job: name, ms: Date.now() - started, ...outcome }));
  return outcome;
};

export const handler = middy(runJob);
