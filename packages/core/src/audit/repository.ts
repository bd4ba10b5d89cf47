// Reading a tenant's audit trail, newest first (implemented in @lianjian/store).
import type { Page } from '../shared/schema.ts';
import type { AuditEntry } from '../shared/write.ts';

export interface AuditRepository {
  list(tenantId: string, query: { limit: number; cursor?: string }): Promise<Page<AuditEntry>>;
}
