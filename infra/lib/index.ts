// @lianjian/infra: the CDK constructs and stack, re-exported by name for the app and the tests.
export { ApiFunction, type ApiFunctionProps } from './api-function.ts';
export {
  type AuthSettings,
  type AuthSettingsProps,
  PLACEHOLDER_ISSUER,
  resolveAuthSettings,
} from './auth-settings.ts';
export {
  CognitoIdentity,
  type CognitoIdentityProps,
  PLATFORM_ADMIN_GROUP,
  RESOURCE_SERVER_ID,
  tenantGroupName,
} from './cognito-identity.ts';
export { CursorKeys, type CursorKeysProps } from './cursor-keys.ts';
export {
  dataRoleArnTemplate,
  dataRoleName,
  dataRoleNamePrefix,
  MAX_PREFIX,
  TENANT_ID_PLACEHOLDER,
} from './data-role-names.ts';
export {
  type CognitoIdentitySetting,
  type IdentityProviderProps,
  type IdentityProviderSetting,
  type OidcIdentitySetting,
  oidcIdentity,
  resolveIdentityProvider,
  type TenantIdentity,
} from './identity-provider.ts';
export { LianjianStack, type LianjianStackProps } from './lianjian-stack.ts';
export { locallyBundledCode } from './local-bundle.ts';
export { PublicApi, type PublicApiProps } from './public-api.ts';
export { createSingleTable, REQUEST_PATH_ACTIONS } from './single-table.ts';
export { Tenant, type TenantProps } from './tenant.ts';
export { checkTenants, DEFAULT_TENANTS, isSilo, type TenantEntry } from './tenant-catalog.ts';
export {
  TenantDataRole,
  type TenantDataRoleProps,
  tableResourceArns,
  tenantDataPolicy,
  tenantLeadingKeys,
} from './tenant-data-role.ts';
export {
  ONBOARDING_ENTRY,
  TENANT_RESOURCE_TYPE,
  TenantRegistry,
  type TenantRegistryProps,
} from './tenant-registry.ts';
export { TenantUsagePlan, type TenantUsagePlanProps } from './tenant-usage-plan.ts';
export { USAGE_LIMITS_BY_TIER, type UsageLimits } from './usage-tiers.ts';
