// Alliances and their membership: creating, inviting, joining, leaving, removal and the secretariat role.
// Who may call what is decided before the service (route access and the alliance gate); the service keeps
// the rules that depend on state (last secretariat, pending invitations, active invitees).
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import type { Tenant } from '../tenants/schema.ts';
import { allianceWriteMeta, type FeedSubject, feedEvent } from './feed.ts';
import type {
  AllianceRepository,
  AllianceState,
  FeedQuery,
  MemberChange,
  StoredAlliance,
} from './repository.ts';
import {
  type Alliance,
  type AllianceMember,
  type AllianceMembership,
  type AllianceRole,
  type CreateAlliance,
  type FeedEvent,
  INVITATION_DAYS,
  type Invitation,
  MAX_ALLIANCE_MEMBERS,
  type UpdateAlliance,
} from './schema.ts';

/** Reads a tenant's registry record (name, province, status). */
export type TenantLookup = (tenantId: string) => Promise<Tenant | undefined>;

/**
 * Work that follows a tenant's departure, one transaction per step (rule 4 of the brief): its open items are
 * withdrawn and its pending claims dropped. Each step must be safe to run again.
 */
export type DepartureStep = (ctx: WriteContext, allianceId: string, tenantId: string) => Promise<void>;

export type ListQuery = { limit: number; cursor?: string | undefined };

/** A member as listed: the record, and whether its tenant is currently served (not suspended). */
export type ListedMember = AllianceMember & { tenantStatus: Tenant['status'] | 'unknown' };

export interface AllianceService {
  /** The caller's active membership, or undefined: the alliance gate answers 404 then. */
  membership(allianceId: string, tenantId: string): Promise<AllianceMembership | undefined>;
  create(ctx: WriteContext, tenantId: string, input: CreateAlliance): Promise<Alliance>;
  list(tenantId: string, query: ListQuery): Promise<Page<Alliance>>;
  get(membership: AllianceMembership): Promise<Alliance>;
  update(
    ctx: WriteContext,
    membership: AllianceMembership,
    expectedVersion: number,
    patch: UpdateAlliance,
  ): Promise<Alliance>;
  members(allianceId: string, query: ListQuery): Promise<Page<ListedMember>>;
  invite(ctx: WriteContext, membership: AllianceMembership, tenantId: string): Promise<Invitation>;
  /** Pending, unexpired invitations of the alliance (secretariat). */
  invitationsOf(allianceId: string, query: ListQuery): Promise<Page<Invitation>>;
  /** Pending, unexpired invitations to the tenant. */
  invitationsFor(tenantId: string, query: ListQuery): Promise<Page<Invitation>>;
  accept(ctx: WriteContext, allianceId: string, tenantId: string): Promise<AllianceMember>;
  decline(ctx: WriteContext, allianceId: string, tenantId: string): Promise<void>;
  revoke(ctx: WriteContext, membership: AllianceMembership, tenantId: string): Promise<void>;
  /**
   * Leaving (the member's own tenant) or removal (the secretariat). Access ends in the first transaction;
   * the departure steps follow. Called again for a former member, it finishes steps an interruption left.
   */
  removeMember(ctx: WriteContext, membership: AllianceMembership, tenantId: string): Promise<void>;
  /**
   * Ends every membership of a tenant being offboarded, handing the secretariat on where needed; answers the
   * alliances it left.
   */
  leaveAll(ctx: WriteContext, tenantId: string): Promise<string[]>;
  setRole(
    ctx: WriteContext,
    membership: AllianceMembership,
    tenantId: string,
    role: AllianceRole,
  ): Promise<AllianceMember>;
  feed(allianceId: string, query: FeedQuery): Promise<Page<FeedEvent>>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AllianceServiceDeps {
  readonly repo: AllianceRepository;
  readonly tenants: TenantLookup;
  /** Run in order after a membership ends. */
  readonly departureSteps?: readonly DepartureStep[];
}

export const createAllianceService = (deps: AllianceServiceDeps): AllianceService => {
  const { repo, tenants } = deps;

  const meta = allianceWriteMeta;

  const stored = async (allianceId: string): Promise<AllianceState> => {
    const alliance = await repo.get(allianceId);
    if (!alliance) throw new DomainError('resource.notFound');
    return alliance;
  };

  const activeTenant = async (tenantId: string): Promise<Tenant> => {
    const tenant = await tenants(tenantId);
    if (!tenant) throw new DomainError('alliance.inviteeNotFound', { tenantId });
    if (tenant.status !== 'active')
      throw new DomainError('alliance.inviteeInactive', { tenantId, status: tenant.status });
    return tenant;
  };

  const isCurrent = (invitation: Invitation | undefined, now: Date): invitation is Invitation =>
    invitation !== undefined && Date.parse(invitation.expiresAt) > now.getTime();

  const pendingInvitation = async (ctx: WriteContext, allianceId: string, tenantId: string) => {
    const invitation = await repo.invitation(allianceId, tenantId);
    if (!isCurrent(invitation, ctx.now)) throw new DomainError('resource.notFound');
    return invitation;
  };

  const departure = async (ctx: WriteContext, allianceId: string, tenantId: string) => {
    for (const step of deps.departureSteps ?? []) await step(ctx, allianceId, tenantId);
  };

  /**
   * Ends one active membership. A departing last secretariat is refused (`alliance.lastSecretariat`) unless
   * `handOver` (offboarding): then the longest-standing remaining member takes the role, in the same step.
   */
  const endMembership = async (
    ctx: WriteContext,
    member: AllianceMember,
    reason: NonNullable<AllianceMember['leftReason']>,
    handOver: boolean,
  ) => {
    const allianceId = member.allianceId;
    const alliance = await stored(allianceId);
    let secretariat = alliance.secretariatTenantIds.filter((id) => id !== member.tenantId);
    const changes: MemberChange[] = [
      {
        before: member,
        after: {
          ...member,
          role: 'member',
          status: 'former',
          leftAt: ctx.now.toISOString(),
          leftReason: reason,
        },
      },
    ];
    const alsoEvents: FeedEvent[] = [];
    if (secretariat.length === 0 && alliance.memberCount > 1) {
      if (!handOver) throw new DomainError('alliance.lastSecretariat');
      const heir = (await repo.allMembers(allianceId))
        .filter((other) => other.status === 'active' && other.tenantId !== member.tenantId)
        .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))[0];
      if (heir) {
        changes.push({ before: heir, after: { ...heir, role: 'secretariat' } });
        secretariat = [heir.tenantId];
        alsoEvents.push(feedEvent(ctx, 'member.roleChanged', memberSubject(heir)));
      }
    }
    await repo.changeMembership(
      allianceId,
      changes,
      { expectedRev: alliance.memberRev, secretariatTenantIds: secretariat, memberDelta: -1 },
      { ...meta(ctx, allianceId, `member.${reason}`, memberSubject(member), ['status']), alsoEvents },
    );
  };

  return {
    async membership(allianceId, tenantId) {
      const member = await repo.member(allianceId, tenantId);
      if (member?.status !== 'active') return undefined;
      return { allianceId, tenantId, role: member.role };
    },

    async create(ctx, tenantId, input) {
      const tenant = await tenants(tenantId);
      if (!tenant) throw new DomainError('resource.notFound');
      const { charter, ...fields } = input;
      const alliance: StoredAlliance = newResource(ctx, {
        ...fields,
        memberCount: 1,
        secretariatTenantIds: [tenantId],
        createdByTenantId: tenantId,
      });
      const founder: AllianceMember = {
        allianceId: alliance.id,
        tenantId,
        tenantName: tenant.name,
        province: tenant.province,
        role: 'secretariat',
        status: 'active',
        joinedAt: alliance.createdAt,
      };
      const charterVersion =
        charter === undefined
          ? undefined
          : { version: 1, text: charter, adoptedAt: alliance.createdAt, adoptedByTenantId: tenantId };
      await repo.create(
        alliance,
        founder,
        charterVersion,
        meta(
          ctx,
          alliance.id,
          'alliance.created',
          { type: 'alliance', id: alliance.id, title: alliance.name, version: 1 },
          Object.keys(input),
        ),
      );
      return { ...alliance, myRole: 'secretariat' };
    },

    async list(tenantId, query) {
      const links = await repo.tenantAlliances(tenantId, query);
      const alliances = await Promise.all(links.items.map((link) => repo.get(link.allianceId)));
      const items = links.items.flatMap((link, index) => {
        const alliance = alliances[index];
        return alliance ? [{ ...publicAlliance(alliance), myRole: link.role }] : [];
      });
      return links.nextCursor ? { items, nextCursor: links.nextCursor } : { items };
    },

    async get(membership) {
      return { ...publicAlliance(await stored(membership.allianceId)), myRole: membership.role };
    },

    async update(ctx, membership, expectedVersion, patch) {
      const current = await stored(membership.allianceId);
      if (current.version !== expectedVersion) throw new DomainError('version.mismatch');
      const { next, removed } = mergePatched(ctx, publicAlliance(current), patch, ['description']);
      await repo.update(
        { expectedVersion, next, removed },
        meta(
          ctx,
          current.id,
          'alliance.updated',
          { type: 'alliance', id: current.id, title: next.name, version: next.version },
          Object.keys(patch),
        ),
      );
      return { ...next, myRole: membership.role };
    },

    async members(allianceId, query) {
      const page = await repo.members(allianceId, query);
      const records = await Promise.all(page.items.map((member) => tenants(member.tenantId)));
      const items = page.items.map((member, index) => ({
        ...member,
        tenantStatus: records[index]?.status ?? ('unknown' as const),
      }));
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    async invite(ctx, membership, tenantId) {
      const { allianceId } = membership;
      const [alliance, tenant, member, invited] = await Promise.all([
        stored(allianceId),
        activeTenant(tenantId),
        repo.member(allianceId, tenantId),
        repo.invitation(allianceId, tenantId),
      ]);
      if (member?.status === 'active') throw new DomainError('alliance.alreadyMember', { tenantId });
      if (isCurrent(invited, ctx.now)) throw new DomainError('alliance.alreadyInvited', { tenantId });
      if (alliance.memberCount >= MAX_ALLIANCE_MEMBERS)
        throw new DomainError('alliance.full', { limit: MAX_ALLIANCE_MEMBERS });
      const invitation: Invitation = {
        allianceId,
        allianceName: alliance.name,
        allianceKind: alliance.kind,
        tenantId,
        invitedByTenantId: membership.tenantId,
        invitedAt: ctx.now.toISOString(),
        expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * DAY_MS).toISOString(),
      };
      await repo.invite(
        invitation,
        meta(ctx, allianceId, 'invitation.sent', { type: 'invitation', id: tenantId, title: tenant.name }),
      );
      return invitation;
    },

    invitationsOf: async (allianceId, query) => current(await repo.invitationsOf(allianceId, query)),
    invitationsFor: async (tenantId, query) => current(await repo.invitationsFor(tenantId, query)),

    async accept(ctx, allianceId, tenantId) {
      const invitation = await pendingInvitation(ctx, allianceId, tenantId);
      const tenant = await tenants(tenantId);
      if (!tenant) throw new DomainError('resource.notFound');
      const member: AllianceMember = {
        allianceId,
        tenantId,
        tenantName: tenant.name,
        province: tenant.province,
        role: 'member',
        status: 'active',
        joinedAt: ctx.now.toISOString(),
      };
      await retryOnConflict(async () => {
        const [alliance, before] = await Promise.all([stored(allianceId), repo.member(allianceId, tenantId)]);
        if (before?.status === 'active') throw new DomainError('alliance.alreadyMember', { tenantId });
        if (alliance.memberCount >= MAX_ALLIANCE_MEMBERS)
          throw new DomainError('alliance.full', { limit: MAX_ALLIANCE_MEMBERS });
        await repo.changeMembership(
          allianceId,
          [{ before, after: member }],
          {
            expectedRev: alliance.memberRev,
            secretariatTenantIds: alliance.secretariatTenantIds,
            memberDelta: 1,
          },
          meta(ctx, allianceId, 'member.joined', { type: 'member', id: tenantId, title: tenant.name }),
          invitation,
        );
      });
      return member;
    },

    async decline(ctx, allianceId, tenantId) {
      const invitation = await pendingInvitation(ctx, allianceId, tenantId);
      await repo.dropInvitation(
        invitation,
        meta(ctx, allianceId, 'invitation.declined', { type: 'invitation', id: tenantId }),
      );
    },

    async revoke(ctx, membership, tenantId) {
      const invitation = await pendingInvitation(ctx, membership.allianceId, tenantId);
      await repo.dropInvitation(
        invitation,
        meta(ctx, membership.allianceId, 'invitation.revoked', { type: 'invitation', id: tenantId }),
      );
    },

    async removeMember(ctx, membership, tenantId) {
      const { allianceId } = membership;
      const leaving = tenantId === membership.tenantId;
      // Removing another member is the secretariat's; leaving is the member's own admin's (route access).
      if (!leaving && membership.role !== 'secretariat') throw new DomainError('alliance.secretariatOnly');
      await retryOnConflict(async () => {
        const member = await repo.member(allianceId, tenantId);
        if (!member) throw new DomainError('resource.notFound');
        if (member.status === 'former') return; // finish the departure steps below
        await endMembership(ctx, member, leaving ? 'left' : 'removed', false);
      });
      await departure(ctx, allianceId, tenantId);
    },

    async leaveAll(ctx, tenantId) {
      const left: string[] = [];
      for (const link of await repo.allTenantAlliances(tenantId)) {
        await retryOnConflict(async () => {
          const member = await repo.member(link.allianceId, tenantId);
          if (member?.status !== 'active') return;
          await endMembership(ctx, member, 'offboarded', true);
        });
        await departure(ctx, link.allianceId, tenantId);
        left.push(link.allianceId);
      }
      return left;
    },

    async setRole(ctx, membership, tenantId, role) {
      const { allianceId } = membership;
      return retryOnConflict(async () => {
        const [alliance, member] = await Promise.all([stored(allianceId), repo.member(allianceId, tenantId)]);
        if (member?.status !== 'active') throw new DomainError('resource.notFound');
        if (member.role === role) return member;
        const secretariat =
          role === 'secretariat'
            ? [...alliance.secretariatTenantIds, tenantId]
            : alliance.secretariatTenantIds.filter((id) => id !== tenantId);
        if (secretariat.length === 0) throw new DomainError('alliance.lastSecretariat');
        const after = { ...member, role };
        await repo.changeMembership(
          allianceId,
          [{ before: member, after }],
          { expectedRev: alliance.memberRev, secretariatTenantIds: secretariat, memberDelta: 0 },
          meta(ctx, allianceId, 'member.roleChanged', memberSubject(member), ['role']),
        );
        return after;
      });
    },

    feed: (allianceId, query) => repo.feed(allianceId, query),
  };
};

const memberSubject = (member: AllianceMember): FeedSubject => ({
  type: 'member',
  id: member.tenantId,
  title: member.tenantName,
});

/** Drops expired invitations from a page (TTL deletes them only eventually). */
const current = (page: Page<Invitation>): Page<Invitation> => {
  const now = Date.now();
  const items = page.items.filter((invitation) => Date.parse(invitation.expiresAt) > now);
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
};

const publicAlliance = ({ memberRev: _rev, ...alliance }: AllianceState): StoredAlliance => alliance;
