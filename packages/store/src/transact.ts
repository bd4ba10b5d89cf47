// One TransactWriteItems call, with each operation's condition failure mapped to a domain error.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DomainError } from '@lianjian/core';
import type { StoreContext } from './context.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface TransactOp {
  readonly item: TransactItem;
  /** The error to raise when this operation's condition fails; gets the item as stored, if any. */
  readonly onConditionFailed?: (stored: Record<string, unknown> | undefined) => DomainError;
}

/** DynamoDB's limit on the operations of one transaction. */
export const MAX_TRANSACTION_OPS = 100;

/** Runs every operation atomically, or none. */
export const transact = async (store: StoreContext, ops: readonly TransactOp[]): Promise<void> => {
  // A change too big for one transaction is refused whole rather than split (splitting would lose atomicity).
  if (ops.length > MAX_TRANSACTION_OPS)
    throw new DomainError('write.tooLarge', { operations: ops.length, limit: MAX_TRANSACTION_OPS });
  const items = ops.map(({ item }) => returningStoredItem(item));
  try {
    await store.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    for (const [index, reason] of reasons.entries()) {
      if (reason.Code !== 'ConditionalCheckFailed') continue;
      const stored = reason.Item ? unmarshall(reason.Item) : undefined;
      throw ops[index]?.onConditionFailed?.(stored) ?? new DomainError('version.mismatch');
    }
    if (reasons.some((reason) => reason.Code === 'TransactionConflict'))
      throw new DomainError('write.conflict');
    throw error;
  }
};

/** Asks for the stored item back when a condition fails, to tell "changed" from "gone". */
const returningStoredItem = (item: TransactItem): TransactItem => {
  const failure = { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const };
  if (item.Put) return { Put: { ...item.Put, ...failure } };
  if (item.Update) return { Update: { ...item.Update, ...failure } };
  if (item.Delete) return { Delete: { ...item.Delete, ...failure } };
  if (item.ConditionCheck) return { ConditionCheck: { ...item.ConditionCheck, ...failure } };
  return item;
};
