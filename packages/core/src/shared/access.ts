// What a route requires of its caller, declared next to the route and enforced in one place.
import type { Principal, Role, Scope } from './principal.ts';

export type Access =
  /** Anyone, without a token. */
  | { readonly kind: 'public' }
  /** Any verified principal. */
  | { readonly kind: 'signedIn' }
  /**
   * People holding one of `roles`, or machine clients holding `scope`.
   * `tenantBound` routes act on the caller's own tenant, so the caller must have one.
   */
  | {
      readonly kind: 'roles';
      readonly roles: readonly Role[];
      readonly scope?: Scope;
      readonly tenantBound: boolean;
      /**
       * The route acts on the tenant named by this path parameter: tenant principals reach only their own
       * (another tenant's is answered 404), platform operators reach any.
       */
      readonly ownTenantParam?: string;
    };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };

/** Tenant data readable by every tenant role and by clients with `lianjian/read`. */
export const TENANT_READ: Access = {
  kind: 'roles',
  roles: ['tenant_admin', 'tenant_editor', 'tenant_viewer'],
  scope: 'lianjian/read',
  tenantBound: true,
};

/** Tenant data writable by admins and editors and by clients with `lianjian/write`. */
export const TENANT_WRITE: Access = {
  kind: 'roles',
  roles: ['tenant_admin', 'tenant_editor'],
  scope: 'lianjian/write',
  tenantBound: true,
};

/** The tenant's administrators only. */
export const TENANT_ADMIN: Access = { kind: 'roles', roles: ['tenant_admin'], tenantBound: true };

/** A tenant's administrators, on their own tenant (path `{tenantId}`), and platform operators. */
export const OWN_TENANT_ADMIN: Access = {
  kind: 'roles',
  roles: ['tenant_admin', 'platform_admin'],
  tenantBound: false,
  ownTenantParam: 'tenantId',
};

/** Platform operators only. */
export const PLATFORM_ADMIN: Access = { kind: 'roles', roles: ['platform_admin'], tenantBound: false };

/** Whether `principal` may call a route declared with `access`. */
export const isAllowed = (principal: Principal, access: Access): boolean => {
  switch (access.kind) {
    case 'public':
    case 'signedIn':
      return true;
    case 'roles': {
      if (access.tenantBound && principal.tenantId === null) return false;
      if (principal.kind === 'client')
        return access.scope !== undefined && principal.scopes.includes(access.scope);
      return principal.roles.some((role) => access.roles.includes(role));
    }
  }
};

/** Whether an allowed principal reaches the tenant the route's path names (see `ownTenantParam`). */
export const reachesTenant = (
  principal: Principal,
  access: Access,
  params: Readonly<Record<string, unknown>>,
): boolean => {
  if (access.kind !== 'roles' || access.ownTenantParam === undefined) return true;
  if (principal.kind === 'user' && principal.roles.includes('platform_admin')) return true;
  return principal.tenantId !== null && params[access.ownTenantParam] === principal.tenantId;
};
