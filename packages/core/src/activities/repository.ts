// What the activity and registration services need from storage (implemented in @lianjian/store). Every call
// names the caller's scope: the store reads and writes the alliance partition through that tenant's session.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { ListScope } from '../lists/repository.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import type { StatDelta } from '../stats/deltas.ts';
import type { Pool } from './rules.ts';
import type { Activity, ActivityKind, Registration, StoredActivity } from './schema.ts';
import type { ActivityStatus } from './status.ts';

export interface ActivityFilter {
  readonly status?: ActivityStatus | undefined;
  readonly kind?: ActivityKind | undefined;
  readonly organiser?: string | undefined;
}

/**
 * The organiser's (or the secretariat's) change of an activity: `after`'s fields written on `before.version`,
 * never its registration counters. When the plan (capacity, quotas) changed, the write also checks that the
 * stored counters still fit it (`activity.belowRegistered` otherwise), since registrations do not move the version.
 */
export interface ActivityChange {
  readonly before: StoredActivity;
  readonly after: StoredActivity;
  readonly removed: readonly string[];
  readonly planChanged: boolean;
  readonly deltas: readonly StatDelta[];
}

/**
 * A registration taking its place: the registration written, and the activity's counters moved on condition
 * that the activity is still open and the place is still there (the quota of `registration.tenantId`, the
 * places no quota holds, the capacity), so concurrent registrations never exceed either.
 */
export interface NewRegistration {
  readonly registration: Registration;
  readonly pool: Pool;
  readonly activity: StoredActivity;
  readonly deltas: readonly StatDelta[];
  /** The instant of the request: a refusal is explained from the activity as stored then. */
  readonly now: Date;
}

/**
 * A registration changing on its version: cancelled (`releases`: its place is given back to the pool it came
 * from, while the activity is open or closed) or its attendance recorded (while the activity is done).
 */
export interface RegistrationChange {
  readonly before: Registration;
  readonly after: Registration;
  readonly activity: StoredActivity;
  readonly releases: boolean;
  readonly deltas: readonly StatDelta[];
}

export interface ActivityRepository {
  get(scope: ListScope, activityId: string): Promise<StoredActivity | undefined>;
  /** Newest first. */
  list(scope: ListScope, filter: ActivityFilter, page: PageRequest): Promise<Page<StoredActivity>>;
  create(
    scope: ListScope,
    activity: StoredActivity,
    response: Activity,
    deltas: readonly StatDelta[],
    meta: AllianceWriteMeta,
  ): Promise<void>;
  update(scope: ListScope, change: ActivityChange, meta: AllianceWriteMeta): Promise<void>;

  getRegistration(
    scope: ListScope,
    activityId: string,
    registrationId: string,
  ): Promise<Registration | undefined>;
  /** An activity's registrations in the order they came; only `tenantId`'s when given. */
  registrations(
    scope: ListScope,
    activityId: string,
    filter: { readonly tenantId?: string | undefined },
    page: PageRequest,
  ): Promise<Page<Registration>>;
  register(scope: ListScope, input: NewRegistration, meta: AllianceWriteMeta): Promise<void>;
  changeRegistration(scope: ListScope, change: RegistrationChange, meta: AllianceWriteMeta): Promise<void>;
}
