// The handle every repository works through: one document client, the table name, the cursor codec.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TenantDataAccess } from './access/tenant-data-access.ts';
import type { CursorCodec } from './cursor.ts';
import { createItemLoader, type ItemLoader } from './item-loader.ts';

export interface StoreContext {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly cursors: CursorCodec;
  /** Consistent reads by key, coalesced into batches. */
  readonly items: ItemLoader;
  /** The table holding alliance partitions: always the pooled one (a silo tenant's own table holds only it). */
  readonly allianceTableName: string;
  /** Consistent reads in the alliance table (the same loader as `items` when it is this context's table). */
  readonly allianceItems: ItemLoader;
  /**
   * The context for reads and writes of `tenantId`'s partition (and `allianceIds`' partitions): in AWS a
   * client signing with the tenant's data role session, on the tenant's table. Locally (shared access, pooled
   * table) it is the platform context itself, so the tenant's reads coalesce with the registry read. STS
   * failures surface here as `TenantAccessError`s.
   */
  tenant(tenantId: string, allianceIds?: readonly string[]): Promise<StoreContext>;
  /**
   * The table holding `tenantId`'s partition (its silo table, or the pooled one), for platform-operator paths
   * (export, offboarding) that address it with this context's own client, beside platform items.
   */
  tenantTableName(tenantId: string): string;
}

/**
 * The store's platform handle on the pooled table: the container's own client. With `access`, tenant
 * partitions are reached through `tenant()`; without it every tenant shares this context (tests, benches).
 */
export const createStoreContext = (
  doc: DynamoDBDocumentClient,
  tableName: string,
  cursors: CursorCodec,
  access?: TenantDataAccess,
): StoreContext => {
  // One context (so one item loader) per client and table. Weak on the client: when the access layer drops a
  // tenant's client from its cache, the context goes with it.
  const scoped = new WeakMap<DynamoDBDocumentClient, Map<string, StoreContext>>();

  const tenant = async (tenantId: string, allianceIds?: readonly string[]): Promise<StoreContext> => {
    if (!access) return platform;
    const table = await access.forTenant(tenantId, allianceIds);
    if (table.doc === doc && table.tableName === tableName) return platform;
    let byTable = scoped.get(table.doc);
    if (!byTable) {
      byTable = new Map();
      scoped.set(table.doc, byTable);
    }
    let context = byTable.get(table.tableName);
    if (!context) {
      context = contextOf(table.doc, table.tableName);
      byTable.set(table.tableName, context);
    }
    return context;
  };

  const tenantTableName = (tenantId: string): string =>
    access ? access.tables.tableFor(tenantId) : tableName;

  const contextOf = (client: DynamoDBDocumentClient, table: string): StoreContext => {
    const items = createItemLoader(client, table);
    return {
      doc: client,
      tableName: table,
      cursors,
      items,
      allianceTableName: tableName,
      allianceItems: table === tableName ? items : createItemLoader(client, tableName),
      tenant,
      tenantTableName,
    };
  };

  const platform = contextOf(doc, tableName);
  return platform;
};

/** A document client that drops undefined attributes, so optional fields can be spread freely. */
export const createDocumentClient = (config: DynamoDBClientConfig = {}): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
