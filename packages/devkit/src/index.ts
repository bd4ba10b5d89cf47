// @lianjian/devkit: the local runtime: DynamoDB Local, the table bootstrap, the dev issuer, demo data.
export {
  createDevIssuer,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuer,
  loadOrCreateDevIssuer,
  type TokenRequest,
} from './dev-issuer.ts';
export {
  freePort,
  hasJava,
  JAVA_MISSING,
  LOCAL_AWS_ENV,
  type RunningDynamoDb,
  startDynamoDbLocal,
} from './dynamodb-local.ts';
export { DATA_DIR, DEV_ISSUER_FILE, DYNAMODB_DATA_DIR, loadOrCreateCursorKeys } from './local-settings.ts';
export { type SeedSummary, seedDemoData } from './seed.ts';
export { ensureTable, ensureTables } from './table-bootstrap.ts';
