// Tenant access settings from the environment. Without TENANT_DATA_ROLE_ARN (local, tests) every tenant
// uses the container's own client; SILO_TABLES routes tenants to their own tables in both modes.
import { assertRegion, parseRoleArnTemplate } from './arn.ts';
import { TenantAccessError } from './errors.ts';
import { parseSiloTables } from './table-routing.ts';

export interface TenantRoleConfig {
  readonly roleArnTemplate: string;
  readonly region: string;
  /** Unset means the regional STS endpoint. */
  readonly stsEndpoint?: string;
}

export interface TenantAccessConfig {
  /** Absent: local mode, no roles assumed. */
  readonly role?: TenantRoleConfig;
  readonly siloTables: ReadonlyMap<string, string>;
}

const endpointUrl = (value: string): string => {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new TenantAccessError('access.config', `STS_ENDPOINT is not an http(s) URL: ${value}`);
  return value;
};

/**
 * Reads TENANT_DATA_ROLE_ARN (a role ARN containing `{tenantId}`), SILO_TABLES (JSON: tenant id → table),
 * STS_ENDPOINT (optional) and AWS_REGION (or AWS_DEFAULT_REGION; required with a role).
 */
export const tenantAccessConfigFromEnv = (env: NodeJS.ProcessEnv): TenantAccessConfig => {
  const siloTables = parseSiloTables(env.SILO_TABLES);
  const roleArnTemplate = env.TENANT_DATA_ROLE_ARN?.trim();
  if (!roleArnTemplate) return { siloTables };
  parseRoleArnTemplate(roleArnTemplate);
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) throw new TenantAccessError('access.config', 'TENANT_DATA_ROLE_ARN needs AWS_REGION');
  const stsEndpoint = env.STS_ENDPOINT?.trim();
  return {
    role: {
      roleArnTemplate,
      region: assertRegion(region),
      ...(stsEndpoint ? { stsEndpoint: endpointUrl(stsEndpoint) } : {}),
    },
    siloTables,
  };
};
