// Settings read from the environment, the same on Lambda and under the local server.
import { type TenantAccessConfig, tenantAccessConfigFromEnv } from '@lianjian/store';
import type { JSONWebKeySet } from 'jose';
import { parseClientTenants } from './auth/claims.ts';
import type { VerifierOptions } from './auth/verifier.ts';

export interface ApiConfig {
  readonly tableName: string;
  /** DynamoDB endpoint; unset means AWS itself. */
  readonly dynamodbEndpoint?: string;
  /**
   * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set and AWS_PROFILE is not (always so on Lambda): the
   * client reads them directly, as the SDK's default chain would (it skips them when a profile is named).
   */
  readonly credentialsInEnvironment: boolean;
  /** `kid:<base64 32 bytes>[,…]`: keys for pagination cursors, newest first. */
  readonly cursorKeys: string;
  readonly auth: VerifierOptions;
  /** Per-tenant data roles (TENANT_DATA_ROLE_ARN, STS_ENDPOINT) and silo tables (SILO_TABLES). */
  readonly tenantAccess: TenantAccessConfig;
}

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is required`);
  return value;
};

/**
 * Reads TABLE_NAME, DYNAMODB_ENDPOINT, whether AWS credentials are in the environment, CURSOR_KEYS, AUTH_ISSUER, AUTH_AUDIENCE and either
 * AUTH_JWKS_URL (Cognito or an OIDC issuer) or AUTH_JWKS (the key set as JSON, for development),
 * plus optional AUTH_TENANT_CLAIM / AUTH_ROLES_CLAIM, optional AUTH_CLIENT_TENANTS (JSON object of machine
 * client id → tenant id, for Cognito client-credentials tokens; malformed JSON or a bad tenant id throws,
 * so the function fails at start-up), and the tenant access settings
 * (`tenantAccessConfigFromEnv`: TENANT_DATA_ROLE_ARN, AWS_REGION, STS_ENDPOINT, SILO_TABLES).
 */
export const configFromEnv = (env: NodeJS.ProcessEnv): ApiConfig => {
  const jwksUrl = env.AUTH_JWKS_URL;
  const jwks: JSONWebKeySet | URL = jwksUrl
    ? new URL(jwksUrl)
    : (JSON.parse(required(env, 'AUTH_JWKS')) as JSONWebKeySet);
  return {
    tableName: required(env, 'TABLE_NAME'),
    ...(env.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    credentialsInEnvironment: Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY && !env.AWS_PROFILE),
    cursorKeys: required(env, 'CURSOR_KEYS'),
    auth: {
      issuer: required(env, 'AUTH_ISSUER'),
      audience: required(env, 'AUTH_AUDIENCE'),
      jwks,
      claims: { tenantId: env.AUTH_TENANT_CLAIM ?? 'tenant_id', roles: env.AUTH_ROLES_CLAIM ?? 'roles' },
      ...(env.AUTH_CLIENT_TENANTS ? { clientTenants: parseClientTenants(env.AUTH_CLIENT_TENANTS) } : {}),
    },
    tenantAccess: tenantAccessConfigFromEnv(env),
  };
};
