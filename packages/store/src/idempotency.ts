// Idempotency records: the first response to a create, kept 24 hours under the client's key.

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { IdempotencyClaim } from '@lianjian/core';
import { DomainError } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { type IdempotencyScope, idempotencyKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

const RETENTION_SECONDS = 24 * 60 * 60;

export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly resourceType: string;
  /** The resource as the first request created it. */
  readonly body: Record<string, unknown>;
}

/** The Put that claims `claim.key` for this create; fails if another request claimed it first. */
export const putIdempotencyOp = (
  store: Pick<StoreContext, 'tableName'>,
  scope: IdempotencyScope,
  claim: IdempotencyClaim,
  resourceType: string,
  body: object,
  now: Date,
): TransactOp => ({
  item: {
    Put: {
      TableName: store.tableName,
      Item: {
        ...idempotencyKey(scope, claim.key),
        type: 'IDEM',
        fingerprint: claim.fingerprint,
        resourceType,
        body,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + RETENTION_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
    },
  },
  onConditionFailed: () => new DomainError('idempotency.inProgress'),
});

export interface IdempotencyStore {
  /** The live record for `key`, or undefined when none was kept or it expired. */
  find(scope: IdempotencyScope, key: string, now: Date): Promise<IdempotencyRecord | undefined>;
}

export const createIdempotencyStore = (store: StoreContext): IdempotencyStore => ({
  async find(scope, key, now) {
    // A tenant's records live in its partition, read with its session; operators' in the platform's.
    const s = scope.tenantId === null ? store : await store.tenant(scope.tenantId);
    const { Item } = await s.doc.send(
      new GetCommand({ TableName: s.tableName, Key: idempotencyKey(scope, key), ConsistentRead: true }),
    );
    if (!Item || (Item.expiresAt as number) < Math.floor(now.getTime() / 1000)) return undefined;
    return { fingerprint: Item.fingerprint, resourceType: Item.resourceType, body: Item.body };
  },
});
