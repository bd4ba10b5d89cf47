// Who hosts a meeting when the request names nobody: the rotating chair on the meeting's date (derived from the
// chair schedule as GET …/chair does), else the tenant creating it.
import type { AllianceMember } from '../alliances/schema.ts';
import { deriveChair } from '../governance/chair.ts';
import type { StoredSchedule } from '../governance/repository.ts';
import { shanghaiMidnight } from '../shared/shanghai-time.ts';

const HOUR_MS = 60 * 60 * 1000;

/** The meeting's moment: its time that day, or noon when no time is given (terms change at 00:00). */
export const meetingInstant = (date: string, time?: string): Date => {
  const [hours = 12, minutes = 0] = time ? time.split(':').map(Number) : [];
  return new Date(shanghaiMidnight(date) + hours * HOUR_MS + minutes * 60_000);
};

export const chairOn = (
  schedule: StoredSchedule | undefined,
  members: readonly AllianceMember[],
  date: string,
  time?: string,
): string | undefined => {
  if (!schedule) return undefined;
  return deriveChair(schedule, members, meetingInstant(date, time), 1).current?.tenantId;
};
