// The owner's side of a member unit: the reference naming the private record a projection copies.
import type { MemberUnitSource } from '@lianjian/core';
import { memberUnitRefKey, memberUnitSourceKey } from './keys.ts';
import type { TransactOp } from './transact.ts';

export interface StoredRef {
  readonly memberUnitId: string;
  readonly sourceKind: MemberUnitSource['kind'];
  readonly sourceId: string;
}

export const sourceOf = (ref: StoredRef): MemberUnitSource => ({ kind: ref.sourceKind, id: ref.sourceId });

/** Deletes of the owner's side of one member unit. */
export const ownerSideDeletes = (
  tableName: string,
  tenantId: string,
  allianceId: string,
  memberUnitId: string,
  source: MemberUnitSource | undefined,
): TransactOp[] => [
  { item: { Delete: { TableName: tableName, Key: memberUnitRefKey(tenantId, allianceId, memberUnitId) } } },
  ...(source
    ? [
        {
          item: {
            Delete: {
              TableName: tableName,
              Key: memberUnitSourceKey(tenantId, allianceId, source.kind, source.id),
            },
          },
        },
      ]
    : []),
];
