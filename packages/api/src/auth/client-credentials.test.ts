// Cognito client-credentials access tokens: no audience, no tenant claim; the tenant comes from the
// AUTH_CLIENT_TENANTS mapping of client ids, and only from it. ID tokens keep needing the audience.
import { DomainError } from '@lianjian/core';
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWTPayload, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config.ts';
import { parseClientTenants, principalFromClientCredentials } from './claims.ts';
import { createTokenVerifier, type TokenVerifier } from './verifier.ts';

const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Lianjian';
const WEB_CLIENT = '4webclient0example0000000';
const JINSHAN_CLIENT = '1jinshan0machine0client00';
const MINHANG_CLIENT = '2minhang0machine0client00';
const CLIENT_TENANTS = JSON.stringify({ [JINSHAN_CLIENT]: 'sh-jinshan', [MINHANG_CLIENT]: 'sh-minhang' });
const COGNITO_CLAIMS = { tenantId: 'custom:tenant_id', roles: 'cognito:groups' };

type Signer = (claims: JWTPayload, options?: { ttlSeconds?: number; issuer?: string }) => Promise<string>;

const newSigner = async (): Promise<{ jwks: JSONWebKeySet; sign: Signer }> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `kid-${Math.random().toString(36).slice(2)}`;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const sign: Signer = (claims, options = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(options.issuer ?? ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + (options.ttlSeconds ?? 3600))
      .sign(privateKey);
  };
  return { jwks, sign };
};

/** What Cognito issues to an app client for the client-credentials grant. */
const accessToken = (clientId: string, scope: string, extra: JWTPayload = {}): JWTPayload => ({
  sub: clientId,
  token_use: 'access',
  client_id: clientId,
  scope,
  version: 2,
  jti: crypto.randomUUID(),
  auth_time: Math.floor(Date.now() / 1000),
  ...extra,
});

/** What Cognito issues to a person signing in through the web client. */
const idToken = (extra: JWTPayload = {}): JWTPayload => ({
  sub: 'a1b2c3d4-person',
  token_use: 'id',
  aud: WEB_CLIENT,
  'custom:tenant_id': 'sh-jinshan',
  'cognito:groups': ['sh-jinshan:tenant_editor'],
  ...extra,
});

const rejection = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('Cognito client-credentials access tokens', () => {
  let sign: Signer;
  let verify: TokenVerifier;
  let jwks: JSONWebKeySet;
  beforeAll(async () => {
    ({ jwks, sign } = await newSigner());
    // Through configFromEnv, as the Lambda reads its environment.
    const config = configFromEnv({
      TABLE_NAME: 'unused',
      CURSOR_KEYS: 'unused',
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: WEB_CLIENT,
      AUTH_JWKS: JSON.stringify(jwks),
      AUTH_TENANT_CLAIM: COGNITO_CLAIMS.tenantId,
      AUTH_ROLES_CLAIM: COGNITO_CLAIMS.roles,
      AUTH_CLIENT_TENANTS: CLIENT_TENANTS,
    });
    verify = createTokenVerifier(config.auth);
  });

  it("makes a mapped client a machine client of the mapped tenant, with only lianjian's scopes", async () => {
    const token = await sign(accessToken(JINSHAN_CLIENT, 'lianjian/read openid lianjian/admin other/write'));
    expect(await verify(token)).toEqual({
      kind: 'client',
      sub: JINSHAN_CLIENT,
      tenantId: 'sh-jinshan',
      roles: [],
      scopes: ['lianjian/read'],
    });
    const writer = await sign(accessToken(MINHANG_CLIENT, 'lianjian/read lianjian/write'));
    expect(await verify(writer)).toMatchObject({
      tenantId: 'sh-minhang',
      scopes: ['lianjian/read', 'lianjian/write'],
    });
  });

  it('ignores any tenant claim: the mapping is the only source of the tenant', async () => {
    const token = await sign(
      accessToken(JINSHAN_CLIENT, 'lianjian/write', {
        'custom:tenant_id': 'sh-minhang',
        tenant_id: 'sh-minhang',
        'cognito:groups': ['sh-minhang:tenant_admin', 'platform_admin'],
      }),
    );
    expect(await verify(token)).toEqual({
      kind: 'client',
      sub: JINSHAN_CLIENT,
      tenantId: 'sh-jinshan',
      roles: [],
      scopes: ['lianjian/write'],
    });
    // Even a malformed tenant claim changes nothing.
    const odd = await sign(accessToken(JINSHAN_CLIENT, 'lianjian/read', { 'custom:tenant_id': 'T#evil' }));
    expect((await verify(odd)).tenantId).toBe('sh-jinshan');
  });

  it('rejects a client the mapping does not know, including names of object properties', async () => {
    for (const clientId of ['9unknown0client000000000', WEB_CLIENT, '__proto__', 'constructor', 'toString']) {
      const token = await sign(accessToken(clientId, 'lianjian/read', { 'custom:tenant_id': 'sh-jinshan' }));
      expect(await rejection(verify(token))).toBe('auth.tokenInvalid');
    }
  });

  it("rejects an access token whose subject is not the client (a person's access token)", async () => {
    const token = await sign(accessToken(JINSHAN_CLIENT, 'lianjian/read', { sub: 'a1b2c3d4-person' }));
    expect(await rejection(verify(token))).toBe('auth.tokenInvalid');
    const noClient = await sign(accessToken(JINSHAN_CLIENT, 'lianjian/read', { client_id: undefined }));
    expect(await rejection(verify(noClient))).toBe('auth.tokenInvalid');
  });

  it('rejects access tokens of another issuer, expired, or signed with another key', async () => {
    const claims = accessToken(JINSHAN_CLIENT, 'lianjian/read');
    const wrongIssuer = await sign(claims, {
      issuer: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Other',
    });
    expect(await rejection(verify(wrongIssuer))).toBe('auth.tokenInvalid');
    expect(await rejection(verify(await sign(claims, { ttlSeconds: -60 })))).toBe('auth.tokenExpired');
    const foreign = await newSigner();
    expect(await rejection(verify(await foreign.sign(claims)))).toBe('auth.tokenInvalid');
  });

  it('still requires the audience of ID tokens, and reads their tenant and groups as before', async () => {
    expect(await verify(await sign(idToken()))).toEqual({
      kind: 'user',
      sub: 'a1b2c3d4-person',
      tenantId: 'sh-jinshan',
      roles: ['tenant_editor'],
      scopes: [],
    });
    expect(await rejection(verify(await sign(idToken({ aud: undefined }))))).toBe('auth.tokenInvalid');
    expect(await rejection(verify(await sign(idToken({ aud: JINSHAN_CLIENT }))))).toBe('auth.tokenInvalid');
    // A token without token_use is no access token either: audience required.
    const plain = await sign(idToken({ token_use: undefined, aud: undefined }));
    expect(await rejection(verify(plain))).toBe('auth.tokenInvalid');
  });

  it('without a mapping (development and OIDC issuers), access tokens need the audience and a tenant claim', async () => {
    const legacy = createTokenVerifier({ issuer: ISSUER, audience: WEB_CLIENT, jwks });
    const cognitoShaped = await sign(accessToken(JINSHAN_CLIENT, 'lianjian/read'));
    expect(await rejection(legacy(cognitoShaped))).toBe('auth.tokenInvalid');
    const devShaped = await sign(
      accessToken(JINSHAN_CLIENT, 'lianjian/read', { aud: WEB_CLIENT, tenant_id: 'sh-minhang' }),
    );
    expect(await legacy(devShaped)).toEqual({
      kind: 'client',
      sub: JINSHAN_CLIENT,
      tenantId: 'sh-minhang',
      roles: [],
      scopes: ['lianjian/read'],
    });
  });
});

describe('principalFromClientCredentials', () => {
  const mapping = new Map([[JINSHAN_CLIENT, 'sh-jinshan']]);
  it('needs token_use access', () => {
    const claims = accessToken(JINSHAN_CLIENT, 'lianjian/read');
    expect(principalFromClientCredentials(claims, mapping)?.tenantId).toBe('sh-jinshan');
    expect(principalFromClientCredentials({ ...claims, token_use: 'id' }, mapping)).toBeUndefined();
  });
});

describe('AUTH_CLIENT_TENANTS', () => {
  const env = {
    TABLE_NAME: 't',
    CURSOR_KEYS: 'k',
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: WEB_CLIENT,
    AUTH_JWKS: '{"keys":[]}',
  };

  it('is read into the verifier settings as a map', () => {
    expect(configFromEnv({ ...env, AUTH_CLIENT_TENANTS: CLIENT_TENANTS }).auth.clientTenants).toEqual(
      new Map([
        [JINSHAN_CLIENT, 'sh-jinshan'],
        [MINHANG_CLIENT, 'sh-minhang'],
      ]),
    );
    expect(configFromEnv({ ...env, AUTH_CLIENT_TENANTS: '{}' }).auth.clientTenants).toEqual(new Map());
    expect(configFromEnv(env).auth).not.toHaveProperty('clientTenants');
  });

  it('fails start-up with a message naming the setting when it is not a mapping to tenant ids', () => {
    const read = (value: string) => () => configFromEnv({ ...env, AUTH_CLIENT_TENANTS: value });
    expect(read('{"1jinshan": "sh-jinshan"')).toThrow(/^AUTH_CLIENT_TENANTS is not valid JSON/);
    expect(read('["sh-jinshan"]')).toThrow(/^AUTH_CLIENT_TENANTS must be a JSON object/);
    expect(read('null')).toThrow(/^AUTH_CLIENT_TENANTS must be a JSON object/);
    expect(read('{"1jinshan": "SH#jinshan"}')).toThrow(
      /AUTH_CLIENT_TENANTS: client "1jinshan" .*not a tenant id/,
    );
    expect(read('{"1jinshan": 7}')).toThrow(/not a tenant id/);
    expect(read('{"": "sh-jinshan"}')).toThrow(/empty client id/);
    expect(() => parseClientTenants('{"a": "sh-jinshan"}')).not.toThrow();
  });
});
