// The audit trail a tenant administrator reads: one entry per write.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas } from '../shared/schema.ts';

export const auditSchemas = schemaGroup(() => ({
  Entry: z.object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string(),
    version: z.optional(z.int()),
    changes: z.array(z.string()),
    actor: z.object({
      sub: z.string(),
      kind: z.enum(['user', 'client']),
      tenantId: z.nullable(z.string()),
    }),
    requestId: z.string(),
  }),
  ListQuery: z.strictObject({ ...sharedSchemas().pageQueryShape }),
}));
