// `npm run bench`: bundle size, cold start and warm latency of the API bundle beside a bare GetItem handler.
// Prints a table; never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServices, storeFromConfig } from '@lianjian/api';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { type Principal, TENANT_STATUS_LEASE_MS, tenantCatalog } from '@lianjian/core';
import { createDevIssuer, ensureTable, LOCAL_AWS_ENV, startDynamoDbLocal } from '@lianjian/devkit';
import { newCursorKeySpec } from '@lianjian/store';
import { bundleApi, bundleLambda, REPO_ROOT } from '../infra/lib/api-bundle.ts';
import { bundleBaseline } from './baseline-bundle.ts';
import { startChildServer } from './child-server.ts';
import { startTlsEndpoint } from './tls-endpoint.ts';

const COLD_RUNS = 25;
const WARM_COUNT = 2000;
// Calls spaced wider than the tenant status lease (TENANT_STATUS_LEASE_MS), so every one reads the status.
const SPARSE_COUNT = 30;
const SPARSE_GAP_MS = TENANT_STATUS_LEASE_MS + 50;
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
const tls = await startTlsEndpoint(dynamodb.endpoint);
/** Servers started inside the run, stopped with it. */
const stops: (() => Promise<void>)[] = [];
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
  // The issuer's key set served over http, for the API configured as in AWS (AUTH_JWKS_URL).
  const keySet = await startChildServer(join(REPO_ROOT, 'bench/key-set-server.mjs'), [], {
    ...process.env,
    KEY_SET: JSON.stringify(issuer.jwks),
  });
  stops.push(() => keySet.stop());

  const api = await bundleApi(join(out, 'api'), buildOpenApiDocument());
  // The baseline: the bare GetItem handler as such a handler is usually shipped (bench/baseline-bundle.ts).
  const bare = await bundleBaseline(join(REPO_ROOT, 'bench/bare-handler.ts'), join(out, 'bare'));
  const bareBatch = await bundleBaseline(
    join(REPO_ROOT, 'bench/bare-batch-handler.ts'),
    join(out, 'bare-batch'),
  );
  // For comparison, not as the baseline: the same handler given the API's packaging (infra/lib/api-bundle.ts),
  // and the libraries the API is built on, alone, packaged the same way.
  const barePackaged = await bundleLambda({
    entry: join(REPO_ROOT, 'bench/bare-handler.ts'),
    outdir: join(out, 'bare-packaged'),
  });
  const floor = await bundleLambda({
    entry: join(REPO_ROOT, 'bench/stack-floor-handler.ts'),
    outdir: join(out, 'floor'),
  });
  // Each library of the stack alone on the bare handler (bench/stack-parts), packaged as the API is.
  const part = (name: string) =>
    bundleLambda({ entry: join(REPO_ROOT, `bench/stack-parts/with-${name}.ts`), outdir: join(out, name) });
  const parts = {
    jose: await part('jose'),
    zod: await part('zod'),
    middyHono: await part('middy-hono'),
    documentClient: await part('document-client'),
  };

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

  // Over HTTPS as in Lambda (bench/tls-endpoint.ts), or straight to DynamoDB Local's http endpoint.
  const overHttps = { DYNAMODB_ENDPOINT: tls.endpoint, NODE_EXTRA_CA_CERTS: tls.caFile };
  // The API with the key set at the issuer's URL, fetched by its first request, as configured in AWS.
  const keySetUrl = { AUTH_JWKS_URL: `http://127.0.0.1:${keySet.port}/.well-known/jwks.json` };
  const envOf = {
    http: env,
    https: { ...env, ...overHttps },
    httpsKeySetUrl: { ...env, ...overHttps, ...keySetUrl },
  };
  const run = (script: string, args: string[], endpoint: keyof typeof envOf = 'http') => {
    const child = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', script), ...args], {
      env: envOf[endpoint],
      encoding: 'utf8',
      // The API's access log writes a line per call to stdout (as in Lambda); the result is the last line.
      maxBuffer: 256 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trimEnd().split('\n').at(-1) ?? '');
  };

  // Alternate the variants run by run, so machine noise falls on all of them alike.
  const variants = {
    api: { file: api.entryFile, event: apiEvent, endpoint: 'https' },
    bare: { file: bare.entryFile, event: bareEvent, endpoint: 'https' },
    barePackaged: { file: barePackaged.entryFile, event: bareEvent, endpoint: 'https' },
    jose: { file: parts.jose.entryFile, event: apiEvent, endpoint: 'https' },
    zod: { file: parts.zod.entryFile, event: apiEvent, endpoint: 'https' },
    middyHono: { file: parts.middyHono.entryFile, event: apiEvent, endpoint: 'https' },
    documentClient: { file: parts.documentClient.entryFile, event: apiEvent, endpoint: 'https' },
    floor: { file: floor.entryFile, event: apiEvent, endpoint: 'https' },
    apiKeySetUrl: { file: api.entryFile, event: apiEvent, endpoint: 'httpsKeySetUrl' },
    apiHttp: { file: api.entryFile, event: apiEvent, endpoint: 'http' },
    bareHttp: { file: bare.entryFile, event: bareEvent, endpoint: 'http' },
  } as const;
  type Variant = keyof typeof variants;
  const names = Object.keys(variants) as Variant[];
  const cold = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Variant, number[]>;
  const coldImport = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Variant,
    number[]
  >;
  for (let i = 0; i < COLD_RUNS + 1; i++) {
    for (const name of names) {
      const { file, event, endpoint } = variants[name];
      const { ms: elapsed, importMs } = run('cold-child.mjs', [file, event], endpoint);
      if (i === 0) continue; // the first round warms the disk cache
      cold[name].push(elapsed);
      coldImport[name].push(importMs);
    }
  }

  const warmArgs = [api.entryFile, apiEvent, bare.entryFile, bareEvent, bareBatch.entryFile, batchEvent];
  type Times = { api: number[]; bare: number[]; batch: number[] };
  const warm = run('warm-child.mjs', [...warmArgs, String(WARM_COUNT)]) as {
    interleaved: Times;
    rounds: Times;
  };
  // A container serving less than one request a second: the tenant's status is read on every request.
  const sparse = run('warm-child.mjs', [...warmArgs, String(SPARSE_COUNT), String(SPARSE_GAP_MS)]) as Omit<
    Times,
    'batch'
  >;

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
  const coldOf = (name: Variant) => median(cold[name]);
  const splitOf = (name: Variant) =>
    `${ms(median(coldImport[name]))} / ${ms(median(cold[name].map((total, i) => total - (coldImport[name][i] ?? 0))))}`;
  const times = (name: Variant) => `${ms(coldOf(name))} (import / first call: ${splitOf(name)})`;
  const against = (value: number, base: number, what: string) => `${(value / base).toFixed(2)}× ${what}`;
  const p50 = (values: number[]) => percentile(values, 50);
  const [apiP50, bareP50, batchP50] = [
    warm.interleaved.api,
    warm.interleaved.bare,
    warm.interleaved.batch,
  ].map(p50) as [number, number, number];
  const [sparseApiP50, sparseBareP50] = [sparse.api, sparse.bare].map(p50) as [number, number];

  const rows = [
    ['API bundle size', size(api.entryFile), ''],
    ['bare GetItem bundle size', size(bare.entryFile), ''],
    ['API code a cold GET /v1/orgs/{id} loads', loaded(api.entryFile, apiEvent), ''],
    ['bare GetItem code a cold start loads', loaded(bare.entryFile, bareEvent), ''],
    [
      `cold start over HTTPS, API (import + first GET /v1/orgs/{id}, median of ${COLD_RUNS})`,
      times('api'),
      against(coldOf('api'), coldOf('bare'), 'bare (target ≤ 1.30×)'),
    ],
    ['cold start over HTTPS, bare GetItem handler (the baseline)', times('bare'), ''],
    [
      "cold start over HTTPS, bare GetItem handler given the API's packaging",
      times('barePackaged'),
      against(coldOf('barePackaged'), coldOf('bare'), 'bare'),
    ],
    ...(
      [
        ['jose', '+ jose verifying the token'],
        ['zod', '+ zod/mini checking the path parameter'],
        ['middyHono', '+ middy and Hono (through the Lambda adapter)'],
        ['documentClient', "+ the document client's BatchGetItem of the item and the tenant record"],
      ] as const
    ).map(([name, what]) => [
      `cold start over HTTPS, the packaged bare handler ${what}`,
      times(name),
      `+${ms(coldOf(name) - coldOf('barePackaged'))}`,
    ]),
    [
      'cold start over HTTPS, the stack alone: all four together (bench/stack-floor-handler.ts), none of our code',
      times('floor'),
      `${against(coldOf('floor'), coldOf('bare'), 'bare')}; the API is +${ms(coldOf('api') - coldOf('floor'))} over it`,
    ],
    [
      "cold start over HTTPS, API with the key set fetched from the issuer's URL by its first request (AUTH_JWKS_URL, as in AWS)",
      times('apiKeySetUrl'),
      against(coldOf('apiKeySetUrl'), coldOf('bare'), 'bare'),
    ],
    [
      "cold start over DynamoDB Local's plain http endpoint (the design of earlier figures): API / bare",
      `${ms(coldOf('apiHttp'))} / ${ms(coldOf('bareHttp'))}`,
      `${against(coldOf('apiHttp'), coldOf('bareHttp'), 'bare')}: the bare handler's first call loads undici here, not in Lambda`,
    ],
    [
      `warm p50, API GET /v1/orgs/{id} (${warm.interleaved.api.length} calls, interleaved call by call with the raw reads)`,
      ms(apiP50),
      against(apiP50, bareP50, 'raw GetItem (target ≤ 1.20×)'),
    ],
    ['warm p99, API GET /v1/orgs/{id}', ms(percentile(warm.interleaved.api, 99)), ''],
    [`warm p50, raw GetItem (${warm.interleaved.bare.length} calls)`, ms(bareP50), ''],
    ['warm p99, raw GetItem', ms(percentile(warm.interleaved.bare, 99)), ''],
    [
      `warm p50, raw BatchGetItem of the item + tenant record (${warm.interleaved.batch.length} calls)`,
      ms(batchP50),
      against(batchP50, bareP50, 'raw GetItem: two reads, no framework'),
    ],
    [
      'warm p50 in rounds of 500 calls per variant (the design of earlier figures): API / raw GetItem',
      `${ms(p50(warm.rounds.api))} / ${ms(p50(warm.rounds.bare))}`,
      against(p50(warm.rounds.api), p50(warm.rounds.bare), 'raw GetItem'),
    ],
    [
      `warm p50, API, one call every ${SPARSE_GAP_MS} ms (${sparse.api.length} calls: the tenant's status is read on every call)`,
      ms(sparseApiP50),
      against(sparseApiP50, sparseBareP50, 'raw GetItem called the same way'),
    ],
    [`warm p50, raw GetItem, one call every ${SPARSE_GAP_MS} ms`, ms(sparseBareP50), ''],
  ];
  console.log(
    `\nLianjian bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, DynamoDB Local\n`,
  );
  console.log('| measure | value | against baseline |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  store.doc.destroy();
} finally {
  for (const stop of stops) await stop();
  await tls.stop();
  await dynamodb.stop();
}
