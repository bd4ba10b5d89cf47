// What a tenant did in its alliances' workspaces, for its export (rule 5 of the brief: offboarding deletes the
// partition after an export): the activities it organises with their registrations (and its people's
// registrations for others' activities), the problems it raised or is assigned, the meetings it hosts and the
// action items assigned to it. They live in the alliances' partitions; every read is a Query of a key range
// (the activities, an activity's registrations, the problem and action-item indexes, the meeting entries).
import type { ActivityRepository } from '../activities/repository.ts';
import type { Registration, StoredActivity } from '../activities/schema.ts';
import { presentActivity } from '../activities/view.ts';
import type { MeetingRepository } from '../meetings/repository.ts';
import type { ActionItem, Meeting } from '../meetings/schema.ts';
import type { ProblemRepository } from '../problems/repository.ts';
import type { StoredProblem } from '../problems/schema.ts';
import { allPages, readAll } from '../shared/paging.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { ExportedItem } from '../tenants/repository.ts';
import type { TenantAllianceLink } from './repository.ts';

/** The entity names of these lines in the export (see tenants/export.ts). */
export const WORKSPACE_ENTITIES = {
  activity: 'ALLIANCE_ACTIVITY',
  registration: 'ALLIANCE_REGISTRATION',
  problem: 'ALLIANCE_PROBLEM',
  meeting: 'ALLIANCE_MEETING',
  actionItem: 'ALLIANCE_ACTION_ITEM',
} as const;

export interface WorkspaceContributionDeps {
  /** The alliances the tenant is a member of. */
  readonly links: (tenantId: string) => Promise<readonly TenantAllianceLink[]>;
  readonly activities: ActivityRepository;
  readonly problems: ProblemRepository;
  readonly meetings: MeetingRepository;
}

export const workspaceContributions = (deps: WorkspaceContributionDeps) =>
  async function* (tenantId: string, now = new Date()): AsyncGenerator<readonly ExportedItem[]> {
    const today = shanghaiDate(now);
    for (const { allianceId } of await deps.links(tenantId)) {
      const scope = { allianceId, tenantId };
      const line = (entity: string, path: string, data: object): ExportedItem => ({
        entity,
        key: `${allianceId}/${path}`,
        data: data as ExportedItem['data'],
      });

      // Activities: its own with every registration, others' with its people's (active) registrations.
      const activities = await readAll<StoredActivity>((page) => deps.activities.list(scope, {}, page));
      for (const activity of activities) {
        const organised = activity.organiserTenantId === tenantId;
        if (!organised && (activity.registeredBy[tenantId] ?? 0) === 0) continue;
        if (organised)
          yield [line(WORKSPACE_ENTITIES.activity, `activity/${activity.id}`, presentActivity(activity))];
        for await (const page of allPages<Registration>((request) =>
          deps.activities.registrations(scope, activity.id, organised ? {} : { tenantId }, request),
        ))
          yield page.map((registration) =>
            line(
              WORKSPACE_ENTITIES.registration,
              `activity/${activity.id}/registration/${registration.id}`,
              registration,
            ),
          );
      }

      // Problems it raised, then those assigned to it (a problem is both only if it was handed back to it).
      const seen = new Set<string>();
      for (const filter of [{ raiser: tenantId }, { assignee: tenantId }]) {
        for await (const page of allPages<StoredProblem>((request) =>
          deps.problems.list(scope, { ...filter, today }, request),
        )) {
          const fresh = page.filter((problem) => !seen.has(problem.id));
          for (const problem of fresh) seen.add(problem.id);
          if (fresh.length > 0)
            yield fresh.map((problem) => line(WORKSPACE_ENTITIES.problem, `problem/${problem.id}`, problem));
        }
      }

      const member = { ...scope, role: 'member' as const };
      for await (const page of allPages<Meeting>((request) =>
        deps.meetings.list(member, { host: tenantId }, request),
      ))
        yield page.map((meeting) => line(WORKSPACE_ENTITIES.meeting, `meeting/${meeting.id}`, meeting));
      for await (const page of allPages<ActionItem>((request) =>
        deps.meetings.actionItems(member, { assignee: tenantId }, request),
      ))
        yield page.map((item) =>
          line(WORKSPACE_ENTITIES.actionItem, `meeting/${item.meetingId}/action-item/${item.id}`, item),
        );
    }
  };
