// The writes of an activity and its registrations. The activity's registration counters (`registered`,
// `registeredBy.<tenant>`, `openTaken`) move only by ADD-like updates conditional on the place being there, so
// concurrent registrations never exceed a quota or the capacity; the organiser's edits never write them.
import {
  type ActivityChange,
  DomainError,
  type NewRegistration,
  type Registration,
  type RegistrationChange,
  registrationRefusal,
  type StoredActivity,
  unallocatedPlaces,
} from '@lianjian/core';
import { activityKey, registrationKey, withoutKeys } from './keys.ts';
import type { TransactOp } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';

/** Set once at creation. */
const FIXED = new Set(['id', 'createdAt', 'allianceId', 'organiserTenantId']);
const COUNTERS = new Set(['registered', 'registeredBy', 'openTaken']);

const keyOf = (activity: StoredActivity) => activityKey(activity.allianceId, activity.id);
const stored = (item: Record<string, unknown> | undefined) =>
  item ? withoutKeys<StoredActivity>(item) : undefined;

export const putActivityOp = (tableName: string, activity: StoredActivity): TransactOp => ({
  item: {
    Put: {
      TableName: tableName,
      Item: { ...keyOf(activity), type: 'ACTIVITY', ...activity },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
});

/**
 * See `ActivityChange`: the fields on the version read and, for a new plan, conditions that the stored counters
 * fit it (total within capacity, open places within the unallocated ones, each tenant within its quota).
 */
export const updateActivityOp = (tableName: string, change: ActivityChange): TransactOp => {
  const { before, after, removed, planChanged } = change;
  const fields = Object.fromEntries(
    Object.entries(after).filter(([field]) => !FIXED.has(field) && !COUNTERS.has(field)),
  );
  const update = versionedUpdate(fields, removed, before.version);
  if (planChanged) {
    const conditions: string[] = [];
    const names = update.ExpressionAttributeNames;
    const values = update.ExpressionAttributeValues;
    const free = unallocatedPlaces(after);
    if (after.capacity !== undefined) {
      conditions.push('registered <= :planCapacity');
      values[':planCapacity'] = after.capacity;
    }
    if (free !== undefined) {
      conditions.push('openTaken <= :planFree');
      values[':planFree'] = free;
    }
    Object.entries(after.quotas).forEach(([tenantId, places], index) => {
      names[`#quotaTenant${index}`] = tenantId;
      values[`:quota${index}`] = places;
      conditions.push(
        `(attribute_not_exists(registeredBy.#quotaTenant${index}) OR registeredBy.#quotaTenant${index} <= :quota${index})`,
      );
    });
    if (conditions.length > 0) update.ConditionExpression += ` AND ${conditions.join(' AND ')}`;
  }
  return {
    item: { Update: { TableName: tableName, Key: keyOf(before), ...update } },
    onConditionFailed: (item) => {
      if (!item) return new DomainError('resource.notFound');
      if (item.version !== before.version) return new DomainError('version.mismatch');
      return new DomainError('activity.belowRegistered', { registered: Number(item.registered ?? 0) });
    },
  };
};

const registrationItem = (registration: Registration) => ({
  ...registrationKey(registration.allianceId, registration.activityId, registration.id),
  type: 'ACTIVITY_REGISTRATION',
  ...registration,
});

/**
 * A registration and its place: the activity's counters up by one, on condition that the activity is at the
 * version read (so its status, capacity and quotas are the ones the place was chosen from) and that the place
 * is still free: `registered < capacity`, and `registeredBy.<tenant> < quota` or `openTaken < unallocated`.
 */
export const registrationOps = (tableName: string, input: NewRegistration): TransactOp[] => {
  const { registration, pool, activity, now } = input;
  const sets = [
    'registered = registered + :one',
    'registeredBy.#tenant = if_not_exists(registeredBy.#tenant, :zero) + :one',
  ];
  const conditions = ['#version = :version', '#status = :open'];
  const values: Record<string, unknown> = {
    ':one': 1,
    ':zero': 0,
    ':version': activity.version,
    ':open': 'open',
  };
  if (activity.capacity !== undefined) {
    conditions.push('registered < :capacity');
    values[':capacity'] = activity.capacity;
  }
  if (pool === 'quota') {
    conditions.push('(attribute_not_exists(registeredBy.#tenant) OR registeredBy.#tenant < :quota)');
    values[':quota'] = activity.quotas[registration.tenantId] ?? 0;
  } else {
    sets.push('openTaken = openTaken + :one');
    const free = unallocatedPlaces(activity);
    if (free !== undefined) {
      conditions.push('openTaken < :free');
      values[':free'] = free;
    }
  }
  return [
    {
      item: {
        Put: {
          TableName: tableName,
          Item: registrationItem(registration),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      item: {
        Update: {
          TableName: tableName,
          Key: keyOf(activity),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: {
            '#version': 'version',
            '#status': 'status',
            '#tenant': registration.tenantId,
          },
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (found) => registrationRefusal(stored(found), registration.tenantId, now),
    },
  ];
};

/**
 * A registration rewritten on its version and, on cancellation, its place given back (while the activity is
 * open or closed); an attendance needs the activity done.
 */
export const registrationChangeOps = (tableName: string, change: RegistrationChange): TransactOp[] => {
  const { before, after, activity, releases } = change;
  const registrationOp: TransactOp = {
    item: {
      Put: {
        TableName: tableName,
        Item: registrationItem(after),
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': before.version },
      },
    },
    onConditionFailed: (item) => {
      if (!item) return new DomainError('resource.notFound');
      if (item.status !== 'registered') return new DomainError('registration.notActive');
      return new DomainError('write.conflict');
    },
  };
  const statusRefusal = (action: string) => (item: Record<string, unknown> | undefined) =>
    item
      ? new DomainError('activity.wrongStatus', { status: String(item.status), action })
      : new DomainError('resource.notFound');
  if (!releases)
    return [
      registrationOp,
      {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keyOf(activity),
            ConditionExpression: '#status = :done',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':done': 'done' },
          },
        },
        onConditionFailed: statusRefusal('attendance'),
      },
    ];
  const sets = ['registered = registered - :one', 'registeredBy.#tenant = registeredBy.#tenant - :one'];
  if (before.pool === 'open') sets.push('openTaken = openTaken - :one');
  return [
    registrationOp,
    {
      item: {
        Update: {
          TableName: tableName,
          Key: keyOf(activity),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#status IN (:open, :closed)',
          ExpressionAttributeNames: { '#status': 'status', '#tenant': before.tenantId },
          ExpressionAttributeValues: { ':one': 1, ':open': 'open', ':closed': 'closed' },
        },
      },
      onConditionFailed: statusRefusal('cancelRegistration'),
    },
  ];
};
