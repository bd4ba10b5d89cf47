// How activities and registrations read, and who may see a registration's personal details.
import type { AllianceMembership } from '../alliances/schema.ts';
import type { Activity, Registration, StoredActivity } from './schema.ts';

export const presentActivity = (activity: StoredActivity): Activity => {
  const { openTaken: _openTaken, ...rest } = activity;
  return rest;
};

/**
 * A registration carries a person's name and contact: only the registering tenant and the organiser see it.
 * Everyone else (the secretariat included) sees the activity's counts only.
 */
export const seesRegistration = (
  registration: Pick<Registration, 'tenantId'>,
  activity: Pick<Activity, 'organiserTenantId'>,
  viewer: Pick<AllianceMembership, 'tenantId'>,
): boolean => registration.tenantId === viewer.tenantId || activity.organiserTenantId === viewer.tenantId;

/** The activity as the subject of a feed event or audit entry: its title, never a person's details. */
export const activitySubject = (activity: Pick<Activity, 'id' | 'title' | 'version'>) => ({
  type: 'activity',
  id: activity.id,
  title: activity.title,
  version: activity.version,
});

/** A registration as a feed subject: titled after its activity, never after the person. */
export const registrationSubject = (registration: Registration, activity: Pick<Activity, 'title'>) => ({
  type: 'registration',
  id: registration.id,
  title: activity.title,
  version: registration.version,
});
