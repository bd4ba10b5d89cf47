// The dashboard and leaderboard counters a meeting or action-item write moves (names are a contract, see
// stats/deltas.ts): `meetings.<status>` on the host, `actions.<status>` on the assignee, and at completion
// `actions.doneOnTime` / `actions.doneLate` plus the month's `board.actionItemsDoneOnTime`.
import { counted, countedInMonth, type StatDelta, shanghaiMonth, statusMoved } from '../stats/deltas.ts';
import type { ActionItem, Meeting } from './schema.ts';

/** A record counted under `prefix` for one tenant, moving to another tenant and/or status. */
const moved = (
  prefix: string,
  before: { tenantId: string; status: string } | undefined,
  after: { tenantId: string; status: string },
): StatDelta[] =>
  before && before.tenantId !== after.tenantId
    ? [
        ...statusMoved(before.tenantId, prefix, before.status, undefined),
        ...statusMoved(after.tenantId, prefix, undefined, after.status),
      ]
    : statusMoved(after.tenantId, prefix, before?.status, after.status);

/** A meeting created (`before` absent), moved to another status or handed to another host. */
export const meetingDeltas = (before: Meeting | undefined, after: Meeting): StatDelta[] =>
  moved('meetings', before && { tenantId: before.hostTenantId, status: before.status }, {
    tenantId: after.hostTenantId,
    status: after.status,
  });

/** An action item created, reassigned, done or cancelled. */
export const actionItemDeltas = (before: ActionItem | undefined, after: ActionItem): StatDelta[] => {
  const deltas = moved('actions', before && { tenantId: before.assigneeTenantId, status: before.status }, {
    tenantId: after.assigneeTenantId,
    status: after.status,
  });
  if (after.status !== 'done' || before?.status === 'done' || after.doneAt === undefined) return deltas;
  const assignee = after.assigneeTenantId;
  return after.doneOnTime
    ? [
        ...deltas,
        counted(assignee, 'actions.doneOnTime'),
        countedInMonth(assignee, 'board.actionItemsDoneOnTime', shanghaiMonth(after.doneAt)),
      ]
    : [...deltas, counted(assignee, 'actions.doneLate')];
};
