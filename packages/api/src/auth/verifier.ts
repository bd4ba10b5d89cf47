// Verifies bearer JWTs against a JWKS (issuer, audience, expiry, algorithm). The same code verifies
// the development issuer's tokens locally and Cognito's or a provincial OIDC issuer's in AWS.
import { DomainError, type Principal } from '@lianjian/core';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, jwtVerify } from 'jose';
import { type ClaimNames, DEFAULT_CLAIM_NAMES, principalFromClaims } from './claims.ts';

export interface VerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** The key set itself (development issuer), or where to fetch it (Cognito, OIDC). */
  readonly jwks: JSONWebKeySet | URL;
  /** @default DEFAULT_CLAIM_NAMES */
  readonly claims?: ClaimNames;
  /** @default ['ES256', 'RS256'] */
  readonly algorithms?: readonly string[];
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const CACHE_LIMIT = 1000;
const CLOCK_TOLERANCE_SECONDS = 5;

export const createTokenVerifier = (options: VerifierOptions): TokenVerifier => {
  const keys =
    options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks);
  const claimNames = options.claims ?? DEFAULT_CLAIM_NAMES;
  const algorithms = [...(options.algorithms ?? ['ES256', 'RS256'])];
  // A token verified once is the same token until it expires: repeated calls skip the signature check.
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();

  return async (token) => {
    const cached = verified.get(token);
    if (cached && cached.expiresAt > Date.now() / 1000) return cached.principal;
    if (cached) verified.delete(token);

    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
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
    const principal = principalFromClaims(payload, claimNames);
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
