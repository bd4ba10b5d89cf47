// Activities: a member tenant organises one (and is its organiser), edits its plan, moves it through its status
// machine and records its outcomes; the secretariat may cancel any (moderation). Every member reads them.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import { nextVersion } from '../lists/view.ts';
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import { retryOnChange, retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { activityStatusDeltas, outcomeDeltas } from './counters.ts';
import type { ActivityRepository } from './repository.ts';
import { checkPlan, checkPlanHoldsRegistrations, normalInstant } from './rules.ts';
import type {
  Activity,
  ActivityTransitionInput,
  CreateActivity,
  ListActivitiesQuery,
  Outcome,
  StoredActivity,
  UpdateActivity,
} from './schema.ts';
import { type ActivityAction, activityTransition, EDITABLE_STATUSES } from './status.ts';
import { activitySubject, presentActivity } from './view.ts';

type Member = AllianceMembership;

export interface ActivityService {
  create(ctx: WriteContext, member: Member, input: CreateActivity): Promise<Activity>;
  list(member: Member, query: ListActivitiesQuery): Promise<Page<Activity>>;
  get(member: Member, activityId: string): Promise<Activity>;
  update(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    expectedVersion: number,
    patch: UpdateActivity,
  ): Promise<Activity>;
  /** The organiser takes any action; the secretariat may cancel (with a reason). */
  transition(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    input: ActivityTransitionInput,
  ): Promise<Activity>;
  /** The organiser records what a done activity achieved (replacing the figures recorded before). */
  setOutcomes(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    expectedVersion: number,
    outcomes: readonly Outcome[],
  ): Promise<Activity>;
}

const INSTANTS = ['startsAt', 'endsAt', 'registrationDeadline'] as const;
const OPTIONAL_FIELDS = ['description', 'endsAt', 'place', 'capacity', 'registrationDeadline'] as const;

/** Every instant as stored: with the Shanghai offset. */
const normalised = <T extends Partial<Record<(typeof INSTANTS)[number], string | null | undefined>>>(
  input: T,
) => {
  const out: Record<string, unknown> = { ...input };
  for (const field of INSTANTS) {
    const value = input[field];
    if (typeof value === 'string') out[field] = normalInstant(value);
  }
  return out as T;
};

export const createActivityService = (repo: ActivityRepository): ActivityService => {
  const found = async (member: Member, activityId: string) => {
    const activity = await repo.get(member, activityId);
    if (!activity) throw new DomainError('resource.notFound');
    return activity;
  };

  const organised = async (member: Member, activityId: string) => {
    const activity = await found(member, activityId);
    if (activity.organiserTenantId !== member.tenantId) throw new DomainError('activity.notOrganiser');
    return activity;
  };

  const versioned = async (member: Member, activityId: string, expectedVersion: number) => {
    const activity = await organised(member, activityId);
    if (activity.version !== expectedVersion) throw new DomainError('version.mismatch');
    return activity;
  };

  const write = async (
    ctx: WriteContext,
    member: Member,
    before: StoredActivity,
    after: StoredActivity,
    action: string,
    changes: readonly string[],
    extra: {
      removed?: readonly string[];
      planChanged?: boolean;
      deltas?: ReturnType<typeof outcomeDeltas>;
    } = {},
  ) => {
    await repo.update(
      member,
      {
        before,
        after,
        removed: extra.removed ?? [],
        planChanged: extra.planChanged ?? false,
        deltas: extra.deltas ?? [],
      },
      allianceWriteMeta(ctx, member.allianceId, action, activitySubject(after), changes),
    );
    return presentActivity(after);
  };

  return {
    async create(ctx, member, input) {
      const { status = 'planned', quotas = {}, ...fields } = normalised(input);
      const activity: StoredActivity = newResource(ctx, {
        ...fields,
        allianceId: member.allianceId,
        organiserTenantId: member.tenantId,
        quotas,
        status,
        registered: 0,
        registeredBy: {},
        openTaken: 0,
        outcomes: [],
      });
      checkPlan(activity);
      const response = presentActivity(activity);
      await repo.create(
        member,
        activity,
        response,
        activityStatusDeltas(activity, undefined, status),
        allianceWriteMeta(
          ctx,
          member.allianceId,
          'activity.created',
          activitySubject(activity),
          Object.keys(input),
        ),
      );
      return response;
    },

    async list(member, query) {
      const page = await repo.list(
        member,
        { status: query.status, kind: query.kind, organiser: query.organiser },
        { limit: query.limit, cursor: query.cursor },
      );
      const items = page.items.map(presentActivity);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    get: async (member, activityId) => presentActivity(await found(member, activityId)),

    update: (ctx, member, activityId, expectedVersion, patch) =>
      retryOnConflict(async () => {
        const before = await versioned(member, activityId, expectedVersion);
        if (!EDITABLE_STATUSES.includes(before.status))
          throw new DomainError('activity.wrongStatus', { status: before.status, action: 'edit' });
        const { quotas, ...rest } = normalised(patch);
        const { next, removed } = mergePatched(ctx, before, rest, OPTIONAL_FIELDS);
        // `quotas` is replaced whole (null: none), not merged key by key.
        const after: StoredActivity = quotas === undefined ? next : { ...next, quotas: quotas ?? {} };
        checkPlan(after);
        const planChanged =
          after.capacity !== before.capacity ||
          JSON.stringify(after.quotas) !== JSON.stringify(before.quotas);
        if (planChanged) checkPlanHoldsRegistrations(after);
        return write(ctx, member, before, after, 'activity.updated', Object.keys(patch), {
          removed,
          planChanged,
        });
      }),

    transition: (ctx, member, activityId, { action, reason }) =>
      // No If-Match: the action applies to the activity as it is now; the status machine refuses a repeat.
      retryOnChange(async () => {
        const before = await found(member, activityId);
        const organiser = before.organiserTenantId === member.tenantId;
        const moderating = action === 'cancel' && member.role === 'secretariat';
        if (!organiser && !moderating) throw new DomainError('activity.notOrganiser');
        if (action === 'cancel' && reason === undefined)
          throw new DomainError('input.invalid', {}, [
            { path: 'reason', message: '取消活动须说明原因 / a reason is required' },
          ]);
        const status = activityTransition(action as ActivityAction, before.status);
        const after = nextVersion(before, ctx.now, {
          status,
          ...(action === 'cancel' && reason !== undefined
            ? { cancellation: { reason, byTenantId: member.tenantId, at: ctx.now.toISOString() } }
            : {}),
        });
        return write(ctx, member, before, after, `activity.${status}`, ['status'], {
          deltas: activityStatusDeltas(before, before.status, status),
        });
      }),

    setOutcomes: (ctx, member, activityId, expectedVersion, outcomes) =>
      retryOnConflict(async () => {
        const before = await versioned(member, activityId, expectedVersion);
        if (before.status !== 'done')
          throw new DomainError('activity.wrongStatus', { status: before.status, action: 'outcomes' });
        const after = nextVersion(before, ctx.now, { outcomes: outcomes.map((o) => ({ ...o })) });
        return write(ctx, member, before, after, 'activity.outcomesRecorded', ['outcomes'], {
          deltas: outcomeDeltas(before.organiserTenantId, before.outcomes, after.outcomes),
        });
      }),
  };
};
