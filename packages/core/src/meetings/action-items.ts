// Action items of a meeting, tracked to completion: the secretariat or the meeting's host assigns them to a
// member tenant with a due date, reassigns or cancels them; the assignee marks them done with a note. Every
// member reads them, and `GET …/action-items?assignee=` tells a member what it owes.
import { allianceWriteMeta } from '../alliances/feed.ts';
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import type { Page, PageRequest } from '../shared/schema.ts';
import { shanghaiDate } from '../shared/shanghai-time.ts';
import type { WriteContext } from '../shared/write.ts';
import { actionItemDeltas } from './counters.ts';
import type { MeetingRepository, MeetingScope } from './repository.ts';
import { mayManage } from './rules.ts';
import type { ActionItem, ActionItemsQuery, CreateActionItem, UpdateActionItem } from './schema.ts';
import { actionItemTransition } from './status.ts';

export interface ActionItemService {
  create(
    ctx: WriteContext,
    scope: MeetingScope,
    meetingId: string,
    input: CreateActionItem,
  ): Promise<ActionItem>;
  ofMeeting(scope: MeetingScope, meetingId: string, page: PageRequest): Promise<Page<ActionItem>>;
  get(scope: MeetingScope, meetingId: string, actionItemId: string): Promise<ActionItem>;
  update(
    ctx: WriteContext,
    scope: MeetingScope,
    meetingId: string,
    actionItemId: string,
    expectedVersion: number,
    patch: UpdateActionItem,
  ): Promise<ActionItem>;
  /** Across the alliance, earliest due first, by status and/or assignee. */
  list(scope: MeetingScope, query: ActionItemsQuery): Promise<Page<ActionItem>>;
}

const subject = (item: ActionItem) => ({
  type: 'actionItem',
  id: item.id,
  title: item.title,
  version: item.version,
});

/** The feed action of an update: completion and cancellation first, then a reassignment, else an edit. */
const actionOf = (before: ActionItem, after: ActionItem): string => {
  if (after.status !== before.status) return `actionItem.${after.status}`;
  if (after.assigneeTenantId !== before.assigneeTenantId) return 'actionItem.reassigned';
  return 'actionItem.updated';
};

/** `item` after the patch: the managing edits, then the status change the patch asks for. */
const patched = (ctx: WriteContext, item: ActionItem, patch: UpdateActionItem): ActionItem => {
  const { status, note, ...edits } = patch;
  const { next } = mergePatched(ctx, item, edits, ['description']);
  const at = ctx.now.toISOString();
  if (status === 'done') {
    const done = actionItemTransition('complete', item.status);
    const doneOnTime = shanghaiDate(ctx.now) <= next.dueOn;
    return { ...next, status: done, doneAt: at, doneOnTime, ...(note ? { doneNote: note } : {}) };
  }
  if (status === 'cancelled')
    return {
      ...next,
      status: actionItemTransition('cancel', item.status),
      cancelledAt: at,
      ...(note ? { cancelReason: note } : {}),
    };
  return next;
};

export const createActionItemService = (meetings: MeetingRepository): ActionItemService => {
  const meetingOf = async (scope: MeetingScope, meetingId: string) => {
    const meeting = await meetings.get(scope, meetingId);
    if (!meeting) throw new DomainError('resource.notFound');
    return meeting;
  };

  const found = async (scope: MeetingScope, meetingId: string, actionItemId: string) => {
    const item = await meetings.actionItem(scope, actionItemId);
    if (!item || item.meetingId !== meetingId) throw new DomainError('resource.notFound');
    return item;
  };

  return {
    async create(ctx, scope, meetingId, input) {
      const meeting = await meetingOf(scope, meetingId);
      if (!mayManage(meeting, scope)) throw new DomainError('meeting.notHost');
      if (meeting.status === 'cancelled') throw new DomainError('meeting.cancelled');
      const item: ActionItem = newResource(ctx, {
        ...input,
        allianceId: scope.allianceId,
        meetingId,
        status: 'open' as const,
        createdByTenantId: scope.tenantId,
      });
      const meta = allianceWriteMeta(
        ctx,
        scope.allianceId,
        'actionItem.created',
        subject(item),
        Object.keys(input),
      );
      await meetings.writeActionItem(
        scope,
        { after: item, deltas: actionItemDeltas(undefined, item) },
        meta,
        item,
      );
      return item;
    },

    async ofMeeting(scope, meetingId, page) {
      await meetingOf(scope, meetingId);
      return meetings.actionItemsOf(scope, meetingId, page);
    },

    get: found,

    async update(ctx, scope, meetingId, actionItemId, expectedVersion, patch) {
      const item = await found(scope, meetingId, actionItemId);
      const { status, note: _note, ...edits } = patch;
      const manages = status === 'cancelled' || Object.keys(edits).length > 0;
      if (manages && !mayManage(await meetingOf(scope, meetingId), scope))
        throw new DomainError('meeting.notHost');
      if (status === 'done' && item.assigneeTenantId !== scope.tenantId)
        throw new DomainError('actionItem.notAssignee');
      if (status === 'done' && patch.note === undefined)
        throw new DomainError('input.invalid', {}, [
          { path: 'note', message: '标记完成须说明完成情况 / a note is required when marking done' },
        ]);
      if (status === undefined && patch.note !== undefined)
        throw new DomainError('input.invalid', {}, [
          { path: 'note', message: '说明须随状态一起提交 / a note goes with a status' },
        ]);
      if (item.version !== expectedVersion) throw new DomainError('version.mismatch');
      if (item.status !== 'open') throw new DomainError('actionItem.notOpen', { status: item.status });
      const after = patched(ctx, item, patch);
      const meta = allianceWriteMeta(
        ctx,
        scope.allianceId,
        actionOf(item, after),
        subject(after),
        Object.keys(patch),
      );
      await meetings.writeActionItem(
        scope,
        { before: item, after, deltas: actionItemDeltas(item, after) },
        meta,
      );
      return after;
    },

    list: (scope, { status, assignee, limit, cursor }) =>
      meetings.actionItems(scope, { status, assignee }, { limit, cursor }),
  };
};
