// Seeds the demo alliances' meetings and action items (meetings-content.ts) through the meeting services, as
// they happened: each write carries the moment it was made (scheduled two weeks ahead, held and assigned on the
// day, done on the day the content says), so completions count as on time or late, and in their month, exactly
// as live ones would. Every body goes through the route's own schema first.
import {
  type ActionItemService,
  type AllianceMembership,
  type MeetingService,
  meetingSchemas,
  type WriteContext,
} from '@lianjian/core';
import { demoAlliances } from './alliance-charters.ts';
import type { DemoAlliance, DemoAllianceKey } from './alliance-types.ts';
import { type DemoAllianceMeetings, type DemoMeeting, demoMeetings } from './meetings-content.ts';
import { defined, tenantStaff } from './tenant-records.ts';

/** The part of the API's services the meeting seeder calls (the full `Services` fits it). */
export interface MeetingSeedServices {
  readonly meetings: Pick<MeetingService, 'cadence' | 'create' | 'hold' | 'setCadence'>;
  readonly actionItems: Pick<ActionItemService, 'create' | 'update'>;
}

export interface MeetingsSummary {
  readonly meetings: number;
  readonly meetingsHeld: number;
  readonly actionItems: number;
  readonly actionItemsDone: number;
}

const NONE: MeetingsSummary = { meetings: 0, meetingsHeld: 0, actionItems: 0, actionItemsDone: 0 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment of a day in Asia/Shanghai. */
const at = (date: string, time: string, daysBefore = 0) =>
  new Date(Date.parse(`${date}T${time}:00+08:00`) - daysBefore * DAY_MS);

const seedAllianceMeetings = async (
  services: MeetingSeedServices,
  alliance: DemoAlliance,
  allianceId: string,
  content: DemoAllianceMeetings,
): Promise<MeetingsSummary> => {
  const schemas = meetingSchemas();
  const members = new Set([alliance.secretariatTenantId, ...alliance.memberTenantIds]);
  const as = (tenantId: string, now: Date): [WriteContext, AllianceMembership] => {
    if (!members.has(tenantId)) throw new Error(`meetings: ${tenantId} is not a member of ${alliance.key}`);
    const role = tenantId === alliance.secretariatTenantId ? 'secretariat' : 'member';
    return [
      { principal: tenantStaff(tenantId), requestId: 'seed', now },
      { allianceId, tenantId, role },
    ];
  };
  const secretariat = alliance.secretariatTenantId;
  const first = content.meetings[0];
  if (content.cadence && first) {
    // Over whatever cadence the alliance has (none on a fresh table).
    const [ctx, scope] = as(secretariat, at(first.date, '09:00', 30));
    const { version } = await services.meetings.cadence(scope);
    await services.meetings.setCadence(
      ctx,
      scope,
      version,
      schemas.CadenceInput.parse({ ...content.cadence }),
    );
  }

  let held = 0;
  let actionItems = 0;
  let done = 0;
  for (const meeting of content.meetings) {
    const { held: record, ...fields }: DemoMeeting = meeting;
    const input = schemas.Create.parse(defined({ ...fields, agenda: [...fields.agenda] }));
    const scheduled = await services.meetings.create(
      ...as(secretariat, at(meeting.date, '10:00', 14)),
      input,
    );
    if (!record) continue;
    const { attendees, minutes, decisions } = record;
    const hold = schemas.Hold.parse({
      attendees: attendees.map(({ tenantId, names }) =>
        names.length ? { tenantId, names: [...names] } : { tenantId },
      ),
      minutes,
      decisions: [...decisions],
    });
    const heldMeeting = await services.meetings.hold(
      ...as(secretariat, at(meeting.date, '17:00')),
      scheduled.id,
      scheduled.version,
      hold,
    );
    held += 1;
    for (const action of record.actionItems) {
      const { title, assigneeTenantId, dueOn } = action;
      const item = await services.actionItems.create(
        ...as(secretariat, at(meeting.date, '17:30')),
        heldMeeting.id,
        schemas.CreateActionItem.parse({ title, assigneeTenantId, dueOn }),
      );
      actionItems += 1;
      if (!action.done) continue;
      await services.actionItems.update(
        ...as(assigneeTenantId, at(action.done.on, '16:00')),
        heldMeeting.id,
        item.id,
        item.version,
        schemas.UpdateActionItem.parse({ status: 'done', note: action.done.note }),
      );
      done += 1;
    }
  }
  return { meetings: content.meetings.length, meetingsHeld: held, actionItems, actionItemsDone: done };
};

/**
 * Seeds every alliance's meetings into the alliances `allianceIds` names, side by side (separate partitions).
 * Fails after all alliances have finished if any of them failed.
 */
export const seedMeetings = async (
  services: MeetingSeedServices,
  allianceIds: Readonly<Partial<Record<DemoAllianceKey, string>>>,
  contents: readonly DemoAllianceMeetings[] = demoMeetings,
  alliances: readonly DemoAlliance[] = demoAlliances,
): Promise<MeetingsSummary> => {
  const results = await Promise.allSettled(
    contents.map((content) => {
      const alliance = alliances.find((candidate) => candidate.key === content.allianceKey);
      const allianceId = allianceIds[content.allianceKey];
      if (!alliance || allianceId === undefined)
        return Promise.reject(new Error(`meetings: alliance '${content.allianceKey}' was not seeded`));
      return seedAllianceMeetings(services, alliance, allianceId, content);
    }),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.reduce<MeetingsSummary>((sum, result) => {
    if (result.status !== 'fulfilled') return sum;
    return {
      meetings: sum.meetings + result.value.meetings,
      meetingsHeld: sum.meetingsHeld + result.value.meetingsHeld,
      actionItems: sum.actionItems + result.value.actionItems,
      actionItemsDone: sum.actionItemsDone + result.value.actionItemsDone,
    };
  }, NONE);
};
