// The data layer's way into a tenant's data: the document client to use and the table to address. In AWS
// the client signs with the tenant's data role session; locally it is the container's shared client.
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../context.ts';
import { createCappedMap } from './capped-map.ts';
import { assertTenantId, normalizeAllianceIds } from './ids.ts';
import type { TableRouter } from './table-routing.ts';
import type { TenantCredentialProvider } from './tenant-credentials.ts';

export interface TenantTable {
  readonly doc: DynamoDBDocumentClient;
  /** The table holding the tenant's own partition: its silo table, or the pooled one. */
  readonly tableName: string;
  /** The table holding alliance partitions: always the pooled one. */
  readonly allianceTableName: string;
  /** The STS session name (absent locally); logged with the request id, it ties CloudTrail to the request. */
  readonly sessionName?: string;
}

export interface TenantDataAccess {
  /** `role`: per-tenant role sessions; `shared`: the container's client for everyone (local, tests). */
  readonly mode: 'role' | 'shared';
  /** Where each tenant's partition lives; platform-operator paths use it with the container's own client. */
  readonly tables: TableRouter;
  /**
   * The client and tables for one request of `tenantId`, reaching its partition and `allianceIds` (its
   * memberships, read at request time). Resolves once credentials are at hand, so STS failures surface here.
   */
  forTenant(tenantId: string, allianceIds?: readonly string[]): Promise<TenantTable>;
}

export interface TenantDataAccessOptions {
  /** The container's client (its own credentials). In role mode, its HTTP handler is shared by every client. */
  readonly shared: DynamoDBDocumentClient;
  /** What `shared` was built from (endpoint, region…), repeated for the per-tenant clients. */
  readonly clientConfig?: DynamoDBClientConfig;
  readonly tables: TableRouter;
  /** Absent: shared mode. */
  readonly credentials?: TenantCredentialProvider;
  /** @default 100 per-tenant clients; the least recently used is dropped beyond it */
  readonly maxClients?: number;
}

export const createTenantDataAccess = (options: TenantDataAccessOptions): TenantDataAccess => {
  const { shared, tables, credentials } = options;
  const allianceTableName = tables.pooledTableName;
  if (!credentials)
    return {
      mode: 'shared',
      tables,
      forTenant: async (tenantId, allianceIds = []) => {
        assertTenantId(tenantId);
        normalizeAllianceIds(allianceIds);
        return { doc: shared, tableName: tables.tableFor(tenantId), allianceTableName };
      },
    };

  // Dropped clients are not destroyed: that would close the handler they share. Without a reference they
  // hold no sockets of their own, so the garbage collector takes them.
  const clients = createCappedMap<string, DynamoDBDocumentClient>(options.maxClients ?? 100);
  const clientFor = (key: string, tenantId: string, alliances: readonly string[]) => {
    const cached = clients.get(key);
    if (cached) return cached;
    const doc = createDocumentClient({
      ...options.clientConfig,
      requestHandler: shared.config.requestHandler,
      // The SDK memoizes this and asks again 5 minutes before expiry; the provider's cache answers.
      credentials: async () => (await credentials.sessionFor(tenantId, alliances)).credentials,
    });
    clients.set(key, doc);
    return doc;
  };

  return {
    mode: 'role',
    tables,
    async forTenant(tenantId, allianceIds = []) {
      assertTenantId(tenantId);
      const alliances = normalizeAllianceIds(allianceIds);
      const session = await credentials.sessionFor(tenantId, alliances);
      return {
        doc: clientFor(`${tenantId} ${alliances.join(',')}`, tenantId, alliances),
        tableName: tables.tableFor(tenantId),
        allianceTableName,
        sessionName: session.sessionName,
      };
    },
  };
};
