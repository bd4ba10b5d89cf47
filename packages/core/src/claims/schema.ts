// Two-way claiming (双向认领): a member offers to meet another's need, or asks to use another's resource.
import * as z from 'zod/mini';
import { CLAIMABLE_KINDS } from '../lists/schema.ts';
import { CLAIM_STATUSES } from '../lists/status.ts';
import { schemaGroup, sharedSchemas, textLine } from '../shared/schema.ts';

/**
 * Pending claims an item may have at once. Withdrawing an item drops them in its own transaction, so this
 * keeps that transaction well under DynamoDB's 100 operations.
 */
export const MAX_PENDING_CLAIMS = 50;

export const claimSchemas = schemaGroup(() => {
  const { Id, pageQueryShape, resourceMetaShape } = sharedSchemas();
  return {
    Create: z.strictObject({
      /** What the claimant offers or asks, for the owner to decide on. */
      note: z.optional(textLine(1000)),
      /** How much of the item's quantity is claimed. */
      quantity: z._default(z.int().check(z.minimum(1), z.maximum(1_000_000)), 1),
      /** The claimant's member unit (opaque id for now). */
      claimantUnitId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/))),
    }),
    /** The owner's answer; `{}` when there is nothing to add. */
    Decision: z.strictObject({ note: z.optional(textLine(500)) }),

    Claim: z.object({
      ...resourceMetaShape,
      allianceId: z.string(),
      itemId: z.string(),
      itemKind: z.enum(CLAIMABLE_KINDS),
      itemOwnerTenantId: z.string(),
      claimantTenantId: z.string(),
      claimantUnitId: z.optional(z.string()),
      note: z.optional(z.string()),
      quantity: z.int(),
      status: z.enum(CLAIM_STATUSES),
      decidedAt: z.optional(z.string()),
      decisionNote: z.optional(z.string()),
      /** The project this (accepted) claim was joined into. */
      projectId: z.optional(z.string()),
    }),

    ListQuery: z.strictObject({ ...pageQueryShape }),
    Params: z.strictObject({ allianceId: Id, itemId: Id }),
    ClaimParams: z.strictObject({ allianceId: Id, itemId: Id, claimId: Id }),
  };
});

type ClaimSchemas = ReturnType<typeof claimSchemas>;
export type Claim = z.infer<ClaimSchemas['Claim']>;
export type CreateClaim = z.infer<ClaimSchemas['Create']>;
export type ClaimDecisionInput = z.infer<ClaimSchemas['Decision']>;
