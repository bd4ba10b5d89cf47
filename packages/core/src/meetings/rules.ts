// Who may change a meeting, how it reads in the feed, and which tenants it may name.
import type { AllianceMember } from '../alliances/schema.ts';
import { DomainError } from '../shared/errors.ts';
import type { MeetingScope } from './repository.ts';
import type { Meeting } from './schema.ts';
import { MEETING_KIND_LABELS } from './status.ts';

/** Whether the caller may change the meeting: the secretariat, or the meeting's host. */
export const mayManage = (meeting: Pick<Meeting, 'hostTenantId'>, scope: MeetingScope): boolean =>
  scope.role === 'secretariat' || meeting.hostTenantId === scope.tenantId;

export const meetingSubject = (meeting: Meeting) => ({
  type: 'meeting',
  id: meeting.id,
  title: meeting.title ?? `${MEETING_KIND_LABELS[meeting.kind]} ${meeting.date}`,
  version: meeting.version,
});

/** Hosts must be current members; attendees may be former ones (a past meeting is recorded as it was). */
export const checkTenants = (
  members: readonly AllianceMember[],
  host: string | undefined,
  attendees: Meeting['attendees'] | undefined,
) => {
  const status = new Map(members.map((member) => [member.tenantId, member.status]));
  if (host !== undefined && status.get(host) !== 'active')
    throw new DomainError('alliance.tenantNotMember', { tenantId: host });
  const seen = new Set<string>();
  for (const [index, { tenantId }] of (attendees ?? []).entries()) {
    if (!status.has(tenantId)) throw new DomainError('alliance.tenantNotMember', { tenantId });
    if (seen.has(tenantId))
      throw new DomainError('input.invalid', {}, [
        { path: `attendees[${index}].tenantId`, message: `重复的成员单位 / duplicate tenant ${tenantId}` },
      ]);
    seen.add(tenantId);
  }
};
