// The built Lambda bundle, in a fresh Node process, answering real API Gateway proxy events.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isBuiltin } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { newCursorKeySpec } from '@lianjian/store';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleApi } from '../infra/lib/api-bundle.ts';
import { createHarness, type Harness } from './support/harness.ts';

interface ProxyResult {
  statusCode: number;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

/** A response header, wherever the adapter put it (REST API results may use multiValueHeaders). */
const header = (result: ProxyResult | undefined, name: string): string | undefined =>
  result?.headers?.[name] ?? result?.multiValueHeaders?.[name]?.join(', ');

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'events', name), 'utf8');

describe('the Lambda bundle', () => {
  let h: Harness;
  let entryFile: string;
  let outdir: string;
  let token: string;

  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-jinshan');
    ({ entryFile, outdir } = await bundleApi(
      mkdtempSync(join(tmpdir(), 'lianjian-bundle-')),
      buildOpenApiDocument(),
    ));
    token = await h.token({ tenant: 'sh-jinshan', role: 'tenant_editor' });
  });

  const bundleEnv = (overrides: Record<string, string> = {}) => ({
    PATH: process.env.PATH,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'cn-northwest-1',
    TABLE_NAME: h.store.tableName,
    DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    CURSOR_KEYS: newCursorKeySpec(),
    AUTH_ISSUER: h.issuer.issuer,
    AUTH_AUDIENCE: h.issuer.audience,
    AUTH_JWKS: JSON.stringify(h.issuer.jwks),
    ...overrides,
  });
  const INVOKE = join(import.meta.dirname, 'support/invoke-bundle.mjs');

  /** The access log's lines (one per request), then the results. */
  const parseOutput = (stdout: string) => {
    const lines = stdout.trimEnd().split('\n');
    const last = lines.pop() ?? '';
    return {
      ...(JSON.parse(last) as { results: ProxyResult[]; undiciLoaded: boolean }),
      log: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    };
  };

  const invoke = (events: unknown[]) => {
    const child = spawnSync(process.execPath, [INVOKE, entryFile], {
      input: JSON.stringify(events),
      encoding: 'utf8',
      env: bundleEnv(),
    });
    expect(child.stderr).toBe('');
    return parseOutput(child.stdout);
  };

  /** As `invoke`, without blocking this process: for a bundle that calls back a server the test runs. */
  const invokeAlongside = async (events: unknown[], env: Record<string, string>) => {
    const child = spawn(process.execPath, [INVOKE, entryFile], { env: bundleEnv(env) });
    child.stdin.end(JSON.stringify(events));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    await once(child, 'close');
    expect(stderr).toBe('');
    return parseOutput(stdout);
  };

  it("imports no Node built-in as an ES module (the facade's getters would load undici, WebCrypto, …)", () => {
    const files = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.mjs'),
    );
    const esImports = files.flatMap((name) => {
      const code = readFileSync(join(outdir, name), 'utf8');
      const specifiers = [
        ...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["']([^"']+)["']/g),
      ].map((match) => match[1] as string);
      return specifiers
        .filter((specifier) => isBuiltin(specifier))
        .map((specifier) => `${name}: ${specifier}`);
    });
    expect(files.length).toBeGreaterThan(10);
    expect(esImports).toEqual([]);
    // The built-ins are there, reached as CommonJS.
    expect(readFileSync(entryFile, 'utf8')).toContain('getBuiltinModule("node:');
  });

  it('creates and reads an organization from API Gateway events', async () => {
    const events = [fixture('post-org.json'), fixture('get-org.json')].map((text) =>
      JSON.parse(text.replaceAll('{{token}}', token)),
    );
    const { results, log, undiciLoaded } = invoke(events);
    const [created, read] = results;
    // Nothing on the way loaded Node's fetch classes (undici, ≈20 ms of a cold start).
    expect(undiciLoaded).toBe(false);
    // One access log line per request, with the gateway's request id; the first call says it paid the cold start.
    expect(log).toEqual([
      expect.objectContaining({
        message: 'request',
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        method: 'POST',
        path: '/v1/orgs',
        status: 201,
        coldStart: true,
        initMs: expect.any(Number),
        ms: expect.any(Number),
      }),
      expect.objectContaining({ method: 'GET', status: 200, ms: expect.any(Number) }),
    ]);
    expect(log[1]).not.toHaveProperty('coldStart');

    expect(created?.statusCode).toBe(201);
    expect(header(created, 'content-type')).toBe('application/json; charset=utf-8');
    expect(header(created, 'x-request-id')).toBe('c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
    expect(header(created, 'etag')).toBe('"1"');
    const org = JSON.parse(created?.body ?? '{}') as { id: string; name: string };
    expect(header(created, 'location')).toBe(`/v1/orgs/${org.id}`);
    expect(org.name).toBe('中共金山区亭林镇高端智能装备产业集群委员会');

    expect(read?.statusCode).toBe(200);
    expect(header(read, 'content-language')).toBe('en');
    expect(JSON.parse(read?.body ?? '{}')).toEqual(org);
    // The written item is really in DynamoDB Local, where the app under test can see it.
    expect(
      (await h.call('GET', `/v1/orgs/${org.id}`, { as: { tenant: 'sh-jinshan', role: 'tenant_viewer' } }))
        .status,
    ).toBe(200);
  });

  it("verifies tokens against the issuer's key set URL, fetched without loading undici", async () => {
    const served: string[] = [];
    const issuerServer = createServer((request, response) => {
      served.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(h.issuer.jwks));
    });
    issuerServer.listen(0, '127.0.0.1');
    await once(issuerServer, 'listening');
    try {
      const { port } = issuerServer.address() as AddressInfo;
      const events = [fixture('get-org.json'), fixture('get-org.json')].map((text) =>
        JSON.parse(text.replaceAll('{{token}}', token).replaceAll('{{orgId}}', '01JD3Q7Z8K6T2M4X9C5V0B1N7S')),
      );
      const { results, undiciLoaded } = await invokeAlongside(events, {
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      });
      // Signed in (a missing organization, not a refused token), the key set fetched once for both calls.
      expect(results.map((result) => result.statusCode)).toEqual([404, 404]);
      expect(served).toEqual(['/.well-known/jwks.json']);
      expect(undiciLoaded).toBe(false);
    } finally {
      issuerServer.closeAllConnections();
      issuerServer.close();
    }
  });

  it('answers problems in Chinese and serves the OpenAPI document built at build time', () => {
    const get = JSON.parse(
      fixture('get-org.json')
        .replaceAll('{{token}}', 'garbage')
        .replaceAll('{{orgId}}', '01JD3Q7Z8K6T2M4X9C5V0B1N7R'),
    );
    get.headers['Accept-Language'] = 'zh-CN';
    get.multiValueHeaders['Accept-Language'] = ['zh-CN'];
    const openapi = { ...get, path: '/v1/openapi.json', headers: {}, multiValueHeaders: {} };
    const { results } = invoke([get, openapi]);
    expect(results[0]?.statusCode).toBe(401);
    expect(header(results[0], 'content-type')).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(results[0]?.body ?? '{}')).toMatchObject({ code: 'token_invalid', title: '令牌无效' });
    expect(results[1]?.statusCode).toBe(200);
    expect(JSON.parse(results[1]?.body ?? '{}')).toEqual(
      JSON.parse(readFileSync(join(outdir, 'openapi.json'), 'utf8')),
    );
  });

  it('takes a spreadsheet upload as bytes and sends a CSV download with its byte-order mark', () => {
    const base = JSON.parse(fixture('get-org.json').replaceAll('{{token}}', token));
    const csv = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('名称,类型,统一社会信用代码\r\n上海亭林包装材料有限公司,企业,91310116000000001A\r\n'),
    ]);
    const upload = {
      ...base,
      httpMethod: 'POST',
      path: '/v1/imports',
      queryStringParameters: { kind: 'units' },
      multiValueQueryStringParameters: { kind: ['units'] },
      headers: { ...base.headers, 'Content-Type': 'text/csv' },
      multiValueHeaders: { ...base.multiValueHeaders, 'Content-Type': ['text/csv'] },
      body: csv.toString('base64'),
      isBase64Encoded: true,
    };
    const download = {
      ...base,
      path: '/v1/exports/units',
      queryStringParameters: { format: 'csv' },
      multiValueQueryStringParameters: { format: ['csv'] },
    };
    const { results } = invoke([upload, download]);
    expect(results[0]?.statusCode, results[0]?.body).toBe(200);
    const report = JSON.parse(results[0]?.body ?? '{}') as { created: number; rejected: unknown[] };
    expect(report).toMatchObject({ created: 1, rejected: [] });
    expect(results[1]?.statusCode).toBe(200);
    expect(results[1]?.isBase64Encoded).toBe(true);
    const bytes = Buffer.from(results[1]?.body ?? '', 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('上海亭林包装材料有限公司');
  });
});
