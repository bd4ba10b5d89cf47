// Builds a ready app from settings: the store, the services and the token verifier, once per process.
import {
  containerClientConfig,
  createCursorCodec,
  createDocumentClient,
  createStoreContext,
  parseCursorKeys,
  type StoreContext,
  tenantDataAccessFromConfig,
} from '@lianjian/store';

import { createTokenVerifier } from './auth/verifier.ts';
import type { ApiConfig } from './config.ts';
import { createApp, type EagerAppOptions } from './create-app.ts';
import { createServices } from './services.ts';

/**
 * The platform context on the container's own client, with tenant partitions reached through per-tenant role
 * sessions when TENANT_DATA_ROLE_ARN is set (otherwise the same client, routed by SILO_TABLES).
 * `tenantAccess` absent: no roles, no silo tables.
 */
export const storeFromConfig = (
  config: Pick<ApiConfig, 'tableName' | 'dynamodbEndpoint' | 'cursorKeys'> &
    Partial<Pick<ApiConfig, 'tenantAccess' | 'credentialsInEnvironment'>>,
): StoreContext => {
  const clientConfig = containerClientConfig({
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
    credentialsInEnvironment: config.credentialsInEnvironment ?? false,
  });
  const shared = createDocumentClient(clientConfig);
  const access = tenantDataAccessFromConfig(config.tenantAccess ?? { siloTables: new Map() }, {
    shared,
    clientConfig,
    pooledTableName: config.tableName,
  });
  return createStoreContext(
    shared,
    config.tableName,
    createCursorCodec(parseCursorKeys(config.cursorKeys)),
    access,
  );
};

export const createAppFromConfig = (
  config: ApiConfig,
  extra: Pick<EagerAppOptions, 'openApiDocument'> &
    Partial<Omit<EagerAppOptions, 'services' | 'verifyToken'>>,
) =>
  createApp({
    ...extra,
    // The table's stream starts import job runs in AWS (functions/jobs).
    services: createServices(storeFromConfig(config), { importJobStarter: 'stream' }),
    verifyToken: createTokenVerifier(config.auth),
  });
