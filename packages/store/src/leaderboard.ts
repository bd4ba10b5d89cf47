// The leaderboard's weights (versioned, written by the secretariat) and its monthly boards (written by the
// job, unconditionally until the month's board is final) in the alliance partition.
import {
  DomainError,
  LEADERBOARD_MEASURES,
  type Leaderboard,
  type LeaderboardRepository,
  type StoredWeights,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { leaderboardKey, leaderboardWeightsKey, withoutKeys } from './keys.ts';
import { transact } from './transact.ts';

export const createLeaderboardRepository = (platform: StoreContext): LeaderboardRepository => ({
  async weights(allianceId) {
    const item = await platform.allianceItems.get(leaderboardWeightsKey(allianceId));
    return item ? withoutKeys<StoredWeights>(item) : undefined;
  },

  async putWeights(scope, weights, expectedVersion, at, meta) {
    const s = await platform.tenant(scope.tenantId, [scope.allianceId]);
    const stored: StoredWeights = {
      ...(Object.fromEntries(
        LEADERBOARD_MEASURES.map((measure) => [measure, weights[measure]]),
      ) as typeof weights),
      version: expectedVersion + 1,
      updatedAt: at,
    };
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.allianceTableName,
            Item: { ...leaderboardWeightsKey(scope.allianceId), type: 'LEADERBOARD_WEIGHTS', ...stored },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: '#version = :expected',
                  ExpressionAttributeNames: { '#version': 'version' },
                  ExpressionAttributeValues: { ':expected': expectedVersion },
                }),
          },
        },
        onConditionFailed: () => new DomainError('version.mismatch'),
      },
      ...allianceWriteMetaOps(s, scope.allianceId, meta),
    ]);
    return stored;
  },

  async board({ allianceId, tenantId }, month) {
    const s = tenantId === undefined ? platform : await platform.tenant(tenantId, [allianceId]);
    const item = await s.allianceItems.get(leaderboardKey(allianceId, month));
    return item ? withoutKeys<Leaderboard>(item) : undefined;
  },

  async putBoard(board, audit) {
    try {
      await transact(platform, [
        {
          item: {
            Put: {
              TableName: platform.allianceTableName,
              Item: { ...leaderboardKey(board.allianceId, board.month), type: 'LEADERBOARD', ...board },
              ConditionExpression: 'attribute_not_exists(pk) OR #final = :false',
              ExpressionAttributeNames: { '#final': 'final' },
              ExpressionAttributeValues: { ':false': false },
            },
          },
          onConditionFailed: () => new DomainError('version.mismatch'),
        },
        // The job acts as the platform: audited in the platform's trail.
        putAuditOp({ tableName: platform.allianceTableName }, null, audit),
      ]);
    } catch (error) {
      // A final board stays as it was: computing it again is a no-op, not a failure.
      if (error instanceof DomainError && error.code === 'version.mismatch') return;
      throw error;
    }
  },
});
