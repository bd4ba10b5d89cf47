// @lianjian/core: domain types, schemas, rules and services. No AWS, no HTTP.

export type { AuditRepository } from './audit/repository.ts';
export { auditSchemas } from './audit/schema.ts';
export type { OrgChange, OrgRepository } from './orgs/repository.ts';
export {
  type CreateOrg,
  type ListOrgsQuery,
  ORG_KINDS,
  type Org,
  type OrgKind,
  orgSchemas,
  type UpdateOrg,
} from './orgs/schema.ts';
export { createOrgService, type OrgService } from './orgs/service.ts';
export {
  type Access,
  isAllowed,
  PLATFORM_ADMIN,
  PUBLIC,
  SIGNED_IN,
  TENANT_ADMIN,
  TENANT_READ,
  TENANT_WRITE,
} from './shared/access.ts';
export { DomainError, type DomainErrorCode, type FieldIssue, isDomainError } from './shared/errors.ts';
export { ID_PATTERN, newId } from './shared/ids.ts';
export {
  isRole,
  isScope,
  type Principal,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
  TENANT_ROLES,
  type TenantRole,
} from './shared/principal.ts';
export { type Page, pageOf, schemaGroup, sharedSchemas, textLine } from './shared/schema.ts';
export {
  type AuditEntry,
  auditEntry,
  type IdempotencyClaim,
  type WriteContext,
  type WriteMeta,
} from './shared/write.ts';
export { tenantCatalog } from './tenants/catalog.ts';
export type { TenantRepository } from './tenants/repository.ts';
export {
  type CreateTenant,
  isTenantId,
  PROVINCES,
  provinceOfCode,
  TENANT_ID_PATTERN,
  type Tenant,
  tenantSchemas,
  type UpdateTenant,
} from './tenants/schema.ts';
export { createTenantService, type TenantService } from './tenants/service.ts';
