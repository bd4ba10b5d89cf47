// Charter versions in the alliance partition (`CHARTER#000001`, …), written once each and never changed.
// Adopting version n needs version n-1 present and version n absent, so versions stay contiguous and two
// adoptions of the same base cannot both succeed.
import { type CharterRepository, type CharterVersion, DomainError } from '@lianjian/core';
import { allianceWriteMetaOps } from '../alliance-meta.ts';
import { allianceSession, onAllianceTable } from '../alliance-session.ts';
import type { StoreContext } from '../context.ts';
import { alliancePartition, CHARTER_PREFIX, charterKey, withoutKeys } from '../keys.ts';
import { queryPage } from '../query.ts';
import { type TransactOp, transact } from '../transact.ts';

const stale = () => new DomainError('version.mismatch');

export const createCharterRepository = (platform: StoreContext): CharterRepository => {
  const newestFirst = async (
    scope: { allianceId: string; tenantId: string },
    limit: number,
    cursor?: string,
  ) => {
    const s = await allianceSession(platform, scope);
    return queryPage<CharterVersion>(onAllianceTable(s), {
      name: 'charter.versions',
      partition: alliancePartition(scope.allianceId),
      skPrefix: CHARTER_PREFIX,
      newestFirst: true,
      limit,
      cursor,
    });
  };

  return {
    current: async (scope) => (await newestFirst(scope, 1)).items[0],

    async version(scope, version) {
      const s = await allianceSession(platform, scope);
      const item = await s.allianceItems.get(charterKey(scope.allianceId, version));
      return item ? withoutKeys<CharterVersion>(item) : undefined;
    },

    versions: (scope, { limit, cursor }) => newestFirst(scope, limit, cursor),

    async adopt(scope, charter, meta) {
      const s = await allianceSession(platform, scope);
      const { allianceId } = scope;
      const base: TransactOp[] =
        charter.version > 1
          ? [
              {
                item: {
                  ConditionCheck: {
                    TableName: s.allianceTableName,
                    Key: charterKey(allianceId, charter.version - 1),
                    ConditionExpression: 'attribute_exists(pk)',
                  },
                },
                onConditionFailed: stale,
              },
            ]
          : [];
      await transact(s, [
        {
          item: {
            Put: {
              TableName: s.allianceTableName,
              Item: { ...charterKey(allianceId, charter.version), type: 'CHARTER', ...charter },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: stale,
        },
        ...base,
        ...allianceWriteMetaOps(s, allianceId, meta),
      ]);
    },
  };
};
