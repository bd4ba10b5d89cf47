// The alliance's activities and their registrations, in its partition, read and written through the caller's
// tenant session. Each write carries its counter deltas (statOps), audit entry and feed event in one transaction.
import type { ActivityRepository, ListScope, Registration, StoredActivity } from '@lianjian/core';
import { putActivityOp, registrationChangeOps, registrationOps, updateActivityOp } from './activity-ops.ts';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { statOps } from './alliance-stats.ts';
import type { StoreContext } from './context.ts';
import { type Filter, filteredPage, type Row } from './filtered-page.ts';
import {
  ACTIVITY_PREFIX,
  activityKey,
  alliancePartition,
  registrationKey,
  registrationPrefix,
  withoutKeys,
} from './keys.ts';
import { transact } from './transact.ts';

/** A FilterExpression of equalities on the given fields (those present). */
const equalities = (fields: Readonly<Record<string, string | undefined>>): Filter | undefined => {
  const present = Object.entries(fields).filter(([, value]) => value !== undefined);
  if (present.length === 0) return undefined;
  return {
    expression: present.map(([field]) => `#f_${field} = :f_${field}`).join(' AND '),
    names: Object.fromEntries(present.map(([field]) => [`#f_${field}`, field])),
    values: Object.fromEntries(present.map(([field, value]) => [`:f_${field}`, value])),
  };
};

const asIs = async (rows: Row[]) => rows;

export const createActivityRepository = (platform: StoreContext): ActivityRepository => {
  const session = (scope: ListScope) => platform.tenant(scope.tenantId, [scope.allianceId]);
  const tables = (s: StoreContext) => ({ tableName: s.tableName, allianceTableName: s.allianceTableName });

  return {
    async get(scope, activityId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(activityKey(scope.allianceId, activityId));
      return item ? withoutKeys<StoredActivity>(item) : undefined;
    },

    async list(scope, filter, page) {
      const s = await session(scope);
      // An alliance holds hundreds of activities over its life, not millions: a filtered read of its activities,
      // newest first, bounded per request (see filteredPage), is enough and needs no index entries.
      const found = await filteredPage(s, {
        binding: `activities|${scope.allianceId}|${JSON.stringify(filter)}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: ACTIVITY_PREFIX,
        newestFirst: true,
        filter: equalities({ status: filter.status, kind: filter.kind, organiserTenantId: filter.organiser }),
        resolve: asIs,
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<StoredActivity>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async create(scope, activity, response, deltas, meta) {
      const s = await session(scope);
      await transact(s, [
        putActivityOp(s.allianceTableName, activity),
        ...statOps(s.allianceTableName, scope.allianceId, deltas),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta, { type: 'activity', body: response }),
      ]);
    },

    async update(scope, change, meta) {
      const s = await session(scope);
      await transact(s, [
        updateActivityOp(s.allianceTableName, change),
        ...statOps(s.allianceTableName, scope.allianceId, change.deltas),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },

    async getRegistration(scope, activityId, registrationId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(registrationKey(scope.allianceId, activityId, registrationId));
      return item ? withoutKeys<Registration>(item) : undefined;
    },

    async registrations(scope, activityId, { tenantId }, page) {
      const s = await session(scope);
      const found = await filteredPage(s, {
        binding: `activities.registrations|${scope.allianceId}|${activityId}|${tenantId ?? '*'}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: registrationPrefix(activityId),
        newestFirst: false,
        filter: equalities({ tenantId }),
        resolve: asIs,
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<Registration>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async register(scope, input, meta) {
      const s = await session(scope);
      await transact(s, [
        ...registrationOps(s.allianceTableName, input),
        ...statOps(s.allianceTableName, scope.allianceId, input.deltas),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta, {
          type: 'registration',
          body: input.registration,
        }),
      ]);
    },

    async changeRegistration(scope, change, meta) {
      const s = await session(scope);
      await transact(s, [
        ...registrationChangeOps(s.allianceTableName, change),
        ...statOps(s.allianceTableName, scope.allianceId, change.deltas),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },
  };
};
