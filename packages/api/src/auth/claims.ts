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
