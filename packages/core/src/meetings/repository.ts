// What the meeting and action-item services need from storage (implemented in @lianjian/store). Every call
// names the caller's membership: the store works through that tenant's session. Each write carries the
// counter deltas core computed, applied in the write's own transaction.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import type { StatDelta } from '../stats/deltas.ts';
import type { DatedMeeting } from './next-due.ts';
import type { ActionItem, Meeting, MeetingCadence, MeetingKind } from './schema.ts';
import type { ActionItemStatus, MeetingStatus } from './status.ts';

export type MeetingScope = AllianceMembership;

export interface MeetingFilter {
  readonly status?: MeetingStatus | undefined;
  readonly kind?: MeetingKind | undefined;
  readonly host?: string | undefined;
}

/**
 * A meeting written: created (`before` absent; conditional on its absence) or changed (conditional on
 * `before.version`: `version.mismatch` / `resource.notFound`). The host must be an active member
 * (`alliance.tenantNotMember`). Its date and status index entries move with it.
 */
export interface MeetingWrite {
  readonly before?: Meeting;
  readonly after: Meeting;
  readonly deltas: readonly StatDelta[];
}

/** An action item written, like `MeetingWrite`; a new one needs its meeting not cancelled, and any write
 * that names a new assignee needs that tenant an active member. */
export interface ActionItemWrite {
  readonly before?: ActionItem;
  readonly after: ActionItem;
  readonly deltas: readonly StatDelta[];
}

export interface MeetingRepository {
  get(scope: MeetingScope, meetingId: string): Promise<Meeting | undefined>;
  /** Newest date first. */
  list(scope: MeetingScope, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>>;
  /** The held meeting of `kind` with the latest date. */
  lastHeld(scope: MeetingScope, kind: MeetingKind): Promise<DatedMeeting | undefined>;
  /** The scheduled meeting of `kind` with the earliest date on or after `from`. */
  firstScheduled(scope: MeetingScope, kind: MeetingKind, from: string): Promise<DatedMeeting | undefined>;
  /** `response` is kept for idempotent replays of a create. */
  write(
    scope: MeetingScope,
    change: MeetingWrite,
    meta: AllianceWriteMeta,
    response?: Meeting,
  ): Promise<void>;

  cadence(scope: MeetingScope): Promise<MeetingCadence | undefined>;
  /** Writes the cadence over version `next.version - 1` (0: none yet), else `version.mismatch`. */
  setCadence(scope: MeetingScope, next: MeetingCadence, meta: AllianceWriteMeta): Promise<void>;

  actionItem(scope: MeetingScope, actionItemId: string): Promise<ActionItem | undefined>;
  /** A meeting's action items in the order they were created. */
  actionItemsOf(scope: MeetingScope, meetingId: string, page: PageRequest): Promise<Page<ActionItem>>;
  /** Across the alliance from the status/assignee index, earliest due first. */
  actionItems(
    scope: MeetingScope,
    filter: { readonly status?: ActionItemStatus | undefined; readonly assignee?: string | undefined },
    page: PageRequest,
  ): Promise<Page<ActionItem>>;
  writeActionItem(
    scope: MeetingScope,
    change: ActionItemWrite,
    meta: AllianceWriteMeta,
    response?: ActionItem,
  ): Promise<void>;
}
