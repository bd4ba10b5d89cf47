// Tokens verified against a key set fetched from the issuer (AUTH_JWKS_URL: Cognito, a provincial OIDC issuer),
// served here by a local HTTP server, through the verifier's own fetch (packages/api/src/auth/jwks-fetch.ts).
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '@lianjian/api';
import { isDomainError } from '@lianjian/core';
import { createDevIssuer, type DevIssuer } from '@lianjian/devkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJwks } from '../packages/api/src/auth/jwks-fetch.ts';

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'verified';
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
};

describe('a remote key set', () => {
  let issuer: DevIssuer;
  let server: Server;
  let base: string;
  const served: { path: string; accept: string | undefined }[] = [];

  beforeAll(async () => {
    issuer = await createDevIssuer();
    server = createServer((request, response) => {
      served.push({ path: request.url ?? '', accept: request.headers.accept });
      if (request.url === '/jwks.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(issuer.jwks));
      } else if (request.url === '/huge.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(400_000)}"`);
      } else if (request.url === '/moved.json') {
        response.writeHead(302, { location: '/jwks.json' }).end();
      } else if (request.url === '/silent.json') {
        // never answers
      } else response.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const verifierFor = (path: string) =>
    createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: new URL(path, base) });

  it('verifies tokens against the key set it fetched, once', async () => {
    const verify = verifierFor('/jwks.json');
    const before = served.length;
    const principal = await verify(await issuer.mint({ tenantId: 'sh-jinshan', roles: ['tenant_admin'] }));
    expect(principal).toMatchObject({ tenantId: 'sh-jinshan', roles: ['tenant_admin'] });
    await verify(await issuer.mint({ tenantId: 'js-qixia', roles: ['tenant_viewer'] }));
    expect(served.slice(before)).toEqual([
      { path: '/jwks.json', accept: 'application/json, application/jwk-set+json' },
    ]);
  });

  it('refuses tokens when the key set cannot be had: missing, moved, too large or the issuer down', async () => {
    const token = await issuer.mint({ tenantId: 'sh-jinshan', roles: ['tenant_admin'] });
    for (const path of ['/missing.json', '/moved.json', '/huge.json']) {
      expect(await refusal(verifierFor(path)(token)), path).toBe('auth.tokenInvalid');
    }
    const down = createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: new URL('http://127.0.0.1:1/jwks.json'),
    });
    expect(await refusal(down(token))).toBe('auth.tokenInvalid');
  });

  it('answers as fetch does: the status, the JSON body, the timeout as the rejection', async () => {
    const get = (url: string, timeoutMs = 5_000) =>
      fetchJwks(url, {
        headers: new Headers({ accept: 'application/json' }),
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    const ok = await get(`${base}/jwks.json`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(issuer.jwks);
    expect((await get(`${base}/moved.json`)).status).toBe(302);
    await expect(get(`${base}/silent.json`, 100)).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(get('http://127.0.0.1:1/jwks.json')).rejects.toBeInstanceOf(TypeError);
  });
});
