// Who is calling: a signed-in person or a machine client, always resolved from a verified token.

export const TENANT_ROLES = ['tenant_admin', 'tenant_editor', 'tenant_viewer'] as const;
export const ROLES = ['platform_admin', ...TENANT_ROLES] as const;
export const SCOPES = ['lianjian/read', 'lianjian/write'] as const;

export type TenantRole = (typeof TENANT_ROLES)[number];
export type Role = (typeof ROLES)[number];
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  /** `user` for people, `client` for machine clients bound to one tenant. */
  readonly kind: 'user' | 'client';
  readonly sub: string;
  /** The tenant the principal acts for; null only for platform administrators. */
  readonly tenantId: string | null;
  readonly roles: readonly Role[];
  readonly scopes: readonly Scope[];
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);
