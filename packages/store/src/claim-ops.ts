// The writes of a claim: created with its entry under the item, and rewritten whole on its version when it is
// decided or linked into a project. A pending claim carries its claimant's pending-index key; a decided one not.
import type { Claim, DomainError } from '@lianjian/core';
import { claimKey, itemClaimEntryKey, pendingClaimIndexKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

const claimItem = (claim: Claim) => ({
  ...claimKey(claim.allianceId, claim.id),
  type: 'CLAIM',
  ...claim,
  ...(claim.status === 'pending'
    ? pendingClaimIndexKey(claim.allianceId, claim.claimantTenantId, claim.id)
    : {}),
});

export const newClaimOps = (tableName: string, claim: Claim): TransactOp[] => [
  {
    item: {
      Put: { TableName: tableName, Item: claimItem(claim), ConditionExpression: 'attribute_not_exists(pk)' },
    },
  },
  {
    item: {
      Put: {
        TableName: tableName,
        Item: {
          ...itemClaimEntryKey(claim.allianceId, claim.itemId, claim.id),
          type: 'CLAIM_ENTRY',
          claimId: claim.id,
          claimantTenantId: claim.claimantTenantId,
        },
      },
    },
  },
];

/** `after` in place of `before`, if the claim is still at `before`'s version. */
export const putClaimOp = (
  tableName: string,
  before: Claim,
  after: Claim,
  onConditionFailed: (stored: Record<string, unknown> | undefined) => DomainError,
): TransactOp => ({
  item: {
    Put: {
      TableName: tableName,
      Item: claimItem(after),
      ConditionExpression: '#version = :version',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':version': before.version },
    },
  },
  onConditionFailed,
});
