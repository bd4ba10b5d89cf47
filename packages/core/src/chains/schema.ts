// An industry chain or cluster (产业链 / 产业集群) the tenant organises Party work along.
import * as z from 'zod/mini';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';

export const chainSchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  /** 链长: the official who leads the chain, with their title. */
  const Leader = z.strictObject({ name: textLine(50), title: textLine(100) });

  return {
    Create: z.strictObject({
      name: textLine(100),
      leader: z.optional(Leader),
      leadDepartment: z.optional(textLine(100)),
      /** 链主: the lead enterprise, a unit of the tenant. */
      leadUnitId: z.optional(Id),
      /** The functional branch or cluster committee serving the chain, an organization of the tenant. */
      servingOrgId: z.optional(Id),
      description: z.optional(textLine(500)),
    }),

    /** JSON merge patch: a field set to null is removed. */
    Update: z.strictObject({
      name: z.optional(textLine(100)),
      leader: z.optional(z.nullable(Leader)),
      leadDepartment: z.optional(z.nullable(textLine(100))),
      leadUnitId: z.optional(z.nullable(Id)),
      servingOrgId: z.optional(z.nullable(Id)),
      description: z.optional(z.nullable(textLine(500))),
    }),

    Chain: z.object({
      ...resourceMetaShape,
      name: z.string(),
      leader: z.optional(z.object({ name: z.string(), title: z.string() })),
      leadDepartment: z.optional(z.string()),
      leadUnitId: z.optional(z.string()),
      servingOrgId: z.optional(z.string()),
      description: z.optional(z.string()),
      /** Member units; kept by the membership writes. */
      memberCount: z.int(),
    }),

    Params: z.strictObject({ chainId: Id }),
    MemberParams: z.strictObject({ chainId: Id, unitId: Id }),
    ListQuery: z.strictObject({ ...pageQueryShape }),
  };
});

type ChainSchemas = ReturnType<typeof chainSchemas>;
export type CreateChain = z.infer<ChainSchemas['Create']>;
export type UpdateChain = z.infer<ChainSchemas['Update']>;
export type Chain = z.infer<ChainSchemas['Chain']>;
