// When the alliance's next meeting is due: the last held meeting of the cadence's kind plus the cadence.
import { addMonths, shanghaiMidnight } from '../shared/shanghai-time.ts';
import type { MeetingCadence, NextMeeting } from './schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DatedMeeting {
  readonly id: string;
  readonly date: string;
}

/**
 * `today` is the Asia/Shanghai date. Overdue: the due date has passed and nothing of the kind was held since
 * (a meeting only scheduled does not stop the count; it is shown beside it).
 *
 * @example nextMeeting({ version: 1, kind: 'committee_meeting', everyMonths: 2 }, { id, date: '2026-09-15' },
 *   undefined, '2026-11-22') // dueOn 2026-11-15, overdue, daysOverdue 7
 */
export const nextMeeting = (
  cadence: MeetingCadence,
  lastHeld: DatedMeeting | undefined,
  scheduled: DatedMeeting | undefined,
  today: string,
): NextMeeting => {
  const base = {
    cadence,
    ...(lastHeld ? { lastHeld: { id: lastHeld.id, date: lastHeld.date } } : {}),
    ...(scheduled ? { scheduled: { id: scheduled.id, date: scheduled.date } } : {}),
  };
  if (!lastHeld || cadence.everyMonths === undefined) return { ...base, overdue: false };
  const dueOn = addMonths(lastHeld.date, cadence.everyMonths);
  if (today <= dueOn) return { ...base, dueOn, overdue: false };
  const daysOverdue = Math.round((shanghaiMidnight(today) - shanghaiMidnight(dueOn)) / DAY_MS);
  return { ...base, dueOn, overdue: true, daysOverdue };
};
