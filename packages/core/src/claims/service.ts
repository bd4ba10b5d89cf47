// Two-way claiming: a member claims another's need or resource; the owner accepts or declines; the claimant
// may withdraw. The item's owner and the secretariat see every claim on an item, a claimant only its own.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership } from '../alliances/schema.ts';
import type { ListRepository } from '../lists/repository.ts';
import type { ClaimableKind } from '../lists/schema.ts';
import { shanghaiDate } from '../lists/status.ts';
import { seesItem } from '../lists/view.ts';
import { DomainError } from '../shared/errors.ts';
import { newResource } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { claimSubject, decideClaim } from './decide.ts';
import type { ClaimRepository } from './repository.ts';
import { quantityShortfall } from './rules.ts';
import { type Claim, type ClaimDecisionInput, type CreateClaim, MAX_PENDING_CLAIMS } from './schema.ts';

type Member = AllianceMembership;

export interface ClaimService {
  create(
    ctx: WriteContext,
    member: Member,
    kind: ClaimableKind,
    itemId: string,
    input: CreateClaim,
  ): Promise<Claim>;
  list(
    member: Member,
    kind: ClaimableKind,
    itemId: string,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<Page<Claim>>;
  get(member: Member, kind: ClaimableKind, itemId: string, claimId: string): Promise<Claim>;
  /** The item's owner; fails with `claim.quantityExhausted` rather than over-allocate. */
  accept(
    ctx: WriteContext,
    member: Member,
    kind: ClaimableKind,
    itemId: string,
    claimId: string,
    input: ClaimDecisionInput,
  ): Promise<Claim>;
  decline(
    ctx: WriteContext,
    member: Member,
    kind: ClaimableKind,
    itemId: string,
    claimId: string,
    input: ClaimDecisionInput,
  ): Promise<Claim>;
  /** The claimant takes back its pending claim. */
  withdraw(
    ctx: WriteContext,
    member: Member,
    kind: ClaimableKind,
    itemId: string,
    claimId: string,
  ): Promise<Claim>;
}

export interface ClaimServiceDeps {
  readonly items: ListRepository;
  readonly claims: ClaimRepository;
}

/** Who sees a claim: the item's owner, the claimant and the secretariat. */
const seesClaim = (claim: Claim, member: Member) =>
  claim.itemOwnerTenantId === member.tenantId ||
  claim.claimantTenantId === member.tenantId ||
  member.role === 'secretariat';

export const createClaimService = ({ items, claims }: ClaimServiceDeps): ClaimService => {
  const visibleItem = async (member: Member, kind: ClaimableKind, itemId: string) => {
    const item = await items.get(member, kind, itemId);
    if (!item || !seesItem(item, member)) throw new DomainError('resource.notFound');
    return item;
  };

  const visibleClaim = async (member: Member, kind: ClaimableKind, itemId: string, claimId: string) => {
    const claim = await claims.get(member, claimId);
    if (!claim || claim.itemId !== itemId || claim.itemKind !== kind || !seesClaim(claim, member))
      throw new DomainError('resource.notFound');
    return claim;
  };

  /** The claim and its item, for a decision by the item's owner. */
  const ownersClaim = async (member: Member, kind: ClaimableKind, itemId: string, claimId: string) => {
    const claim = await visibleClaim(member, kind, itemId, claimId);
    if (claim.itemOwnerTenantId !== member.tenantId) throw new DomainError('item.notOwner');
    const item = await items.get(member, kind, itemId);
    if (!item) throw new DomainError('resource.notFound');
    return { claim, item };
  };

  return {
    create: (ctx, member, kind, itemId, input) =>
      retryOnConflict(async () => {
        const item = await visibleItem(member, kind, itemId);
        if (item.ownerTenantId === member.tenantId) throw new DomainError('claim.ownItem');
        const today = shanghaiDate(ctx.now);
        const shortfall = quantityShortfall(item, input.quantity, today);
        if (shortfall) throw shortfall;
        if ((item.pendingClaims ?? 0) >= MAX_PENDING_CLAIMS)
          throw new DomainError('claim.tooManyPending', { limit: MAX_PENDING_CLAIMS });
        const claim: Claim = newResource(ctx, {
          ...input,
          allianceId: member.allianceId,
          itemId,
          itemKind: kind,
          itemOwnerTenantId: item.ownerTenantId,
          claimantTenantId: member.tenantId,
          status: 'pending' as const,
        });
        await claims.create(
          member,
          claim,
          item,
          today,
          allianceWriteMeta(
            ctx,
            member.allianceId,
            'claim.created',
            claimSubject(claim, item),
            Object.keys(input),
          ),
        );
        return claim;
      }),

    async list(member, kind, itemId, page) {
      const item = await visibleItem(member, kind, itemId);
      const seesAll = item.ownerTenantId === member.tenantId || member.role === 'secretariat';
      return claims.ofItem(member, itemId, seesAll ? {} : { claimantTenantId: member.tenantId }, page);
    },

    get: (member, kind, itemId, claimId) => visibleClaim(member, kind, itemId, claimId),

    accept: (ctx, member, kind, itemId, claimId, { note }) =>
      retryOnConflict(async () => {
        const { claim, item } = await ownersClaim(member, kind, itemId, claimId);
        return decideClaim(claims, ctx, member, claim, item, 'accept', note);
      }),

    decline: (ctx, member, kind, itemId, claimId, { note }) =>
      retryOnConflict(async () => {
        const { claim, item } = await ownersClaim(member, kind, itemId, claimId);
        return decideClaim(claims, ctx, member, claim, item, 'decline', note);
      }),

    withdraw: (ctx, member, kind, itemId, claimId) =>
      retryOnConflict(async () => {
        const claim = await visibleClaim(member, kind, itemId, claimId);
        if (claim.claimantTenantId !== member.tenantId) throw new DomainError('claim.notClaimant');
        const item = await items.get(member, kind, itemId);
        if (!item) throw new DomainError('resource.notFound');
        return decideClaim(claims, ctx, member, claim, item, 'withdraw');
      }),
  };
};
