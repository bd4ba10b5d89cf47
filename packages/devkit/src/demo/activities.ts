// Seeds the demo alliances' activities through the real activity and registration services, as each member
// tenant's administrator would through the API: the organiser creates it open, members register their people
// (within the quotas), the organiser closes and completes it, records attendance and the outcomes.
import type { Services } from '@lianjian/api';
import { activitySchemas, type Principal, type WriteContext } from '@lianjian/core';
import type { DemoActivity } from './activity-types.ts';
import { langxiaActivities } from './langxia-activities.ts';
import { defined, tenantStaff } from './tenant-records.ts';

export interface ActivitySummary {
  readonly activities: number;
  readonly registrations: number;
  /** Outcome figures recorded. */
  readonly outcomes: number;
}

export const demoActivities: Readonly<Record<'langxia', readonly DemoActivity[]>> = {
  langxia: langxiaActivities,
};

export const seedActivities = async (
  services: Pick<Services, 'activities' | 'registrations'>,
  context: (principal: Principal) => WriteContext,
  allianceId: string,
  secretariatTenantId: string,
  activities: readonly DemoActivity[],
): Promise<ActivitySummary> => {
  const as = (tenantId: string) =>
    [
      context(tenantStaff(tenantId)),
      { allianceId, tenantId, role: tenantId === secretariatTenantId ? 'secretariat' : 'member' } as const,
    ] as const;
  let registrations = 0;
  let outcomes = 0;
  for (const activity of activities) {
    const organiser = as(activity.organiserTenantId);
    const created = await services.activities.create(
      ...organiser,
      activitySchemas().Create.parse(
        defined({
          title: activity.title,
          kind: activity.kind,
          description: activity.description,
          startsAt: activity.startsAt,
          endsAt: activity.endsAt,
          place: activity.place,
          capacity: activity.capacity,
          quotas: activity.quotas ? { ...activity.quotas } : undefined,
          registrationDeadline: activity.registrationDeadline,
          status: 'open',
        }),
      ),
    );
    const ids: string[] = [];
    for (const { tenantId, name, unit } of activity.registrations) {
      const input = activitySchemas().CreateRegistration.parse({ name, unit });
      ids.push((await services.registrations.register(...as(tenantId), created.id, input)).id);
      registrations += 1;
    }
    if (activity.status === 'open') continue;
    await services.activities.transition(...organiser, created.id, { action: 'close' });
    const done = await services.activities.transition(...organiser, created.id, { action: 'complete' });
    for (const [index, { attended }] of activity.registrations.entries()) {
      const id = ids[index];
      if (attended !== undefined && id !== undefined)
        await services.registrations.recordAttendance(...organiser, created.id, id, attended);
    }
    if (activity.outcomes.length > 0) {
      const { outcomes: figures } = activitySchemas().Outcomes.parse({
        outcomes: activity.outcomes.map((outcome) => defined({ ...outcome })),
      });
      await services.activities.setOutcomes(...organiser, created.id, done.version, figures);
      outcomes += figures.length;
    }
  }
  return { activities: activities.length, registrations, outcomes };
};
