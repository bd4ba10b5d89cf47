// The development token issuer: an ES256 key pair kept under .data/, its JWKS, and token minting.
// Tokens it mints are verified by exactly the code that verifies Cognito's in AWS.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role, Scope } from '@lianjian/core';
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK, SignJWT } from 'jose';

export const DEV_ISSUER = 'urn:lianjian:dev-issuer';
export const DEV_AUDIENCE = 'lianjian-api';

export interface TokenRequest {
  readonly sub?: string;
  readonly tenantId?: string;
  readonly roles?: readonly Role[];
  /** Mints an OAuth client-credentials style token for a machine client instead of a person. */
  readonly client?: { readonly clientId: string; readonly scopes: readonly Scope[] };
  /** @default 3600 */
  readonly ttlSeconds?: number;
  /** Extra or overriding claims, for tests of malformed tokens. */
  readonly claims?: Record<string, unknown>;
  readonly issuer?: string;
  readonly audience?: string;
}

export interface DevIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly jwks: JSONWebKeySet;
  mint(request: TokenRequest): Promise<string>;
}

interface StoredKey {
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

const newKey = async (): Promise<StoredKey> => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
};

const issuerFrom = async ({ privateJwk, publicJwk }: StoredKey): Promise<DevIssuer> => {
  const signingKey = await importJWK(privateJwk, 'ES256');
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks: { keys: [publicJwk] },
    async mint(request) {
      const claims: Record<string, unknown> = request.client
        ? { client_id: request.client.clientId, scope: request.client.scopes.join(' '), token_use: 'access' }
        : { roles: request.roles ?? [], token_use: 'id' };
      if (request.tenantId) claims.tenant_id = request.tenantId;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ ...claims, ...request.claims })
        .setProtectedHeader({ alg: 'ES256', kid: publicJwk.kid ?? 'dev', typ: 'JWT' })
        .setSubject(request.sub ?? request.client?.clientId ?? `dev-user-${request.tenantId ?? 'platform'}`)
        .setIssuer(request.issuer ?? DEV_ISSUER)
        .setAudience(request.audience ?? DEV_AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + (request.ttlSeconds ?? 3600))
        .sign(signingKey);
    },
  };
};

/** A throwaway issuer held in memory (tests, benchmarks). */
export const createDevIssuer = async (): Promise<DevIssuer> => issuerFrom(await newKey());

/** The issuer whose key is kept in `file`, created on first use so tokens survive restarts. */
export const loadOrCreateDevIssuer = async (file: string): Promise<DevIssuer> => {
  if (existsSync(file)) return issuerFrom(JSON.parse(readFileSync(file, 'utf8')) as StoredKey);
  const key = await newKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(key, null, 2), { mode: 0o600 });
  return issuerFrom(key);
};
