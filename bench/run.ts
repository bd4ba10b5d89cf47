// `npm run bench`: bundle size, cold start and warm latency of the API bundle beside a bare GetItem handler.
// Prints a table; never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServices, storeFromConfig } from '@lianjian/api';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { type Principal, tenantCatalog } from '@lianjian/core';
import { createDevIssuer, ensureTable, LOCAL_AWS_ENV, startDynamoDbLocal } from '@lianjian/devkit';
import { newCursorKeySpec } from '@lianjian/store';
import { bundleApi, bundleLambda, REPO_ROOT } from '../infra/lib/api-bundle.ts';

const COLD_RUNS = 15;
const WARM_COUNT = 500;
const out = join(REPO_ROOT, 'dist/bench');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
const dynamodb = await startDynamoDbLocal();
try {
  const store = storeFromConfig({
    tableName: 'bench',
    dynamodbEndpoint: dynamodb.endpoint,
    cursorKeys: newCursorKeySpec(),
  });
  await ensureTable(store.doc, store.tableName);
  const services = createServices(store);
  const platform: Principal = {
    kind: 'user',
    sub: 'bench',
    tenantId: null,
    roles: ['platform_admin'],
    scopes: [],
  };
  const ctx = { principal: platform, requestId: 'bench', now: new Date() };
  const jinshan = tenantCatalog.find((tenant) => tenant.id === 'sh-jinshan');
  if (!jinshan) throw new Error('sh-jinshan is missing from the tenant catalog');
  await services.tenants.onboard(ctx, jinshan);
  const org = await services.orgs.create(
    { ...ctx, principal: { ...platform, tenantId: 'sh-jinshan' } },
    'sh-jinshan',
    {
      name: '中共金山区金山工业区高端智能装备产业集群委员会',
      kind: 'cluster_committee',
      memberCount: 0,
    },
  );
  const issuer = await createDevIssuer();
  const token = await issuer.mint({ tenantId: 'sh-jinshan', roles: ['tenant_viewer'] });

  const api = await bundleApi(join(out, 'api'), buildOpenApiDocument());
  const bare = await bundleLambda({
    entry: join(REPO_ROOT, 'bench/bare-handler.ts'),
    outdir: join(out, 'bare'),
  });
  const bareBatch = await bundleLambda({
    entry: join(REPO_ROOT, 'bench/bare-batch-handler.ts'),
    outdir: join(out, 'bare-batch'),
  });

  const env = {
    PATH: process.env.PATH,
    ...LOCAL_AWS_ENV,
    TABLE_NAME: store.tableName,
    DYNAMODB_ENDPOINT: dynamodb.endpoint,
    CURSOR_KEYS: newCursorKeySpec(),
    AUTH_ISSUER: issuer.issuer,
    AUTH_AUDIENCE: issuer.audience,
    AUTH_JWKS: JSON.stringify(issuer.jwks),
  };
  const apiEvent = JSON.stringify({
    resource: '/{proxy+}',
    path: `/v1/orgs/${org.id}`,
    httpMethod: 'GET',
    headers: { Authorization: `Bearer ${token}` },
    multiValueHeaders: { Authorization: [`Bearer ${token}`] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    requestContext: { requestId: 'bench-request-0001', domainName: 'localhost', stage: 'prod' },
    body: null,
    isBase64Encoded: false,
  });
  const bareEvent = JSON.stringify({ pk: 'T#sh-jinshan', sk: `ORG#${org.id}` });
  const batchEvent = JSON.stringify({
    keys: [
      { pk: 'T#sh-jinshan', sk: `ORG#${org.id}` },
      { pk: 'PLATFORM#TENANTS', sk: 'TENANT#sh-jinshan' },
    ],
  });

  const run = (script: string, args: string[]) => {
    const child = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', script), ...args], {
      env,
      encoding: 'utf8',
      // The API's access log writes a line per call to stdout (as in Lambda); the result is the last line.
      maxBuffer: 256 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trimEnd().split('\n').at(-1) ?? '');
  };

  // Alternate the variants run by run, so machine noise falls on all of them alike.
  const variants = { api: api.entryFile, bare: bare.entryFile };
  const cold: Record<keyof typeof variants, number[]> = { api: [], bare: [] };
  const coldImport: Record<keyof typeof variants, number[]> = { api: [], bare: [] };
  for (let i = 0; i < COLD_RUNS + 1; i++) {
    for (const [name, file] of Object.entries(variants) as [keyof typeof variants, string][]) {
      const { ms: elapsed, importMs } = run('cold-child.mjs', [file, name === 'bare' ? bareEvent : apiEvent]);
      if (i === 0) continue; // the first round warms the disk cache
      cold[name].push(elapsed);
      coldImport[name].push(importMs);
    }
  }

  const warm = run('warm-child.mjs', [
    api.entryFile,
    apiEvent,
    bare.entryFile,
    bareEvent,
    bareBatch.entryFile,
    batchEvent,
    String(WARM_COUNT),
  ]) as { api: number[]; bare: number[]; batch: number[] };

  // A bundle is its entry and its chunks (code split); a cold start reads only some of them.
  const size = (entryFile: string) => {
    const dir = dirname(entryFile);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.mjs'),
    );
    const bytes = Buffer.concat(files.map((name) => readFileSync(join(dir, name))));
    return `${kb(bytes.length)} (gzip ${kb(gzipSync(bytes).length)}) in ${files.length} files`;
  };
  const loaded = (entryFile: string, event: string) => {
    const { files, bytes } = run('loaded-child.mjs', [entryFile, event]) as { files: number; bytes: number };
    return `${kb(bytes)} in ${files} files`;
  };
  const coldApi = median(cold.api);
  const coldBare = median(cold.bare);
  const [apiP50, bareP50, batchP50] = [warm.api, warm.bare, warm.batch].map((times) =>
    percentile(times, 50),
  ) as [number, number, number];

  const rows = [
    ['API bundle size', size(api.entryFile), ''],
    ['bare GetItem bundle size', size(bare.entryFile), ''],
    ['API code a cold GET /v1/orgs/{id} loads', loaded(api.entryFile, apiEvent), ''],
    ['bare GetItem code a cold start loads', loaded(bare.entryFile, bareEvent), ''],
    [
      `cold start, API (import + first GET /v1/orgs/{id}, median of ${COLD_RUNS})`,
      ms(coldApi),
      `${(coldApi / coldBare).toFixed(2)}× bare (target ≤ 1.30×)`,
    ],
    ['cold start, bare GetItem handler', ms(coldBare), ''],
    // Where a cold start goes: loading the code, then the first call (for the API: its route's chunk and
    // services, the token's signature check, the route's schemas, the reads).
    [
      'cold start split, API: import / first call (medians)',
      `${ms(median(coldImport.api))} / ${ms(median(cold.api.map((total, i) => total - (coldImport.api[i] ?? 0))))}`,
      '',
    ],
    [
      'cold start split, bare: import / first call (medians)',
      `${ms(median(coldImport.bare))} / ${ms(median(cold.bare.map((total, i) => total - (coldImport.bare[i] ?? 0))))}`,
      '',
    ],
    [
      `warm p50, API GET /v1/orgs/{id} (${warm.api.length} calls)`,
      ms(apiP50),
      `${(apiP50 / bareP50).toFixed(2)}× raw GetItem (target ≤ 1.20×)`,
    ],
    ['warm p99, API GET /v1/orgs/{id}', ms(percentile(warm.api, 99)), ''],
    [`warm p50, raw GetItem (${warm.bare.length} calls)`, ms(bareP50), ''],
    ['warm p99, raw GetItem', ms(percentile(warm.bare, 99)), ''],
    [
      `warm p50, raw BatchGetItem of the item + tenant record (${warm.batch.length} calls)`,
      ms(batchP50),
      `${(batchP50 / bareP50).toFixed(2)}× raw GetItem: the floor with a per-request tenant check`,
    ],
  ];
  console.log(
    `\nLianjian bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, DynamoDB Local\n`,
  );
  console.log('| measure | value | against baseline |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  store.doc.destroy();
} finally {
  await dynamodb.stop();
}
