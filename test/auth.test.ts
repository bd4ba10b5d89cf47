// Bearer token verification and role/scope enforcement.
import { generateKeyPair, SignJWT } from 'jose';
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
