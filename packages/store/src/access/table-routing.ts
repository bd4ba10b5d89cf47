// Which table holds a tenant's partition: a `silo` tenant's own table (SILO_TABLES), else the pooled one.
// Alliance partitions are shared between tenants, so they always live in the pooled table.
import { TenantAccessError } from './errors.ts';
import { assertTenantId } from './ids.ts';

const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

export interface TableRouter {
  /** The pooled table: every `pool` tenant's partition, and every alliance partition. */
  readonly pooledTableName: string;
  /** The table holding this tenant's own partition. */
  tableFor(tenantId: string): string;
}

const assertTableName = (name: unknown, what: string): string => {
  if (typeof name !== 'string' || !TABLE_NAME.test(name))
    throw new TenantAccessError(
      'access.config',
      `${what} is not a DynamoDB table name: ${JSON.stringify(name)}`,
    );
  return name;
};

/** Reads `SILO_TABLES`: a JSON object from tenant id to table name, e.g. `{"sh-pudong":"lianjian-sh-pudong"}`. */
export const parseSiloTables = (json: string | undefined): ReadonlyMap<string, string> => {
  const routes = new Map<string, string>();
  if (json === undefined || json.trim() === '') return routes;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new TenantAccessError('access.config', 'SILO_TABLES is not JSON', { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new TenantAccessError(
      'access.config',
      'SILO_TABLES must be a JSON object of tenant id to table name',
    );
  for (const [tenantId, tableName] of Object.entries(parsed)) {
    try {
      assertTenantId(tenantId);
    } catch (error) {
      throw new TenantAccessError('access.config', `SILO_TABLES names ${JSON.stringify(tenantId)}`, {
        cause: error,
      });
    }
    routes.set(tenantId, assertTableName(tableName, `SILO_TABLES[${tenantId}]`));
  }
  return routes;
};

export const createTableRouter = (
  pooledTableName: string,
  siloTables: ReadonlyMap<string, string> = new Map(),
): TableRouter => {
  assertTableName(pooledTableName, 'the pooled table');
  return {
    pooledTableName,
    tableFor: (tenantId) => siloTables.get(tenantId) ?? pooledTableName,
  };
};
