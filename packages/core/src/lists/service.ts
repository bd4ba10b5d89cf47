// The alliance's lists: posting, reading, editing and withdrawing items, and the secretariat's moderation.
// Route access and the alliance gate admit the caller; the service keeps the rules that depend on the item
// (owner-only edits, hidden items, statuses).
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import type { ClaimRepository } from '../claims/repository.ts';
import { DomainError } from '../shared/errors.ts';
import { newResource } from '../shared/resource.ts';
import { retryOnChange, retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { checkValidUntil, editedItem, MODERATED, moderatedItem } from './edits.ts';
import { projectClaims, projectLinks } from './projects.ts';
import type { ListRepository, ListScope, PageRequest } from './repository.ts';
import {
  type CreateListItem,
  type CreateProject,
  isClaimable,
  type ListItem,
  type ListItemsQuery,
  type ListKind,
  type Moderation,
  type StoredListItem,
  type UpdateListItem,
} from './schema.ts';
import { shanghaiDate } from './status.ts';
import { itemSubject, nextVersion, presentItem, seesItem } from './view.ts';
import { withdrawItem } from './withdrawal.ts';

type Member = AllianceMembership;

export interface ListService {
  create(ctx: WriteContext, member: Member, kind: ListKind, input: CreateListItem): Promise<ListItem>;
  /** `now` decides which open items read as expired. */
  list(member: Member, kind: ListKind, query: ListItemsQuery, now?: Date): Promise<Page<ListItem>>;
  get(member: Member, kind: ListKind, itemId: string, now?: Date): Promise<ListItem>;
  update(
    ctx: WriteContext,
    member: Member,
    kind: ListKind,
    itemId: string,
    expectedVersion: number,
    patch: UpdateListItem,
  ): Promise<ListItem>;
  withdraw(
    ctx: WriteContext,
    member: Member,
    kind: ListKind,
    itemId: string,
    expectedVersion: number,
  ): Promise<ListItem>;
  /** The secretariat closes, hides or unhides an item, with a reason; it never edits the content. */
  moderate(
    ctx: WriteContext,
    member: Member,
    kind: ListKind,
    itemId: string,
    moderation: Moderation,
  ): Promise<ListItem>;
  /** Open, unexpired, visible items of a kind, newest first (for matching). */
  openItems(scope: ListScope, kind: ListKind, page: PageRequest): Promise<Page<ListItem>>;
}

export interface ListServiceDeps {
  readonly items: ListRepository;
  readonly claims: ClaimRepository;
}

export const createListService = (deps: ListServiceDeps): ListService => {
  const { items, claims } = deps;

  const present = (page: Page<StoredListItem>, today: string): Page<ListItem> => {
    const listed = page.items.map((item) => presentItem(item, today));
    return page.nextCursor ? { items: listed, nextCursor: page.nextCursor } : { items: listed };
  };

  /** The item as the member may see it: hidden items of others are absent unless it is the secretariat. */
  const visible = async (member: Member, kind: ListKind, itemId: string) => {
    const item = await items.get(member, kind, itemId);
    if (!item || !seesItem(item, member)) throw new DomainError('resource.notFound');
    return item;
  };

  const owned = async (member: Member, kind: ListKind, itemId: string, expectedVersion: number) => {
    const item = await visible(member, kind, itemId);
    if (item.ownerTenantId !== member.tenantId) throw new DomainError('item.notOwner');
    if (item.version !== expectedVersion) throw new DomainError('version.mismatch');
    return item;
  };

  return {
    async create(ctx, member, kind, input) {
      checkValidUntil(input.validUntil, ctx.now);
      const {
        resourceClaimId: _r,
        needClaimId: _n,
        ...fields
      } = input as CreateProject & { quantity?: number };
      const joined = kind === 'project' ? await projectClaims(claims, member, input as CreateProject) : [];
      const links = projectLinks(joined);
      const quantity = fields.quantity;
      const item: StoredListItem = newResource(ctx, {
        ...fields,
        allianceId: member.allianceId,
        kind,
        ownerTenantId: member.tenantId,
        tags: fields.tags ?? [],
        status: 'open' as const,
        hidden: false,
        ...(isClaimable(kind)
          ? { allocated: 0, pendingClaims: 0, ...(quantity === undefined ? {} : { remaining: quantity }) }
          : {}),
        ...(links ? { links } : {}),
      });
      const response = presentItem(item, shanghaiDate(ctx.now));
      const linked = joined.map((claim) => ({
        before: claim,
        after: { ...nextVersion(claim, ctx.now), projectId: item.id },
      }));
      await items.create(
        member,
        item,
        response,
        allianceWriteMeta(ctx, member.allianceId, `${kind}.created`, itemSubject(item), Object.keys(input)),
        linked,
      );
      return response;
    },

    async list(member, kind, query, now = new Date()) {
      const today = shanghaiDate(now);
      const page = await items.list(
        member,
        kind,
        {
          status: query.status,
          category: query.category,
          owner: query.owner,
          text: query.q,
          seesHidden: member.role === 'secretariat',
          today,
        },
        { limit: query.limit, cursor: query.cursor },
      );
      return present(page, today);
    },

    async get(member, kind, itemId, now = new Date()) {
      return presentItem(await visible(member, kind, itemId), shanghaiDate(now));
    },

    update: (ctx, member, kind, itemId, expectedVersion, patch) =>
      retryOnConflict(async () => {
        const item = await owned(member, kind, itemId, expectedVersion);
        const { after, removed } = editedItem(ctx, item, patch);
        const meta = allianceWriteMeta(
          ctx,
          member.allianceId,
          `${kind}.updated`,
          itemSubject(after),
          Object.keys(patch),
        );
        await items.update(member, { before: item, after, removed }, meta);
        return presentItem(after, shanghaiDate(ctx.now));
      }),

    withdraw: (ctx, member, kind, itemId, expectedVersion) =>
      retryOnConflict(async () => {
        const item = await owned(member, kind, itemId, expectedVersion);
        return presentItem(await withdrawItem(deps, ctx, member, item), shanghaiDate(ctx.now));
      }),

    moderate: (ctx, member, kind, itemId, moderation) =>
      // No If-Match: the secretariat acts on the item as it is now, re-read after a concurrent change.
      retryOnChange(async () => {
        const item = await visible(member, kind, itemId);
        const after = moderatedItem(ctx, member, item, moderation);
        if (!after) return presentItem(item, shanghaiDate(ctx.now));
        const { action } = moderation;
        const meta = allianceWriteMeta(
          ctx,
          member.allianceId,
          `${kind}.${MODERATED[action]}`,
          itemSubject(after),
          action === 'close' ? ['status', 'moderation'] : ['hidden', 'moderation'],
        );
        await items.update(member, { before: item, after, removed: [] }, meta);
        return presentItem(after, shanghaiDate(ctx.now));
      }),

    async openItems(scope, kind, page) {
      const today = shanghaiDate(new Date());
      return present(await items.openItems(scope, kind, page), today);
    },
  };
};
