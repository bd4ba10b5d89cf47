// Rule 4 of the brief, for activities: when a member leaves, its people's registrations for activities that have
// not taken place (open or closed; its own included) are cancelled, giving their places back; then the
// activities it organises that have not taken place (planned, open, closed) are cancelled with the reason
// "organiser left" (done ones stay as history; other members' registrations stay on a cancelled activity, as
// with any cancellation). One transaction per activity or
// registration (with its counters, audit entry and feed event); each skips what is already done, so running
// the steps again finishes an interrupted departure and otherwise changes nothing.

import { allianceWriteMeta } from '../alliances/feed.ts';
import type { DepartureStep } from '../alliances/service.ts';
import type { ListScope } from '../lists/repository.ts';
import { nextVersion } from '../lists/view.ts';
import { DomainError } from '../shared/errors.ts';
import { readAll } from '../shared/paging.ts';
import { retryOnChange } from '../shared/retry.ts';
import type { WriteContext } from '../shared/write.ts';
import { activityStatusDeltas, registrationDeltas } from './counters.ts';
import type { ActivityRepository } from './repository.ts';
import type { Registration, StoredActivity } from './schema.ts';
import { type ActivityStatus, CANCELLABLE_REGISTRATION_STATUSES, EDITABLE_STATUSES } from './status.ts';
import { activitySubject, registrationSubject } from './view.ts';

/** The reason recorded on an activity cancelled because its organiser left the alliance. */
export const ORGANISER_LEFT = 'organiser left';

/** The acting tenant's session (the leaver itself, the secretariat removing it, or the leaver's when offboarded). */
export const departureScope = (ctx: WriteContext, allianceId: string, tenantId: string): ListScope => ({
  allianceId,
  tenantId: ctx.principal.tenantId ?? tenantId,
});

/** A write that finds its record already changed or gone by the time it lands has nothing left to do. */
const unlessGone = async (write: () => Promise<void>) => {
  try {
    await write();
  } catch (error) {
    if (
      error instanceof DomainError &&
      ['resource.notFound', 'registration.notActive', 'activity.wrongStatus'].includes(error.code)
    )
      return;
    throw error;
  }
};

const activitiesIn = (
  repo: ActivityRepository,
  scope: ListScope,
  filter: { status?: ActivityStatus; organiser?: string },
) => readAll<StoredActivity>((page) => repo.list(scope, filter, page));

export const activityDepartureSteps = (repo: ActivityRepository): DepartureStep[] => [
  async function cancelDepartedRegistrations(ctx, allianceId, tenantId) {
    const scope = departureScope(ctx, allianceId, tenantId);
    for (const status of CANCELLABLE_REGISTRATION_STATUSES) {
      const activities = await activitiesIn(repo, scope, { status });
      // `registeredBy` counts active registrations: only activities holding some of the leaver's are read.
      for (const activity of activities.filter((found) => (found.registeredBy[tenantId] ?? 0) > 0)) {
        const registrations = await readAll<Registration>((page) =>
          repo.registrations(scope, activity.id, { tenantId }, page),
        );
        for (const { id } of registrations.filter((registration) => registration.status === 'registered')) {
          await unlessGone(() =>
            retryOnChange(async () => {
              const [current, before] = await Promise.all([
                repo.get(scope, activity.id),
                repo.getRegistration(scope, activity.id, id),
              ]);
              if (!current || !CANCELLABLE_REGISTRATION_STATUSES.includes(current.status)) return;
              if (before?.status !== 'registered') return;
              const after: Registration = {
                ...nextVersion(before, ctx.now),
                status: 'cancelled',
                cancelledAt: ctx.now.toISOString(),
              };
              await repo.changeRegistration(
                scope,
                {
                  before,
                  after,
                  activity: current,
                  releases: true,
                  deltas: registrationDeltas(before.tenantId, -1),
                },
                allianceWriteMeta(
                  ctx,
                  allianceId,
                  'registration.cancelled',
                  registrationSubject(after, current),
                  ['status'],
                ),
              );
            }),
          );
        }
      }
    }
  },
  async function cancelDepartedActivities(ctx, allianceId, tenantId) {
    const scope = departureScope(ctx, allianceId, tenantId);
    const organised = await activitiesIn(repo, scope, { organiser: tenantId });
    for (const { id } of organised.filter((activity) => EDITABLE_STATUSES.includes(activity.status))) {
      await unlessGone(() =>
        retryOnChange(async () => {
          const before = await repo.get(scope, id);
          if (!before || !EDITABLE_STATUSES.includes(before.status)) return;
          const after = nextVersion(before, ctx.now, {
            status: 'cancelled' as const,
            cancellation: { reason: ORGANISER_LEFT, byTenantId: scope.tenantId, at: ctx.now.toISOString() },
          });
          await repo.update(
            scope,
            {
              before,
              after,
              removed: [],
              planChanged: false,
              deltas: activityStatusDeltas(before, before.status, 'cancelled'),
            },
            allianceWriteMeta(ctx, allianceId, 'activity.cancelled', activitySubject(after), [
              'status',
              'cancellation',
            ]),
          );
        }),
      );
    }
  },
];
