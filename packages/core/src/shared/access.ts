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
      /**
       * The route acts in the alliance named by the `allianceId` path parameter: the caller's tenant must be an
       * active member (else 404, as if the alliance did not exist), and for `secretariat` hold the secretariat
       * (else 403). Checked per request with a consistent read: alliance roles are data, not token claims.
       */
      readonly alliance?: 'member' | 'secretariat';
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

/** Alliance workspace reads: members' principals with a read role or scope. */
export const ALLIANCE_READ: Access = { ...TENANT_READ, alliance: 'member' };

/** Alliance workspace writes (posting, claiming): members' editors, admins and write clients. */
export const ALLIANCE_WRITE: Access = { ...TENANT_WRITE, alliance: 'member' };

/** A member tenant's administrators, for their own tenant's membership (leaving). */
export const ALLIANCE_MEMBER_ADMIN: Access = { ...TENANT_ADMIN, alliance: 'member' };

/** The secretariat's staff (admins and editors): moderation, governance, meetings. */
export const SECRETARIAT_WRITE: Access = { ...TENANT_WRITE, alliance: 'secretariat' };

/** The secretariat's administrators: invitations, removals, roles. */
export const SECRETARIAT_ADMIN: Access = { ...TENANT_ADMIN, alliance: 'secretariat' };

/** Reads only the secretariat may make (pending invitations). */
export const SECRETARIAT_READ: Access = { ...TENANT_READ, alliance: 'secretariat' };

/** The administrators of the tenant named by the `tenantId` path parameter (answering an invitation). */
export const INVITEE_ADMIN: Access = { ...TENANT_ADMIN, ownTenantParam: 'tenantId' };

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
