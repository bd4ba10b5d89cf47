// Assembles a container's tenant data access from its settings: the routing, and in AWS the role sessions,
// with STS reached through the shared client's own credentials and HTTP handler.
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { alliancePartition } from '../keys.ts';
import type { TenantAccessConfig } from './config.ts';
import type { PartitionNames } from './session-policy.ts';
import { createTableRouter } from './table-routing.ts';
import { createTenantCredentialProvider } from './tenant-credentials.ts';
import { createTenantDataAccess, type TenantDataAccess } from './tenant-data-access.ts';

export interface TenantDataAccessFromConfigOptions {
  readonly shared: DynamoDBDocumentClient;
  readonly clientConfig?: DynamoDBClientConfig;
  /** TABLE_NAME: the pooled table. */
  readonly pooledTableName: string;
  /** @default keys.ts `tenantPartition` and `alliancePartition` */
  readonly partitions?: Partial<PartitionNames>;
}

/**
 * Builds the access for a container from `tenantAccessConfigFromEnv(process.env)`: STS is reached with the
 * shared client's own credentials and HTTP handler.
 *
 * @example
 * const shared = createDocumentClient(clientConfig);
 * const access = tenantDataAccessFromConfig(tenantAccessConfigFromEnv(process.env), {
 *   shared, clientConfig, pooledTableName: config.tableName,
 * });
 * const { doc, tableName } = await access.forTenant(principal.tenantId);
 */
export const tenantDataAccessFromConfig = (
  config: TenantAccessConfig,
  options: TenantDataAccessFromConfigOptions,
): TenantDataAccess => {
  const tables = createTableRouter(options.pooledTableName, config.siloTables);
  const base = {
    shared: options.shared,
    tables,
    ...(options.clientConfig ? { clientConfig: options.clientConfig } : {}),
  };
  if (!config.role) return createTenantDataAccess(base);
  const { roleArnTemplate, region, stsEndpoint } = config.role;
  return createTenantDataAccess({
    ...base,
    credentials: createTenantCredentialProvider({
      roleArnTemplate,
      region,
      tables,
      sts: {
        endpoint: stsEndpoint,
        credentials: options.shared.config.credentials,
        requestHandler: options.shared.config.requestHandler,
      },
      partitions: { alliance: alliancePartition, ...options.partitions },
    }),
  });
};
