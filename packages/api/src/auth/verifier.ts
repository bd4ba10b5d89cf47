// Verifies bearer JWTs against a JWKS (issuer, audience, expiry, algorithm). The same code verifies
// the development issuer's tokens locally and Cognito's or a provincial OIDC issuer's in AWS.
// With a client mapping (`clientTenants`, Cognito), access tokens are machine clients' client-credentials
// tokens: they carry no audience and no tenant, so the client id must be mapped and the mapping is the tenant.
import { DomainError, type Principal } from '@lianjian/core';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  errors,
  type JSONWebKeySet,
  jwtVerify,
} from 'jose';
import {
  type ClaimNames,
  type ClientTenants,
  DEFAULT_CLAIM_NAMES,
  principalFromClaims,
  principalFromClientCredentials,
} from './claims.ts';
import { fetchJwks } from './jwks-fetch.ts';

export interface VerifierOptions {
  readonly issuer: string;
  /** The `aud` of every accepted token, except client-credentials access tokens when `clientTenants` is set. */
  readonly audience: string;
  /** The key set itself (development issuer), or where to fetch it (Cognito, OIDC). */
  readonly jwks: JSONWebKeySet | URL;
  /** @default DEFAULT_CLAIM_NAMES */
  readonly claims?: ClaimNames;
  /** @default ['ES256', 'RS256'] */
  readonly algorithms?: readonly string[];
  /**
   * Machine clients' tenants (client id → tenant id). When set, every token with `token_use: access` is a
   * client-credentials token: no audience needed, its `client_id` must be mapped (else 401), and its tenant is
   * the mapped one, never a claim. Unset (the development issuer, OIDC issuers): access tokens need the
   * audience and name their tenant in the tenant claim, as ID tokens do.
   * @default undefined
   */
  readonly clientTenants?: ClientTenants;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const CACHE_LIMIT = 1000;
const CLOCK_TOLERANCE_SECONDS = 5;

export const createTokenVerifier = (options: VerifierOptions): TokenVerifier => {
  const keys =
    options.jwks instanceof URL
      ? createRemoteJWKSet(options.jwks, { [customFetch]: fetchJwks })
      : createLocalJWKSet(options.jwks);
  const claimNames = options.claims ?? DEFAULT_CLAIM_NAMES;
  const algorithms = [...(options.algorithms ?? ['ES256', 'RS256'])];
  const clientTenants = options.clientTenants;
  // A token verified once is the same token until it expires: repeated calls skip the signature check.
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();

  return async (token) => {
    const cached = verified.get(token);
    if (cached && cached.expiresAt > Date.now() / 1000) return cached.principal;
    if (cached) verified.delete(token);

    let payload: Record<string, unknown>;
    let clientCredentials: boolean;
    try {
      // Which checks apply depends on the token's kind, read before the signature check; the signature then
      // covers that very claim, so a token cannot change its kind without failing verification.
      clientCredentials = clientTenants !== undefined && decodeJwt(token).token_use === 'access';
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        ...(clientCredentials ? {} : { audience: options.audience }),
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new DomainError('auth.tokenExpired');
      if (error instanceof errors.JOSEError || error instanceof TypeError)
        throw new DomainError('auth.tokenInvalid');
      throw error;
    }
    const principal =
      clientTenants !== undefined && clientCredentials
        ? principalFromClientCredentials(payload, clientTenants)
        : principalFromClaims(payload, claimNames);
    if (!principal) throw new DomainError('auth.tokenInvalid');

    if (verified.size >= CACHE_LIMIT) verified.clear();
    verified.set(token, { principal, expiresAt: Number(payload.exp) });
    return principal;
  };
};

/** The token from `Authorization: Bearer <token>`, or a domain error saying what is wrong. */
export const bearerToken = (authorization: string | undefined): string => {
  if (!authorization) throw new DomainError('auth.tokenMissing');
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
  if (!match?.[1]) throw new DomainError('auth.tokenInvalid');
  return match[1];
};
