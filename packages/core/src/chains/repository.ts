// What the chain service needs from storage (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { WriteMeta } from '../shared/write.ts';
import type { Chain } from './schema.ts';

export interface ChainRepository {
  get(tenantId: string, chainId: string): Promise<Chain | undefined>;
  list(tenantId: string, query: { limit: number; cursor?: string | undefined }): Promise<Page<Chain>>;
  /** Every chain of the tenant (a tenant has tens, not thousands): the coverage dashboard names them. */
  all(tenantId: string): Promise<Chain[]>;
  create(tenantId: string, chain: Chain, meta: WriteMeta): Promise<void>;
  /** Fails with `version.mismatch` / `resource.notFound`. */
  update(
    tenantId: string,
    change: { expectedVersion: number; next: Chain; removed: readonly string[] },
    meta: WriteMeta,
  ): Promise<void>;
  /** Fails with `version.mismatch`, `resource.notFound` or `chain.hasMembers`. */
  remove(tenantId: string, chainId: string, expectedVersion: number, meta: WriteMeta): Promise<void>;
}
