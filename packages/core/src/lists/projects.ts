// Joining accepted claims into a new project: which claims qualify, and the links the project records.
import type { ClaimRepository } from '../claims/repository.ts';
import type { Claim } from '../claims/schema.ts';
import { DomainError } from '../shared/errors.ts';
import type { ListScope } from './repository.ts';
import type { CreateProject, ProjectLinks } from './schema.ts';

/** The claims `input` names: each accepted, not yet in a project, and the caller a party to it. */
export const projectClaims = async (
  claims: ClaimRepository,
  scope: ListScope,
  input: CreateProject,
): Promise<Claim[]> => {
  const wanted = [
    ['resourceClaimId', input.resourceClaimId, 'resource'],
    ['needClaimId', input.needClaimId, 'need'],
  ] as const;
  const found: Claim[] = [];
  for (const [field, claimId, kind] of wanted) {
    if (claimId === undefined) continue;
    const claim = await claims.get(scope, claimId);
    if (!claim || claim.itemKind !== kind) throw new DomainError('project.claimNotFound', { field, claimId });
    if (claim.claimantTenantId !== scope.tenantId && claim.itemOwnerTenantId !== scope.tenantId)
      throw new DomainError('project.notParty', { claimId });
    if (claim.status !== 'accepted')
      throw new DomainError('project.claimNotAccepted', { claimId, status: claim.status });
    if (claim.projectId !== undefined) throw new DomainError('project.claimLinked', { claimId });
    found.push(claim);
  }
  return found;
};

export const projectLinks = (joined: readonly Claim[]): ProjectLinks | undefined => {
  if (joined.length === 0) return undefined;
  const links: Record<string, string> = {};
  for (const claim of joined) {
    links[`${claim.itemKind}ClaimId`] = claim.id;
    links[`${claim.itemKind}Id`] = claim.itemId;
  }
  return links;
};
