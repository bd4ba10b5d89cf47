// The status machine of an activity, as data: each action, the statuses it may start from, where it leads and who
// takes it. The service looks actions up here; the README's table is this one.
import type { Transition } from '../lists/status.ts';
import { DomainError } from '../shared/errors.ts';

/** planned → open (registration) → closed (registration over) → done (it took place), or cancelled. */
export const ACTIVITY_STATUSES = ['planned', 'open', 'closed', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The statuses a new activity may start in. */
export const INITIAL_ACTIVITY_STATUSES = ['planned', 'open'] as const;

export const ACTIVITY_TRANSITIONS = {
  /** Registration opens. */
  open: { from: ['planned'], to: 'open', by: 'organiser' },
  /** Registration ends (before the activity, or at its deadline). */
  close: { from: ['open'], to: 'closed', by: 'organiser' },
  /** Registration opens again (more places, a later deadline). */
  reopen: { from: ['closed'], to: 'open', by: 'organiser' },
  /** It took place: attendance and outcomes are recorded from now on. */
  complete: { from: ['closed'], to: 'done', by: 'organiser' },
  /** Called off, with a reason; the secretariat may cancel any member's activity (moderation). */
  cancel: { from: ['planned', 'open', 'closed'], to: 'cancelled', by: 'organiser or secretariat' },
} as const satisfies Record<string, Transition<ActivityStatus>>;
export type ActivityAction = keyof typeof ACTIVITY_TRANSITIONS;
export const ACTIVITY_ACTIONS = Object.keys(ACTIVITY_TRANSITIONS) as ActivityAction[];

/** The organiser edits the activity while it has not happened or been called off. */
export const EDITABLE_STATUSES: readonly ActivityStatus[] = ['planned', 'open', 'closed'];

/** Registrations may be cancelled until the activity has taken place. */
export const CANCELLABLE_REGISTRATION_STATUSES: readonly ActivityStatus[] = ['open', 'closed'];

/** The status an action leads to from `status`, or `activity.wrongStatus`. */
export const activityTransition = (action: ActivityAction, status: ActivityStatus): ActivityStatus => {
  const transition: Transition<ActivityStatus> = ACTIVITY_TRANSITIONS[action];
  if (!transition.from.includes(status)) throw new DomainError('activity.wrongStatus', { status, action });
  return transition.to;
};

export const REGISTRATION_STATUSES = ['registered', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, { zh: string; en: string }>> = {
  planned: { zh: '筹备中', en: 'planned' },
  open: { zh: '报名中', en: 'open for registration' },
  closed: { zh: '报名截止', en: 'closed for registration' },
  done: { zh: '已举办', en: 'done' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/** An activity status in both languages; an unknown one as it is. */
export const activityStatusLabel = (status: string | number | undefined) =>
  ACTIVITY_STATUS_LABELS[String(status) as ActivityStatus] ?? { zh: String(status), en: String(status) };
