// Registrations: a member tenant registers its people for an open activity, within its quota (or the places no
// quota holds) and the capacity; it may cancel them until the activity is done; the organiser records who
// attended. A person's details are seen by the registering tenant and the organiser only.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import { nextVersion } from '../lists/view.ts';
import { DomainError } from '../shared/errors.ts';
import { newResource } from '../shared/resource.ts';
import { retryOnChange, retryOnConflict } from '../shared/retry.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { attendanceDeltas, registrationDeltas } from './counters.ts';
import type { ActivityRepository } from './repository.ts';
import { placeFor } from './rules.ts';
import type { CreateRegistration, Registration, StoredActivity } from './schema.ts';
import { CANCELLABLE_REGISTRATION_STATUSES } from './status.ts';
import { registrationSubject, seesRegistration } from './view.ts';

type Member = AllianceMembership;

export interface RegistrationService {
  /** Fails with `activity.quotaExceeded` / `activity.full` rather than exceed a quota or the capacity. */
  register(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    input: CreateRegistration,
  ): Promise<Registration>;
  /** The organiser sees every registration; another member only its own. */
  list(member: Member, activityId: string, page: PageRequest): Promise<Page<Registration>>;
  get(member: Member, activityId: string, registrationId: string): Promise<Registration>;
  /** The registering tenant (or the organiser) gives the place back. */
  cancel(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    registrationId: string,
  ): Promise<Registration>;
  /** The organiser records (or corrects) whether the person attended a done activity. */
  recordAttendance(
    ctx: WriteContext,
    member: Member,
    activityId: string,
    registrationId: string,
    attended: boolean,
  ): Promise<Registration>;
}

export const createRegistrationService = (repo: ActivityRepository): RegistrationService => {
  const activityOf = async (member: Member, activityId: string) => {
    const activity = await repo.get(member, activityId);
    if (!activity) throw new DomainError('resource.notFound');
    return activity;
  };

  /** The registration and its activity, when the caller may see the registration (else 404). */
  const visible = async (member: Member, activityId: string, registrationId: string) => {
    const activity = await activityOf(member, activityId);
    const registration = await repo.getRegistration(member, activityId, registrationId);
    if (!registration || !seesRegistration(registration, activity, member))
      throw new DomainError('resource.notFound');
    return { activity, registration };
  };

  const change = async (
    ctx: WriteContext,
    member: Member,
    activity: StoredActivity,
    before: Registration,
    after: Registration,
    action: string,
    changes: string[],
    releases: boolean,
    deltas: ReturnType<typeof registrationDeltas>,
  ) => {
    await repo.changeRegistration(
      member,
      { before, after, activity, releases, deltas },
      allianceWriteMeta(ctx, member.allianceId, action, registrationSubject(after, activity), changes),
    );
    return after;
  };

  return {
    register: (ctx, member, activityId, input) =>
      retryOnConflict(async () => {
        const activity = await activityOf(member, activityId);
        const pool = placeFor(activity, member.tenantId, ctx.now);
        const registration: Registration = newResource(ctx, {
          ...input,
          allianceId: member.allianceId,
          activityId,
          tenantId: member.tenantId,
          status: 'registered' as const,
          pool,
        });
        await repo.register(
          member,
          { registration, pool, activity, deltas: registrationDeltas(member.tenantId, 1), now: ctx.now },
          allianceWriteMeta(
            ctx,
            member.allianceId,
            'registration.created',
            registrationSubject(registration, activity),
            Object.keys(input),
          ),
        );
        return registration;
      }),

    async list(member, activityId, page) {
      const activity = await activityOf(member, activityId);
      const seesAll = activity.organiserTenantId === member.tenantId;
      return repo.registrations(member, activityId, seesAll ? {} : { tenantId: member.tenantId }, page);
    },

    get: async (member, activityId, registrationId) =>
      (await visible(member, activityId, registrationId)).registration,

    cancel: (ctx, member, activityId, registrationId) =>
      retryOnChange(async () => {
        const { activity, registration } = await visible(member, activityId, registrationId);
        if (registration.status !== 'registered') throw new DomainError('registration.notActive');
        if (!CANCELLABLE_REGISTRATION_STATUSES.includes(activity.status))
          throw new DomainError('activity.wrongStatus', {
            status: activity.status,
            action: 'cancelRegistration',
          });
        const after: Registration = {
          ...nextVersion(registration, ctx.now),
          status: 'cancelled',
          cancelledAt: ctx.now.toISOString(),
        };
        return change(
          ctx,
          member,
          activity,
          registration,
          after,
          'registration.cancelled',
          ['status'],
          true,
          [...registrationDeltas(registration.tenantId, -1)],
        );
      }),

    recordAttendance: (ctx, member, activityId, registrationId, attended) =>
      retryOnChange(async () => {
        const { activity, registration } = await visible(member, activityId, registrationId);
        if (activity.organiserTenantId !== member.tenantId) throw new DomainError('activity.notOrganiser');
        if (activity.status !== 'done')
          throw new DomainError('activity.wrongStatus', { status: activity.status, action: 'attendance' });
        if (registration.status !== 'registered') throw new DomainError('registration.notActive');
        if (registration.attended === attended) return registration;
        const after: Registration = {
          ...nextVersion(registration, ctx.now),
          attended,
          attendanceRecordedAt: ctx.now.toISOString(),
        };
        return change(
          ctx,
          member,
          activity,
          registration,
          after,
          'registration.attendanceRecorded',
          ['attended'],
          false,
          [...attendanceDeltas(registration.tenantId, activity.startsAt, registration.attended, attended)],
        );
      }),
  };
};
