// The scheduled jobs' Lambda entry: EventBridge rules invoke it with `{ "job": "leaderboard" }` (daily) or
// `{ "job": "escalations" }` (hourly). Services are built once per container, as in the API.
import { createServices, storeFromConfig } from '@lianjian/api';
import { isJobName } from '@lianjian/core';
import { newCursorKeySpec } from '@lianjian/store';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';

export interface JobEvent {
  readonly job?: string;
}

const tableName = process.env.TABLE_NAME;
// Jobs never hand out cursors: a throwaway key keeps the API's key out of this function. DYNAMODB_ENDPOINT is
// unset in AWS; tests point it at DynamoDB Local.
const services = tableName
  ? createServices(
      storeFromConfig({
        tableName,
        cursorKeys: newCursorKeySpec('jobs'),
        ...(process.env.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT } : {}),
      }),
    )
  : undefined;

export const runJob = async (event: JobEvent, context: Pick<Context, 'awsRequestId'>) => {
  if (!services) throw new Error('environment variable TABLE_NAME is required');
  const name = event.job ?? '';
  if (!isJobName(name)) throw new Error(`unknown job '${name}'`);
  const started = Date.now();
  const outcome = await services.jobs.run(name, new Date(), context.awsRequestId);
  console.log(JSON.stringify({ message: 'job done', job: name, ms: Date.now() - started, ...outcome }));
  return outcome;
};

export const handler = middy(runJob);
