// Everything one unit change touches, as transaction operations: the unit itself, its credit-code and name
// claims, its entries in each coverage category, its chains' member counts and the kept coverage counts.
// Units, organisations (hosting) and chains (membership) all change units through here, so the derived
// items cannot drift from the units whatever route made the change.
import {
  type CountDelta,
  countDeltas,
  DomainError,
  factsChanged,
  type StoredUnit,
  type UnitTransition,
  unitCategories,
} from '@lianjian/core';
import type { StoreContext } from './context.ts';
import {
  chainKey,
  coverageCountKey,
  unitCategoryKey,
  unitCreditCodeKey,
  unitGapIndexKey,
  unitKey,
  unitNameKey,
} from './keys.ts';
import { MAX_TRANSACTION_OPS, type TransactOp } from './transact.ts';

export const unitItem = (tenantId: string, unit: StoredUnit) => ({
  ...unitKey(tenantId, unit.id),
  type: 'UNIT',
  ...unit,
});

/** A unit's entry in one category; carries the facts list filters test, and the gap index key if uncovered. */
export const unitCategoryItem = (tenantId: string, category: string, unit: StoredUnit) => ({
  ...unitCategoryKey(tenantId, category, unit.id),
  ...(unit.hasPartyOrg ? {} : unitGapIndexKey(tenantId, category, unit.id)),
  type: 'UNIT_INDEX',
  unitId: unit.id,
  kind: unit.kind,
  town: unit.town,
  flags: unit.flags,
  chainIds: unit.chainIds,
  hasPartyOrg: unit.hasPartyOrg,
});

/** The unit item itself, checked against the revision (and, for client edits, the version) read. */
const unitOp = (s: StoreContext, tenantId: string, change: UnitTransition): TransactOp => {
  const { before, after, expectedVersion } = change;
  if (!before) {
    return {
      item: {
        Put: {
          TableName: s.tableName,
          Item: unitItem(tenantId, after as StoredUnit),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    };
  }
  const versioned = expectedVersion !== undefined;
  const condition = {
    ConditionExpression: versioned ? 'rev = :rev AND version = :version' : 'rev = :rev',
    ExpressionAttributeValues: versioned
      ? { ':rev': before.rev, ':version': expectedVersion }
      : { ':rev': before.rev },
  };
  const onConditionFailed = (stored: Record<string, unknown> | undefined) => {
    if (!stored) return new DomainError('resource.notFound');
    if (versioned && stored.version !== expectedVersion) return new DomainError('version.mismatch');
    return new DomainError('write.conflict');
  };
  return after
    ? {
        item: { Put: { TableName: s.tableName, Item: unitItem(tenantId, after), ...condition } },
        onConditionFailed,
      }
    : {
        item: { Delete: { TableName: s.tableName, Key: unitKey(tenantId, before.id), ...condition } },
        onConditionFailed,
      };
};

/** Moves a unique claim (credit code or name) from the old value to the new one. */
const claimOps = (
  s: StoreContext,
  unitId: string,
  key: (value: string) => { pk: string; sk: string },
  before: string | undefined,
  after: string | undefined,
  taken: (value: string) => DomainError,
): TransactOp[] => {
  if (before === after) return [];
  const ops: TransactOp[] = [];
  if (before !== undefined) {
    ops.push({
      item: {
        Delete: {
          TableName: s.tableName,
          Key: key(before),
          ConditionExpression: 'unitId = :unitId',
          ExpressionAttributeValues: { ':unitId': unitId },
        },
      },
      onConditionFailed: () => new DomainError('write.conflict'),
    });
  }
  if (after !== undefined) {
    ops.push({
      item: {
        Put: {
          TableName: s.tableName,
          Item: { ...key(after), type: 'UNIT_CLAIM', unitId },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => taken(after),
    });
  }
  return ops;
};

/** Category entries: removed from categories the unit left, rewritten where it is (its facts changed). */
const categoryOps = (s: StoreContext, tenantId: string, { before, after }: UnitTransition): TransactOp[] => {
  if (before && after && !factsChanged(before, after)) return [];
  const now = after ? unitCategories(after) : [];
  const left = before ? unitCategories(before).filter((category) => !now.includes(category)) : [];
  const unitId = (after ?? before)?.id as string;
  return [
    ...left.map(
      (category): TransactOp => ({
        item: { Delete: { TableName: s.tableName, Key: unitCategoryKey(tenantId, category, unitId) } },
      }),
    ),
    ...(after
      ? now.map(
          (category): TransactOp => ({
            item: { Put: { TableName: s.tableName, Item: unitCategoryItem(tenantId, category, after) } },
          }),
        )
      : []),
  ];
};

/**
 * Member counts of the chains the units joined or left, one Update per chain however many units moved (a
 * transaction may not touch an item twice); a chain must exist to count a member.
 */
const chainCountOps = (
  s: StoreContext,
  tenantId: string,
  transitions: readonly UnitTransition[],
): TransactOp[] => {
  const deltas = new Map<string, number>();
  const move = (chainId: string, delta: number) => deltas.set(chainId, (deltas.get(chainId) ?? 0) + delta);
  for (const { before, after } of transitions) {
    const was = before?.chainIds ?? [];
    const is = after?.chainIds ?? [];
    for (const id of is) if (!was.includes(id)) move(id, 1);
    for (const id of was) if (!is.includes(id)) move(id, -1);
  }
  return [...deltas].map(([chainId, delta]) => ({
    item: {
      Update: {
        TableName: s.tableName,
        Key: chainKey(tenantId, chainId),
        UpdateExpression: 'ADD memberCount :delta',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':delta': delta },
      },
    },
    onConditionFailed: () => new DomainError('resource.notFound'),
  }));
};

const countOp = (s: StoreContext, tenantId: string, category: string, delta: CountDelta): TransactOp => ({
  item: {
    Update: {
      TableName: s.tableName,
      Key: coverageCountKey(tenantId, category),
      UpdateExpression: 'SET category = :category, #type = :type ADD units :units, covered :covered',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':category': category,
        ':type': 'COVERAGE_COUNT',
        ':units': delta.units,
        ':covered': delta.covered,
      },
    },
  },
});

/** What one unit's change writes on its own: the unit item, its claims and its category entries. */
const ownOps = (s: StoreContext, tenantId: string, change: UnitTransition): TransactOp[] => {
  const unitId = (change.after ?? change.before)?.id as string;
  return [
    unitOp(s, tenantId, change),
    ...claimOps(
      s,
      unitId,
      (code) => unitCreditCodeKey(tenantId, code),
      change.before?.creditCode,
      change.after?.creditCode,
      (creditCode) => new DomainError('unit.creditCodeTaken', { creditCode }),
    ),
    ...claimOps(
      s,
      unitId,
      (name) => unitNameKey(tenantId, name),
      change.before?.name,
      change.after?.name,
      (name) => new DomainError('unit.nameTaken', { name }),
    ),
    ...categoryOps(s, tenantId, change),
  ];
};

/** The counts several units share (chain member counts, coverage counts): one operation per counter item. */
const sharedCountOps = (
  s: StoreContext,
  tenantId: string,
  transitions: readonly UnitTransition[],
): TransactOp[] => [
  ...chainCountOps(s, tenantId, transitions),
  ...[...countDeltas(transitions)].map(([category, delta]) => countOp(s, tenantId, category, delta)),
];

/**
 * Every operation that applies `transitions` (each a different unit) atomically; the counts they share are
 * merged, so each counter item is touched once.
 */
export const unitTransitionOps = (
  s: StoreContext,
  tenantId: string,
  transitions: readonly UnitTransition[],
): TransactOp[] => [
  ...transitions.flatMap((change) => ownOps(s, tenantId, change)),
  ...sharedCountOps(s, tenantId, transitions),
];

/**
 * Splits `items` (each one unit's transition plus `extraOps` operations of its own, e.g. audit entries), in
 * order, into groups whose operations fit one transaction. The size follows from the operation count: units
 * in many categories or chains leave room for fewer. An item too big even alone is a group of its own (its
 * write is then refused with `write.tooLarge`, as it would be alone).
 */
export const groupsFittingOneTransaction = <T>(
  s: StoreContext,
  tenantId: string,
  items: readonly T[],
  transitionOf: (item: T) => UnitTransition,
  extraOps: (item: T) => number,
): T[][] => {
  const groups: T[][] = [];
  let group: T[] = [];
  let groupOwnOps = 0;
  for (const item of items) {
    const own = ownOps(s, tenantId, transitionOf(item)).length + extraOps(item);
    const candidate = [...group, item];
    const shared = sharedCountOps(s, tenantId, candidate.map(transitionOf)).length;
    if (group.length > 0 && groupOwnOps + own + shared > MAX_TRANSACTION_OPS) {
      groups.push(group);
      group = [item];
      groupOwnOps = own;
    } else {
      group = candidate;
      groupOwnOps += own;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
};
