// What the alliance service needs from storage. Membership and invitations are written on both sides (the
// alliance's partition and the tenant's) in one transaction each.
import type { Page } from '../shared/schema.ts';
import type { AllianceWriteMeta } from './feed.ts';
import type { Alliance, AllianceMember, FeedEvent, Invitation } from './schema.ts';

/** An alliance as stored (without the caller-specific `myRole`). */
export type StoredAlliance = Omit<Alliance, 'myRole'>;

/**
 * An alliance as read for a membership change: `memberRev` moves with every membership write, which is
 * conditional on it, so two concurrent changes cannot both act on the same secretariat list or count.
 */
export type AllianceState = StoredAlliance & { readonly memberRev: number };

/** A membership change's effect on the alliance item. */
export interface MembershipCount {
  readonly expectedRev: number;
  readonly secretariatTenantIds: readonly string[];
  /** +1 joining, -1 leaving, 0 role changes. */
  readonly memberDelta: -1 | 0 | 1;
}

export interface MemberChange {
  /** The stored record (absent for a tenant joining for the first time). */
  readonly before: AllianceMember | undefined;
  readonly after: AllianceMember;
}

/** The tenant side of a membership: which alliances a tenant belongs to. */
export interface TenantAllianceLink {
  readonly allianceId: string;
  readonly role: AllianceMember['role'];
  readonly joinedAt: string;
}

export interface CharterVersion {
  readonly version: number;
  readonly text: string;
  /** What changed (修订说明); absent on the version adopted at creation. */
  readonly note?: string;
  readonly adoptedAt: string;
  readonly adoptedByTenantId: string;
}

export interface FeedQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly after?: string | undefined;
}

export interface AllianceRepository {
  get(allianceId: string): Promise<AllianceState | undefined>;
  /** Consistent read of one member record (active or former). */
  member(allianceId: string, tenantId: string): Promise<AllianceMember | undefined>;
  /** Every member record, active and former (an alliance has at most a few dozen). */
  allMembers(allianceId: string): Promise<AllianceMember[]>;
  /** Every alliance's id (platform jobs; one index query per page of alliances). */
  allIds(): Promise<string[]>;
  members(
    allianceId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<AllianceMember>>;
  tenantAlliances(
    tenantId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<TenantAllianceLink>>;
  /** Every alliance link of a tenant (offboarding walks them). */
  allTenantAlliances(tenantId: string): Promise<TenantAllianceLink[]>;
  invitation(allianceId: string, tenantId: string): Promise<Invitation | undefined>;
  invitationsFor(
    tenantId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<Invitation>>;
  invitationsOf(
    allianceId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<Invitation>>;

  /** The alliance, its founder as secretariat (both sides) and the first charter version. */
  create(
    alliance: StoredAlliance,
    founder: AllianceMember,
    charter: CharterVersion | undefined,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  update(
    change: { expectedVersion: number; next: StoredAlliance; removed: readonly string[] },
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Records the invitation on both sides; fails if the tenant is already a member or invited. */
  invite(invitation: Invitation, meta: AllianceWriteMeta): Promise<void>;
  /** Removes the invitation (both sides): a decline or a revocation. */
  dropInvitation(invitation: Invitation, meta: AllianceWriteMeta): Promise<void>;
  /**
   * Membership changes in one transaction: each member record written (a new one, or conditional on the
   * stored one), the tenant's link kept in step (present while active), the alliance's count and secretariat
   * list updated on its `memberRev`, and an accepted invitation removed. A failed condition is `write.conflict`.
   */
  changeMembership(
    allianceId: string,
    changes: readonly MemberChange[],
    count: MembershipCount,
    meta: AllianceWriteMeta,
    accepted?: Invitation,
  ): Promise<void>;
  /** Newest first; with `after`, the events after that id, oldest first. */
  feed(allianceId: string, query: FeedQuery): Promise<Page<FeedEvent>>;
}
