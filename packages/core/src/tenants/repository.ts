// What the tenant service needs from storage (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { WriteMeta } from '../shared/write.ts';
import type { Tenant } from './schema.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(query: { limit: number; cursor?: string }): Promise<Page<Tenant>>;
  /** Fails with `tenant.exists` if the id is taken. */
  create(tenant: Tenant, meta: WriteMeta): Promise<void>;
  /** Fails with `version.mismatch` if the stored version is not `expectedVersion`. */
  update(next: Tenant, expectedVersion: number, meta: WriteMeta): Promise<void>;
}
