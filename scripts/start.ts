// `npm start`: DynamoDB Local (data kept in .data/), the table, demo data once, and the API on :3000.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, createServices, createTokenVerifier, storeFromConfig } from '@lianjian/api';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import {
  DEV_ISSUER_FILE,
  DYNAMODB_DATA_DIR,
  ensureTables,
  hasJava,
  JAVA_MISSING,
  loadOrCreateCursorKeys,
  loadOrCreateDevIssuer,
  type RunningDynamoDb,
  seedDemoData,
  startDynamoDbLocal,
} from '@lianjian/devkit';
import { DEFAULT_TABLE_NAME, tenantAccessConfigFromEnv } from '@lianjian/store';
import { Hono } from 'hono';

const port = Number(process.env.PORT ?? 3000);
const tableName = process.env.TABLE_NAME ?? DEFAULT_TABLE_NAME;

let dynamodb: RunningDynamoDb | undefined;
let endpoint = process.env.DYNAMODB_ENDPOINT;
if (endpoint === undefined) {
  if (!hasJava()) {
    console.error(JAVA_MISSING);
    process.exit(1);
  }
  dynamodb = await startDynamoDbLocal({
    port: Number(process.env.DYNAMODB_PORT ?? 8000),
    dataDir: DYNAMODB_DATA_DIR,
  });
  endpoint = dynamodb.endpoint;
}

// SILO_TABLES routes tenants to their own tables locally too (TENANT_DATA_ROLE_ARN is honoured as well).
const tenantAccess = tenantAccessConfigFromEnv(process.env);
const store = storeFromConfig({
  tableName,
  dynamodbEndpoint: endpoint,
  cursorKeys: loadOrCreateCursorKeys(),
  tenantAccess,
});
const services = createServices(store);
const createdTables = await ensureTables(store.doc, tableName, tenantAccess.siloTables);
const created = createdTables.includes(tableName);
const silos = [...new Set(tenantAccess.siloTables.values())];
const seeded = await seedDemoData(store, services);
const issuer = await loadOrCreateDevIssuer(DEV_ISSUER_FILE);
// As the scheduled `imports` job does in AWS: import jobs an earlier run of this process left unfinished
// (stopped mid-import) are started again once their run's lease has lapsed.
const sweepImports = () =>
  services.jobs.run('imports', new Date(), `local-sweep-${Date.now()}`).catch((error: unknown) => {
    console.error(JSON.stringify({ message: 'import sweep failed', error: String(error) }));
  });
void sweepImports();
setInterval(sweepImports, 60_000).unref();

const docsDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const openApi = buildOpenApiDocument();
const api = createApp({
  services,
  verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks }),
  openApiDocument: async () => openApi,
  docsAssets: (name) => readFile(join(docsDir, name)).catch(() => undefined),
});

// The development issuer's public keys, for other local tools that verify its tokens.
const server = new Hono();
server.get('/dev/jwks.json', (c) => c.json(issuer.jwks));
server.route('/', api);

const http = serve({ fetch: server.fetch, port }, () => {
  const url = `http://localhost:${port}`;
  console.log(
    [
      '',
      `联建 Lianjian API  ${url}`,
      `  DynamoDB         ${endpoint} (table ${tableName}${created ? ', created' : ''})`,
      ...(silos.length > 0 ? [`  silo tables      ${silos.join(', ')}`] : []),
      `  demo data        ${seeded.seeded ? `seeded: ${seeded.tenants} tenants, ${seeded.units} units, ${seeded.orgs} organizations, ${seeded.chains} chains, ${seeded.alliances} alliances (${seeded.allianceMembers} memberships)` : 'already seeded'}`,
      ...(seeded.seeded
        ? [
            `  alliance content ${seeded.committeePositions} committee positions, ${seeded.chairSchedules} chair schedule, ${seeded.memberUnits} member units, ${seeded.items} resources and needs, ${seeded.claims} claims (${seeded.answers} answered), ${seeded.projects} projects`,
            `  activities       ${seeded.activities} activities, ${seeded.activityRegistrations} registrations, ${seeded.activityOutcomes} outcome figures`,
            `  problems         ${seeded.problems} raised (${seeded.resolvedOnTime} resolved on time, ${seeded.resolvedLate} late, ${seeded.openProblems} open), ${seeded.escalated} escalated, ${seeded.problemComments} comments`,
          ]
        : []),
      ...(seeded.meetings > 0
        ? [
            `  meetings         ${seeded.meetings} meetings (${seeded.meetingsHeld} held), ${seeded.actionItems} action items (${seeded.actionItemsDone} done)`,
          ]
        : []),
      ...(seeded.leaderboards > 0
        ? [
            `  leaderboards     ${seeded.leaderboards} monthly boards (\`npm run job -- leaderboard\` recomputes them)`,
          ]
        : []),
      `  OpenAPI          ${url}/v1/openapi.json`,
      `  docs             ${url}/docs`,
      `  health           ${url}/healthz`,
      '  get a token      npm run token -- --tenant sh-jinshan --role tenant_admin',
      `  then             curl -H "Authorization: Bearer $TOKEN" ${url}/v1/orgs`,
      '',
      'Ctrl-C stops the API and DynamoDB Local.',
    ].join('\n'),
  );
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  http.close();
  store.doc.destroy();
  await dynamodb?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
