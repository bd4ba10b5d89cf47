// `npm run job -- leaderboard` (or `escalations`, `imports`): runs a scheduled job once against the local DynamoDB that
// `npm start` runs (DYNAMODB_ENDPOINT / DYNAMODB_PORT and TABLE_NAME as for `npm start`), as the Lambda would.
import { randomUUID } from 'node:crypto';
import { createServices, storeFromConfig } from '@lianjian/api';
import { isJobName, JOB_NAMES } from '@lianjian/core';
import { LOCAL_AWS_ENV, loadOrCreateCursorKeys } from '@lianjian/devkit';
import { DEFAULT_TABLE_NAME, tenantAccessConfigFromEnv } from '@lianjian/store';

const name = process.argv[2] ?? '';
if (!isJobName(name)) {
  console.error(`usage: npm run job -- <${JOB_NAMES.join('|')}>`);
  process.exit(2);
}
// DynamoDB Local takes any region and keys; set them as `npm start` does, unless pointed elsewhere.
if (process.env.DYNAMODB_ENDPOINT === undefined)
  for (const [key, value] of Object.entries(LOCAL_AWS_ENV)) process.env[key] ??= value;
const endpoint = process.env.DYNAMODB_ENDPOINT ?? `http://localhost:${process.env.DYNAMODB_PORT ?? 8000}`;
const services = createServices(
  storeFromConfig({
    tableName: process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME,
    dynamodbEndpoint: endpoint,
    cursorKeys: loadOrCreateCursorKeys(),
    tenantAccess: tenantAccessConfigFromEnv(process.env),
  }),
);
try {
  const outcome = await services.jobs.run(name, new Date(), `job-${randomUUID()}`);
  console.log(
    `${name}: ${Object.entries(outcome)
      .map(([what, count]) => `${count} ${what}`)
      .join(', ')}`,
  );
} catch (error) {
  const refused =
    error instanceof Error && /ECONNREFUSED|fetch failed/.test(`${error.message}${error.cause ?? ''}`);
  console.error(refused ? `no DynamoDB at ${endpoint}: start the product first (npm start)` : error);
  process.exit(1);
}
