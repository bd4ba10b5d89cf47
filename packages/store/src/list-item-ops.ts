// The writes of a list item: created, changed by its owner or the secretariat, and its claim counters moved by
// claims. Counters (`pendingClaims`, `allocated`, `remaining`) are never written from a read copy unless the
// write is conditional on them, so concurrent claims are never lost or over-allocated.
import {
  type Claim,
  type ClaimDecision,
  DomainError,
  type ItemChange,
  itemRefusal,
  MAX_PENDING_CLAIMS,
  type StoredListItem,
} from '@lianjian/core';
import { listItemKey, withoutKeys } from './keys.ts';
import type { TransactOp } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';

/** Set once at creation. */
const FIXED = new Set(['id', 'createdAt', 'allianceId', 'kind', 'ownerTenantId']);
const COUNTERS = new Set(['allocated', 'pendingClaims', 'remaining']);
/** An item that is not past its valid-until date (ISO dates compare as strings). */
const UNEXPIRED = '(attribute_not_exists(validUntil) OR validUntil >= :today)';

const keyOf = (item: StoredListItem) => listItemKey(item.allianceId, item.kind, item.id);
const stored = (item: Record<string, unknown> | undefined) =>
  item ? withoutKeys<StoredListItem>(item) : undefined;

export const putItemOp = (tableName: string, item: StoredListItem): TransactOp => ({
  item: {
    Put: {
      TableName: tableName,
      Item: { ...keyOf(item), type: 'LIST_ITEM', ...item },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
});

/** See `ItemChange`: the fields on the version read; a moved counter only on its read value. */
export const updateItemOp = (tableName: string, { before, after, removed }: ItemChange): TransactOp => {
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(after).filter(([field]) => !FIXED.has(field) && !COUNTERS.has(field)),
  );
  const removes = [...removed];
  const guards: Record<string, number> = {};
  if (after.pendingClaims !== before.pendingClaims) {
    fields.pendingClaims = after.pendingClaims;
    guards.pendingClaims = before.pendingClaims ?? 0;
  }
  // `remaining` is quantity − allocated: written only while `allocated` is as read.
  if (after.remaining !== before.remaining) {
    if (after.remaining === undefined) removes.push('remaining');
    else fields.remaining = after.remaining;
    guards.allocated = before.allocated ?? 0;
  }
  const update = versionedUpdate(fields, removes, before.version);
  for (const [field, value] of Object.entries(guards)) {
    update.ExpressionAttributeNames[`#${field}`] = field;
    update.ExpressionAttributeValues[`:was_${field}`] = value;
    update.ConditionExpression += ` AND #${field} = :was_${field}`;
  }
  return {
    item: { Update: { TableName: tableName, Key: keyOf(before), ...update } },
    onConditionFailed: (item) => {
      if (!item) return new DomainError('resource.notFound');
      return new DomainError(item.version === before.version ? 'write.conflict' : 'version.mismatch');
    },
  };
};

/** A new claim counted on its item, while the item is open, unexpired, visible and can still take it. */
export const itemClaimOpenedOp = (
  tableName: string,
  item: StoredListItem,
  claim: Claim,
  today: string,
): TransactOp => {
  const limited = item.remaining !== undefined;
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keyOf(item),
        UpdateExpression: 'SET pendingClaims = pendingClaims + :one',
        ConditionExpression: `#status = :open AND #hidden = :false AND pendingClaims < :max AND ${UNEXPIRED}${
          limited ? ' AND remaining >= :quantity' : ''
        }`,
        ExpressionAttributeNames: { '#status': 'status', '#hidden': 'hidden' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':open': 'open',
          ':false': false,
          ':max': MAX_PENDING_CLAIMS,
          ':today': today,
          ...(limited ? { ':quantity': claim.quantity } : {}),
        },
      },
    },
    onConditionFailed: (found) => itemRefusal(stored(found), claim.quantity, today, true),
  };
};

/**
 * The item side of a claim's decision: one pending claim fewer and, on acceptance, the allocation. An
 * acceptance that leaves something over is conditional on `remaining > quantity`; the one that fulfils the
 * item on `remaining = quantity` and the item's version (it changes the status). So concurrent acceptances
 * each take their quantity or fail, and never allocate past `quantity`.
 */
export const itemClaimDecidedOp = (tableName: string, decision: ClaimDecision): TransactOp => {
  const { item, before: claim, accepted, today } = decision;
  if (!accepted)
    return {
      item: {
        Update: {
          TableName: tableName,
          Key: keyOf(item),
          UpdateExpression: 'SET pendingClaims = pendingClaims - :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
    };
  const { itemAfter } = accepted;
  const limited = item.remaining !== undefined;
  const fulfils = itemAfter.status !== item.status;
  const sets = ['pendingClaims = pendingClaims - :one', 'allocated = allocated + :quantity'];
  const conditions = ['#status = :open', UNEXPIRED];
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = {
    ':one': 1,
    ':quantity': claim.quantity,
    ':open': 'open',
    ':today': today,
  };
  if (limited) {
    sets.push('remaining = remaining - :quantity');
    conditions.push(fulfils ? 'remaining = :quantity' : 'remaining > :quantity');
  }
  if (fulfils) {
    sets.push('#status = :after', '#version = :next', 'updatedAt = :at');
    conditions.push('#version = :version');
    names['#version'] = 'version';
    Object.assign(values, {
      ':after': itemAfter.status,
      ':next': itemAfter.version,
      ':at': itemAfter.updatedAt,
      ':version': item.version,
    });
  }
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keyOf(item),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: (found) => itemRefusal(stored(found), claim.quantity, today, false),
  };
};
