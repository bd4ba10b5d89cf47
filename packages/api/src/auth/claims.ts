// Turns verified token claims into a principal. Claim names are settings, so Cognito and other OIDC issuers fit.
import { isRole, isScope, isTenantId, type Principal } from '@lianjian/core';

export interface ClaimNames {
  /** Claim holding the tenant id. @default 'tenant_id' */
  readonly tenantId: string;
  /** Claim holding the role list (an array, or a space-separated string). @default 'roles' */
  readonly roles: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { tenantId: 'tenant_id', roles: 'roles' };

const list = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  return [];
};

/**
 * A principal from claims, or undefined when the claims do not describe one
 * (no subject, a malformed tenant id, a machine client with no tenant).
 */
export const principalFromClaims = (
  claims: Record<string, unknown>,
  names: ClaimNames,
): Principal | undefined => {
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0) return undefined;
  const rawTenant = claims[names.tenantId];
  if (rawTenant !== undefined && !isTenantId(rawTenant)) return undefined;
  const tenantId = typeof rawTenant === 'string' ? rawTenant : null;

  // OAuth client-credentials tokens: a client id and scopes, no person behind them.
  if (claims.token_use === 'access' && typeof claims.client_id === 'string' && claims.scope !== undefined) {
    if (tenantId === null) return undefined;
    return { kind: 'client', sub, tenantId, roles: [], scopes: list(claims.scope).filter(isScope) };
  }
  return { kind: 'user', sub, tenantId, roles: rolesOf(list(claims[names.roles]), tenantId), scopes: [] };
};

/** Machine clients' tenants: client id → tenant id (`AUTH_CLIENT_TENANTS`). */
export type ClientTenants = ReadonlyMap<string, string>;

/**
 * A machine client from a Cognito client-credentials access token (`token_use: access`, `client_id`, `scope`,
 * `sub` = the client id, no audience, no tenant claim), or undefined for a client the mapping does not know.
 * The tenant comes from the mapping only: a tenant claim in the token is ignored, whatever it says.
 */
export const principalFromClientCredentials = (
  claims: Record<string, unknown>,
  clientTenants: ClientTenants,
): Principal | undefined => {
  const clientId = claims.client_id;
  if (claims.token_use !== 'access' || typeof clientId !== 'string' || clientId.length === 0)
    return undefined;
  // `sub` is the client id only in client-credentials tokens; a person's access token names the person.
  if (claims.sub !== clientId) return undefined;
  const tenantId = clientTenants.get(clientId);
  if (tenantId === undefined) return undefined;
  const scopes = [...new Set(list(claims.scope).filter(isScope))];
  return { kind: 'client', sub: clientId, tenantId, roles: [], scopes };
};

/**
 * Parses `AUTH_CLIENT_TENANTS`, a JSON object of client id → tenant id, and fails with a message naming the
 * setting when it is not one (a deployment with a broken mapping must not start).
 */
export const parseClientTenants = (json: string, name = 'AUTH_CLIENT_TENANTS'): ClientTenants => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(
      `${name} is not valid JSON (${(error as Error).message}); expected {"<client id>": "<tenant id>"}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${name} must be a JSON object of client id → tenant id, got ${JSON.stringify(value)}`);
  const clientTenants = new Map<string, string>();
  for (const [clientId, tenantId] of Object.entries(value)) {
    if (clientId.length === 0) throw new Error(`${name} has an empty client id`);
    if (!isTenantId(tenantId))
      throw new Error(
        `${name}: client "${clientId}" maps to ${JSON.stringify(tenantId)}, which is not a tenant id`,
      );
    clientTenants.set(clientId, tenantId);
  }
  return clientTenants;
};

/**
 * Role names, plain (`tenant_admin`) or tenant-qualified as Cognito groups are named (`sh-jinshan:tenant_admin`):
 * a qualified role counts only for the token's own tenant, so a group of another tenant grants nothing.
 */
const rolesOf = (values: readonly string[], tenantId: string | null) =>
  values.flatMap((value) => {
    const separator = value.lastIndexOf(':');
    if (separator < 0) return isRole(value) ? [value] : [];
    const role = value.slice(separator + 1);
    return value.slice(0, separator) === tenantId && isRole(role) ? [role] : [];
  });
