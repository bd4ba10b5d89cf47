// Meetings: the secretariat or the host schedules, edits, holds (with minutes and decisions) or cancels a
// meeting; every member reads them. The alliance's cadence tells when the next meeting of a kind is due.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { ChairRepository } from '../governance/repository.ts';
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { WriteContext } from '../shared/write.ts';
import { meetingDeltas } from './counters.ts';
import { chairOn } from './host.ts';
import { nextMeeting } from './next-due.ts';
import type { MeetingFilter, MeetingRepository, MeetingScope } from './repository.ts';
import { checkTenants, mayManage, meetingSubject } from './rules.ts';
import type {
  CreateMeeting,
  HoldMeeting,
  Meeting,
  MeetingCadence,
  MeetingCadenceInput,
  NextMeeting,
  UpdateMeeting,
} from './schema.ts';
import { MEETING_KIND_LABELS, meetingTransition } from './status.ts';

export interface MeetingService {
  create(ctx: WriteContext, scope: MeetingScope, input: CreateMeeting): Promise<Meeting>;
  list(scope: MeetingScope, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>>;
  get(scope: MeetingScope, meetingId: string): Promise<Meeting>;
  update(
    ctx: WriteContext,
    scope: MeetingScope,
    meetingId: string,
    expectedVersion: number,
    patch: UpdateMeeting,
  ): Promise<Meeting>;
  /** On or after its date: the meeting took place; the body may bring its attendees, minutes, decisions. */
  hold(
    ctx: WriteContext,
    scope: MeetingScope,
    meetingId: string,
    expectedVersion: number,
    input: HoldMeeting,
  ): Promise<Meeting>;
  cancel(
    ctx: WriteContext,
    scope: MeetingScope,
    meetingId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<Meeting>;
  cadence(scope: MeetingScope): Promise<MeetingCadence>;
  setCadence(
    ctx: WriteContext,
    scope: MeetingScope,
    expectedVersion: number,
    input: MeetingCadenceInput,
  ): Promise<MeetingCadence>;
  /** When the next meeting of the cadence's kind is due, as of `now`. */
  next(scope: MeetingScope, now: Date): Promise<NextMeeting>;
}

export interface MeetingServiceDeps {
  readonly meetings: MeetingRepository;
  /** The chair schedule and member records (the default host; attendees and hosts must be members). */
  readonly chair: Pick<ChairRepository, 'schedule' | 'members'>;
}

const OPTIONAL_FIELDS = ['title', 'time', 'place', 'minutes'] as const;

export const createMeetingService = ({ meetings, chair }: MeetingServiceDeps): MeetingService => {
  const found = async (scope: MeetingScope, meetingId: string) => {
    const meeting = await meetings.get(scope, meetingId);
    if (!meeting) throw new DomainError('resource.notFound');
    return meeting;
  };

  /** The meeting at the version the client read, if the caller may change it. */
  const managed = async (scope: MeetingScope, meetingId: string, expectedVersion: number) => {
    const meeting = await found(scope, meetingId);
    if (!mayManage(meeting, scope)) throw new DomainError('meeting.notHost');
    if (meeting.version !== expectedVersion) throw new DomainError('version.mismatch');
    return meeting;
  };

  const save = async (
    ctx: WriteContext,
    scope: MeetingScope,
    before: Meeting,
    after: Meeting,
    action: string,
    changes: readonly string[],
  ) => {
    const meta = allianceWriteMeta(ctx, scope.allianceId, action, meetingSubject(after), changes);
    await meetings.write(scope, { before, after, deltas: meetingDeltas(before, after) }, meta);
    return after;
  };

  return {
    async create(ctx, scope, input) {
      const members = await chair.members(scope);
      const fromChair =
        input.hostTenantId === undefined
          ? chairOn(await chair.schedule(scope), members, input.date, input.time)
          : undefined;
      const hostTenantId = input.hostTenantId ?? fromChair ?? scope.tenantId;
      const hostFrom = input.hostTenantId ? 'given' : fromChair ? 'chair' : 'creator';
      if (!mayManage({ hostTenantId }, scope)) throw new DomainError('meeting.notHost');
      checkTenants(members, hostTenantId, input.attendees);
      const meeting: Meeting = newResource(ctx, {
        ...input,
        allianceId: scope.allianceId,
        hostTenantId,
        hostFrom,
        agenda: input.agenda ?? [],
        attendees: input.attendees ?? [],
        decisions: input.decisions ?? [],
        status: 'scheduled' as const,
        createdByTenantId: scope.tenantId,
      });
      const meta = allianceWriteMeta(
        ctx,
        scope.allianceId,
        'meeting.created',
        meetingSubject(meeting),
        Object.keys(input),
      );
      await meetings.write(
        scope,
        { after: meeting, deltas: meetingDeltas(undefined, meeting) },
        meta,
        meeting,
      );
      return meeting;
    },

    list: (scope, filter, page) => meetings.list(scope, filter, page),
    get: found,

    async update(ctx, scope, meetingId, expectedVersion, patch) {
      const meeting = await managed(scope, meetingId, expectedVersion);
      if (meeting.status === 'cancelled')
        throw new DomainError('meeting.notScheduled', { status: meeting.status });
      if (meeting.status === 'held' && patch.date !== undefined && patch.date > shanghaiDate(ctx.now))
        throw new DomainError('meeting.inFuture', { date: patch.date });
      const hostChanges = patch.hostTenantId !== undefined && patch.hostTenantId !== meeting.hostTenantId;
      if (hostChanges || patch.attendees)
        checkTenants(
          await chair.members(scope),
          hostChanges ? patch.hostTenantId : undefined,
          patch.attendees,
        );
      const { next } = mergePatched(ctx, meeting, patch, [...OPTIONAL_FIELDS]);
      const after: Meeting = hostChanges ? { ...next, hostFrom: 'given' } : next;
      return save(ctx, scope, meeting, after, 'meeting.updated', Object.keys(patch));
    },

    async hold(ctx, scope, meetingId, expectedVersion, input) {
      const meeting = await managed(scope, meetingId, expectedVersion);
      const status = meetingTransition('hold', meeting.status);
      if (meeting.date > shanghaiDate(ctx.now))
        throw new DomainError('meeting.inFuture', { date: meeting.date });
      if (input.attendees) checkTenants(await chair.members(scope), undefined, input.attendees);
      const { next } = mergePatched(ctx, meeting, input, []);
      const after: Meeting = { ...next, status, heldAt: ctx.now.toISOString() };
      return save(ctx, scope, meeting, after, 'meeting.held', ['status', ...Object.keys(input)]);
    },

    async cancel(ctx, scope, meetingId, expectedVersion, reason) {
      const meeting = await managed(scope, meetingId, expectedVersion);
      const status = meetingTransition('cancel', meeting.status);
      const { next } = mergePatched(ctx, meeting, {}, []);
      const after: Meeting = { ...next, status, cancelledAt: ctx.now.toISOString(), cancelReason: reason };
      return save(ctx, scope, meeting, after, 'meeting.cancelled', ['status', 'cancelReason']);
    },

    cadence: async (scope) => (await meetings.cadence(scope)) ?? { version: 0 },

    async setCadence(ctx, scope, expectedVersion, input) {
      const next: MeetingCadence = {
        ...input,
        version: expectedVersion + 1,
        updatedAt: ctx.now.toISOString(),
      };
      const meta = allianceWriteMeta(
        ctx,
        scope.allianceId,
        'meeting.cadenceSet',
        {
          type: 'meetingCadence',
          id: 'cadence',
          title: MEETING_KIND_LABELS[input.kind],
          version: next.version,
        },
        Object.keys(input),
      );
      await meetings.setCadence(scope, next, meta);
      return next;
    },

    async next(scope, now) {
      const cadence = (await meetings.cadence(scope)) ?? { version: 0 };
      if (cadence.kind === undefined) return { cadence, overdue: false };
      const lastHeld = await meetings.lastHeld(scope, cadence.kind);
      const scheduled = await meetings.firstScheduled(scope, cadence.kind, lastHeld?.date ?? '2000-01-01');
      return nextMeeting(cadence, lastHeld, scheduled, shanghaiDate(now));
    },
  };
};
