// Rule 4 of the brief, for meetings: when a member leaves, the meetings it was to host (still scheduled) get the
// secretariat as host, and its open action items are reassigned to the secretariat; `hostLeft` / `assigneeLeft`
// record whom they came from. Held and cancelled meetings, done and cancelled action items stay as history. One
// transaction per meeting or action item with its counters (`meetings.scheduled` and `actions.open` move to the
// secretariat), audit entry and feed event; running the steps again finds nothing left to hand over.
import { departureScope } from '../activities/departure.ts';
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { HeirLookup } from '../alliances/heir.ts';
import type { DepartureStep } from '../alliances/service.ts';
import { DomainError } from '../shared/errors.ts';
import { readAll } from '../shared/paging.ts';
import { retryOnChange } from '../shared/retry.ts';
import type { WriteContext } from '../shared/write.ts';
import { actionItemDeltas, meetingDeltas } from './counters.ts';
import type { MeetingRepository, MeetingScope } from './repository.ts';
import { meetingSubject } from './rules.ts';
import type { ActionItem, Meeting } from './schema.ts';

export interface MeetingDepartureDeps {
  readonly meetings: MeetingRepository;
  readonly heir: HeirLookup;
}

const scopeOf = (ctx: WriteContext, allianceId: string, tenantId: string): MeetingScope => ({
  ...departureScope(ctx, allianceId, tenantId),
  role: 'member',
});

const unlessGone = (error: unknown) => {
  if (error instanceof DomainError && error.code === 'resource.notFound') return;
  throw error;
};

export const meetingDepartureSteps = ({ meetings, heir }: MeetingDepartureDeps): DepartureStep[] => [
  async function handOverHostedMeetings(ctx, allianceId, tenantId) {
    const scope = scopeOf(ctx, allianceId, tenantId);
    const hosted = await readAll<Meeting>((page) =>
      meetings.list(scope, { status: 'scheduled', host: tenantId }, page),
    );
    for (const { id } of hosted) {
      await retryOnChange(async () => {
        const before = await meetings.get(scope, id);
        if (before?.status !== 'scheduled' || before.hostTenantId !== tenantId) return;
        const host = await heir(allianceId, tenantId);
        if (host === undefined) return;
        const after: Meeting = {
          ...before,
          hostTenantId: host,
          hostLeft: { tenantId, at: ctx.now.toISOString() },
          version: before.version + 1,
          updatedAt: ctx.now.toISOString(),
        };
        await meetings.write(
          scope,
          { before, after, deltas: meetingDeltas(before, after) },
          allianceWriteMeta(ctx, allianceId, 'meeting.hostLeft', meetingSubject(after), [
            'hostTenantId',
            'hostLeft',
          ]),
        );
      }).catch(unlessGone);
    }
  },

  async function reassignDepartedActionItems(ctx, allianceId, tenantId) {
    const scope = scopeOf(ctx, allianceId, tenantId);
    const owed = await readAll<ActionItem>((page) =>
      meetings.actionItems(scope, { status: 'open', assignee: tenantId }, page),
    );
    for (const { id } of owed) {
      await retryOnChange(async () => {
        const before = await meetings.actionItem(scope, id);
        if (before?.status !== 'open' || before.assigneeTenantId !== tenantId) return;
        const assignee = await heir(allianceId, tenantId);
        if (assignee === undefined) return;
        const after: ActionItem = {
          ...before,
          assigneeTenantId: assignee,
          assigneeLeft: { tenantId, at: ctx.now.toISOString() },
          version: before.version + 1,
          updatedAt: ctx.now.toISOString(),
        };
        await meetings.writeActionItem(
          scope,
          { before, after, deltas: actionItemDeltas(before, after) },
          allianceWriteMeta(
            ctx,
            allianceId,
            'actionItem.reassigned',
            { type: 'actionItem', id: after.id, title: after.title, version: after.version },
            ['assigneeTenantId', 'assigneeLeft'],
          ),
        );
      }).catch(unlessGone);
    }
  },
];
