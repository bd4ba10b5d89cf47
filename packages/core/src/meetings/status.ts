// The status machines of meetings and action items, as data (the README's tables are these).
import type { Transition } from '../lists/status.ts';
import { DomainError } from '../shared/errors.ts';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Held and cancelled are final; a held meeting's record (minutes, decisions) may still be completed. */
export const MEETING_TRANSITIONS = {
  /** On or after its date (Asia/Shanghai). */
  hold: { from: ['scheduled'], to: 'held', by: 'secretariat or host' },
  cancel: { from: ['scheduled'], to: 'cancelled', by: 'secretariat or host, with a reason' },
} as const satisfies Record<string, Transition<MeetingStatus>>;
export type MeetingAction = keyof typeof MEETING_TRANSITIONS;

export const ACTION_ITEM_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Done and cancelled are final; only open items are reassigned or edited. */
export const ACTION_ITEM_TRANSITIONS = {
  complete: { from: ['open'], to: 'done', by: 'assignee, with a note' },
  cancel: { from: ['open'], to: 'cancelled', by: 'secretariat or host' },
} as const satisfies Record<string, Transition<ActionItemStatus>>;
export type ActionItemAction = keyof typeof ACTION_ITEM_TRANSITIONS;

/** The status a meeting action leads to, or `meeting.notScheduled`. */
export const meetingTransition = (action: MeetingAction, status: MeetingStatus): MeetingStatus => {
  const transition: Transition<MeetingStatus> = MEETING_TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DomainError('meeting.notScheduled', { status, action });
  return transition.to;
};

/** The status an action-item action leads to, or `actionItem.notOpen`. */
export const actionItemTransition = (
  action: ActionItemAction,
  status: ActionItemStatus,
): ActionItemStatus => {
  const transition: Transition<ActionItemStatus> = ACTION_ITEM_TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DomainError('actionItem.notOpen', { status, action });
  return transition.to;
};

/** Statuses in problem details, in the caller's language. */
export const MEETING_STATUS_LABELS: Readonly<
  Record<MeetingStatus | ActionItemStatus, { zh: string; en: string }>
> = {
  scheduled: { zh: '已安排', en: 'scheduled' },
  held: { zh: '已召开', en: 'held' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  open: { zh: '待办', en: 'open' },
  done: { zh: '已完成', en: 'done' },
};

/** 联席会议 · 党委会议 · 专题研讨, for feed subjects without a title. */
export const MEETING_KIND_LABELS = {
  joint_meeting: '联席会议',
  committee_meeting: '党委会议',
  seminar: '专题研讨',
} as const;
