// The alliance counters activities keep (see stats/deltas.ts): what each activity write adds, in its own
// transaction. Names are the dashboard's and leaderboard's contract.
import { counted, countedInMonth, type StatDelta, shanghaiMonth, statusMoved } from '../stats/deltas.ts';
import { type Outcome, RATE_UNIT } from './schema.ts';
import type { ActivityStatus } from './status.ts';

interface Organised {
  readonly organiserTenantId: string;
  readonly startsAt: string;
}

/**
 * `activities.<status>` on the organiser; `board.activitiesHosted` in the month the activity starts, +1 when it
 * becomes done and −1 if it ever leaves done.
 */
export const activityStatusDeltas = (
  activity: Organised,
  from: ActivityStatus | undefined,
  to: ActivityStatus | undefined,
): StatDelta[] => {
  const deltas = statusMoved(activity.organiserTenantId, 'activities', from, to);
  const hosted = (to === 'done' ? 1 : 0) - (from === 'done' ? 1 : 0);
  if (hosted !== 0 && from !== to)
    deltas.push(
      countedInMonth(
        activity.organiserTenantId,
        'board.activitiesHosted',
        shanghaiMonth(activity.startsAt),
        hosted,
      ),
    );
  return deltas;
};

/** `outcomes.<name>|<unit>` on the organiser, moved by what the edit changed; rates (`%`) are not added up. */
export const outcomeDeltas = (
  organiserTenantId: string,
  before: readonly Outcome[],
  after: readonly Outcome[],
): StatDelta[] => {
  const totals = new Map<string, number>();
  const add = (outcomes: readonly Outcome[], sign: number) => {
    for (const { name, unit, value } of outcomes)
      if (unit !== RATE_UNIT)
        totals.set(`${name}|${unit}`, (totals.get(`${name}|${unit}`) ?? 0) + sign * value);
  };
  add(before, -1);
  add(after, 1);
  return [...totals]
    .filter(([, by]) => by !== 0)
    .map(([key, by]) => counted(organiserTenantId, `outcomes.${key}`, by));
};

/** `activities.registrations` on the registering tenant: +1 for a registration, −1 when one is cancelled. */
export const registrationDeltas = (tenantId: string, by: 1 | -1): StatDelta[] => [
  counted(tenantId, 'activities.registrations', by),
];

/**
 * `activities.attended` and the monthly `board.participantsSent` (month of the activity's start) on the
 * registering tenant: +1 when marked attended, −1 when that is taken back.
 */
export const attendanceDeltas = (
  tenantId: string,
  startsAt: string,
  before: boolean | undefined,
  after: boolean,
): StatDelta[] => {
  const by = (after ? 1 : 0) - (before ? 1 : 0);
  if (by === 0) return [];
  return [
    counted(tenantId, 'activities.attended', by),
    countedInMonth(tenantId, 'board.participantsSent', shanghaiMonth(startsAt), by),
  ];
};
