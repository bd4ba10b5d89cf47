// The pure parts of meetings: when the next meeting is due, and which counters a write moves.
import { describe, expect, it } from 'vitest';
import { actionItemDeltas, meetingDeltas } from './counters.ts';
import { nextMeeting } from './next-due.ts';
import type { ActionItem, Meeting } from './schema.ts';

const cadence = { version: 1, kind: 'committee_meeting', everyMonths: 2 } as const;

describe('next meeting due', () => {
  it('is the last held date plus the cadence, overdue the day after it', () => {
    const last = { id: 'm1', date: '2026-09-15' };
    expect(nextMeeting(cadence, last, undefined, '2026-11-15')).toMatchObject({
      dueOn: '2026-11-15',
      overdue: false,
    });
    expect(nextMeeting(cadence, last, undefined, '2026-11-22')).toMatchObject({
      dueOn: '2026-11-15',
      overdue: true,
      daysOverdue: 7,
    });
  });

  it('clamps month ends and has no due date without a held meeting', () => {
    expect(nextMeeting(cadence, { id: 'm', date: '2025-12-31' }, undefined, '2026-01-01').dueOn).toBe(
      '2026-02-28',
    );
    expect(nextMeeting(cadence, undefined, { id: 's', date: '2026-12-01' }, '2026-11-22')).toEqual({
      cadence,
      scheduled: { id: 's', date: '2026-12-01' },
      overdue: false,
    });
  });
});

const item = (fields: Partial<ActionItem>): ActionItem => ({
  id: 'a',
  version: 1,
  createdAt: '',
  updatedAt: '',
  allianceId: 'x',
  meetingId: 'm',
  title: 't',
  assigneeTenantId: 'zj-pinghu',
  dueOn: '2026-10-31',
  status: 'open',
  createdByTenantId: 'sh-jinshan',
  ...fields,
});

describe('meeting and action-item counters', () => {
  it('moves a meeting between hosts with its status', () => {
    const before = { hostTenantId: 'sh-jinshan', status: 'held' } as Meeting;
    const after = { hostTenantId: 'zj-pinghu', status: 'held' } as Meeting;
    expect(meetingDeltas(before, after)).toEqual([
      { tenantId: 'sh-jinshan', counter: 'meetings.held', by: -1 },
      { tenantId: 'zj-pinghu', counter: 'meetings.held', by: 1 },
    ]);
    expect(meetingDeltas(undefined, before)).toEqual([
      { tenantId: 'sh-jinshan', counter: 'meetings.held', by: 1 },
    ]);
  });

  it('counts a completion on time in its Shanghai month, a late one only all-time', () => {
    const open = item({});
    // 00:30 on 1 November in Shanghai (still October in UTC), the due day itself.
    const onTime = item({
      status: 'done',
      dueOn: '2026-11-01',
      doneAt: '2026-10-31T16:30:00.000Z',
      doneOnTime: true,
    });
    expect(actionItemDeltas(open, onTime)).toEqual([
      { tenantId: 'zj-pinghu', counter: 'actions.open', by: -1 },
      { tenantId: 'zj-pinghu', counter: 'actions.done', by: 1 },
      { tenantId: 'zj-pinghu', counter: 'actions.doneOnTime', by: 1 },
      { tenantId: 'zj-pinghu', counter: 'board.actionItemsDoneOnTime', by: 1, month: '2026-11' },
    ]);
    const late = item({ status: 'done', doneAt: '2026-11-02T01:00:00.000Z', doneOnTime: false });
    expect(actionItemDeltas(open, late).at(-1)).toEqual({
      tenantId: 'zj-pinghu',
      counter: 'actions.doneLate',
      by: 1,
    });
    expect(actionItemDeltas(open, item({ assigneeTenantId: 'zj-jiashan' }))).toEqual([
      { tenantId: 'zj-pinghu', counter: 'actions.open', by: -1 },
      { tenantId: 'zj-jiashan', counter: 'actions.open', by: 1 },
    ]);
  });
});
