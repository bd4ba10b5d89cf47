// Bearer token verification and role/scope enforcement.
import { configFromEnv, createApp, createTokenVerifier } from '@lianjian/api';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

describe('authentication and authorization', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-minhang');
  });

  const withToken = (token: string) =>
    h.call('GET', '/v1/orgs', { headers: { authorization: `Bearer ${token}` } });
  const codeOf = async (response: Response) => ((await response.json()) as { code: string }).code;

  it('answers 401 token_missing without a token, with WWW-Authenticate', async () => {
    const response = await h.call('GET', '/v1/orgs');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await codeOf(response)).toBe('token_missing');
  });

  it('answers 401 token_invalid for malformed, foreign-signed, wrong-issuer and wrong-audience tokens', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const kid = h.issuer.jwks.keys[0]?.kid ?? '';
    const forged = await new SignJWT({ tenant_id: 'sh-minhang', roles: ['tenant_admin'] })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('intruder')
      .setIssuer(h.issuer.issuer)
      .setAudience(h.issuer.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    const tokens = [
      'not-a-jwt',
      forged,
      await h.issuer.mint({
        tenantId: 'sh-minhang',
        roles: ['tenant_admin'],
        issuer: 'https://evil.example',
      }),
      await h.issuer.mint({ tenantId: 'sh-minhang', roles: ['tenant_admin'], audience: 'another-api' }),
      await h.issuer.mint({ tenantId: 'SH#minhang', roles: ['tenant_admin'] }),
    ];
    for (const token of tokens) {
      const response = await withToken(token);
      expect(response.status).toBe(401);
      expect(await codeOf(response)).toBe('token_invalid');
    }
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    expect((await withToken(unsigned)).status).toBe(401);
  });

  it('answers 401 token_expired for an expired token', async () => {
    const expired = await h.issuer.mint({ tenantId: 'sh-minhang', roles: ['tenant_admin'], ttlSeconds: -60 });
    const response = await withToken(expired);
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe('token_expired');
  });

  it('gives machine clients what their scopes allow and nothing else', async () => {
    const reader = { tenant: 'sh-minhang', client: ['lianjian/read'] } as const;
    const writer = { tenant: 'sh-minhang', client: ['lianjian/read', 'lianjian/write'] } as const;
    const body = { name: '闵行区虹桥商务区党委', kind: 'committee' };
    expect((await h.call('GET', '/v1/orgs', { as: reader })).status).toBe(200);
    expect((await h.call('POST', '/v1/orgs', { as: reader, body })).status).toBe(403);
    expect((await h.call('POST', '/v1/orgs', { as: writer, body })).status).toBe(201);
    expect((await h.call('GET', '/v1/audit', { as: writer })).status).toBe(403);
    expect((await h.call('POST', '/v1/tenants', { as: writer, body: {} })).status).toBe(403);
  });

  it('keeps platform admins out of tenant-bound routes', async () => {
    const response = await h.call('GET', '/v1/orgs', { as: { platform: true } });
    expect(response.status).toBe(403);
  });

  it('echoes a sane x-request-id and makes one otherwise', async () => {
    const echoed = await h.call('GET', '/healthz', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-12345678');
    const fresh = await h.call('GET', '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with a problem document, not a stack trace', async () => {
    const response = await h.call('GET', '/v1/nothing-here', {
      as: { tenant: 'sh-minhang', role: 'tenant_admin' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await codeOf(response)).toBe('not_found');
  });
});

// Machine clients on AWS: Cognito app clients with the client-credentials grant. Their access tokens carry
// `client_id` and `scope` but no audience and no tenant; AUTH_CLIENT_TENANTS maps each client to its tenant.
describe('Cognito client-credentials tokens', () => {
  const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Lianjian';
  const WEB_CLIENT = '4webclient0example0000000';
  const MINHANG_READER = '1minhang0reader0client000';
  const MINHANG_WRITER = '2minhang0writer0client000';
  const JINSHAN_CLIENT = '3jinshan0machine0client00';
  let h: Harness;
  let app: ReturnType<typeof createApp>;
  let sign: (claims: JWTPayload, options?: { ttlSeconds?: number; issuer?: string }) => Promise<string>;
  let minhangOrgId: string;

  beforeAll(async () => {
    h = await createHarness();
    await h.addTenant('sh-minhang');
    await h.addTenant('sh-jinshan');
    const created = await h.call('POST', '/v1/orgs', {
      as: { tenant: 'sh-minhang', role: 'tenant_admin' },
      body: { name: '闵行区七宝镇党委', kind: 'committee' },
    });
    expect(created.status).toBe(201);
    minhangOrgId = ((await created.json()) as { id: string }).id;

    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'cognito-test', alg: 'RS256', use: 'sig' };
    sign = (claims, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'cognito-test' })
        .setIssuer(options.issuer ?? ISSUER)
        .setIssuedAt(now)
        .setExpirationTime(now + (options.ttlSeconds ?? 3600))
        .sign(privateKey);
    };
    // The same data, verified as the Lambda verifies it: settings from the environment CDK writes.
    const config = configFromEnv({
      TABLE_NAME: h.store.tableName,
      CURSOR_KEYS: 'unused',
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: WEB_CLIENT,
      AUTH_JWKS: JSON.stringify({ keys: [jwk] }),
      AUTH_TENANT_CLAIM: 'custom:tenant_id',
      AUTH_ROLES_CLAIM: 'cognito:groups',
      AUTH_CLIENT_TENANTS: JSON.stringify({
        [MINHANG_READER]: 'sh-minhang',
        [MINHANG_WRITER]: 'sh-minhang',
        [JINSHAN_CLIENT]: 'sh-jinshan',
      }),
    });
    const openApi = buildOpenApiDocument();
    app = createApp({
      services: h.services,
      verifyToken: createTokenVerifier(config.auth),
      openApiDocument: async () => openApi,
      logger: { error: () => undefined },
    });
  });

  /** A token as Cognito's token endpoint issues it to an app client. */
  const clientToken = (clientId: string, scope: string, extra: JWTPayload = {}, options = {}) =>
    sign(
      {
        sub: clientId,
        token_use: 'access',
        client_id: clientId,
        scope,
        version: 2,
        jti: crypto.randomUUID(),
        auth_time: Math.floor(Date.now() / 1000),
        ...extra,
      },
      options,
    );
  const call = (method: string, path: string, token: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const idsOf = async (response: Response) =>
    ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
  const codeOf = async (response: Response) => ((await response.json()) as { code: string }).code;

  it("gives a mapped client its tenant's data", async () => {
    const list = await call('GET', '/v1/orgs', await clientToken(MINHANG_READER, 'lianjian/read'));
    expect(list.status).toBe(200);
    expect(await idsOf(list)).toContain(minhangOrgId);
    const one = await call(
      'GET',
      `/v1/orgs/${minhangOrgId}`,
      await clientToken(MINHANG_READER, 'lianjian/read'),
    );
    expect(one.status).toBe(200);
  });

  it('enforces the scopes of the token: read-only cannot write, write can', async () => {
    const body = { name: '闵行区莘庄镇党委', kind: 'committee' };
    const reader = await clientToken(MINHANG_READER, 'lianjian/read');
    expect((await call('POST', '/v1/orgs', reader, body)).status).toBe(403);
    // Scopes outside lianjian's grant nothing.
    const foreignScopes = await clientToken(MINHANG_WRITER, 'lianjian/read other/write lianjian/admin');
    expect((await call('POST', '/v1/orgs', foreignScopes, body)).status).toBe(403);
    const writer = await clientToken(MINHANG_WRITER, 'lianjian/read lianjian/write');
    expect((await call('POST', '/v1/orgs', writer, body)).status).toBe(201);
    expect((await call('GET', '/v1/audit', writer)).status).toBe(403);
  });

  it('answers 401 to a client the mapping does not know', async () => {
    const unknown = await clientToken('9unknown0client000000000', 'lianjian/read lianjian/write', {
      'custom:tenant_id': 'sh-minhang',
      tenant_id: 'sh-minhang',
    });
    const response = await call('GET', '/v1/orgs', unknown);
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe('token_invalid');
  });

  it("maps by client id only: a tenant claim naming another tenant reaches none of that tenant's data", async () => {
    const token = await clientToken(JINSHAN_CLIENT, 'lianjian/read lianjian/write', {
      'custom:tenant_id': 'sh-minhang',
      tenant_id: 'sh-minhang',
    });
    const list = await call('GET', '/v1/orgs', token);
    expect(list.status).toBe(200);
    expect(await idsOf(list)).not.toContain(minhangOrgId);
    expect((await call('GET', `/v1/orgs/${minhangOrgId}`, token)).status).toBe(404);
    // What it writes lands in its own tenant.
    const created = await call('POST', '/v1/orgs', token, { name: '金山区枫泾镇党委', kind: 'committee' });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const asJinshan = await h.call('GET', `/v1/orgs/${id}`, {
      as: { tenant: 'sh-jinshan', role: 'tenant_viewer' },
    });
    expect(asJinshan.status).toBe(200);
    const asMinhang = await h.call('GET', `/v1/orgs/${id}`, {
      as: { tenant: 'sh-minhang', role: 'tenant_viewer' },
    });
    expect(asMinhang.status).toBe(404);
  });

  it('answers 401 to an access token of another issuer, expired, or signed with another key', async () => {
    const wrongIssuer = await clientToken(
      MINHANG_READER,
      'lianjian/read',
      {},
      { issuer: 'https://evil.example' },
    );
    const wrong = await call('GET', '/v1/orgs', wrongIssuer);
    expect(wrong.status).toBe(401);
    expect(await codeOf(wrong)).toBe('token_invalid');
    const expired = await call(
      'GET',
      '/v1/orgs',
      await clientToken(MINHANG_READER, 'lianjian/read', {}, { ttlSeconds: -60 }),
    );
    expect(expired.status).toBe(401);
    expect(await codeOf(expired)).toBe('token_expired');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      sub: MINHANG_WRITER,
      token_use: 'access',
      client_id: MINHANG_WRITER,
      scope: 'lianjian/write',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'cognito-test' })
      .setIssuer(ISSUER)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await call('GET', '/v1/orgs', forged)).status).toBe(401);
  });

  it('keeps requiring the audience of ID tokens', async () => {
    const person = {
      sub: 'person-1',
      token_use: 'id',
      'custom:tenant_id': 'sh-minhang',
      'cognito:groups': ['sh-minhang:tenant_viewer'],
    };
    expect((await call('GET', '/v1/orgs', await sign({ ...person, aud: WEB_CLIENT }))).status).toBe(200);
    expect((await call('GET', '/v1/orgs', await sign(person))).status).toBe(401);
    expect((await call('GET', '/v1/orgs', await sign({ ...person, aud: MINHANG_READER }))).status).toBe(401);
  });
});
