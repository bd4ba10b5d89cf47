// Admits a caller to an alliance route only while its tenant is an active member (consistent read per
// request: alliance roles change while tokens live). Non-members get 404, so they learn nothing of it.
import {
  type Access,
  type AllianceMembership,
  type AllianceService,
  DomainError,
  type Principal,
} from '@lianjian/core';

/** Set on routes without an alliance; their handlers never read it. */
export const NO_ALLIANCE: AllianceMembership = { allianceId: '', tenantId: '', role: 'member' };

export const allianceGate = async (
  access: Access,
  params: Readonly<Record<string, unknown>>,
  principal: Principal,
  // Read only on alliance routes: on the Lambda entry, other routes' calls may not have loaded it.
  services: { readonly alliances: AllianceService },
): Promise<AllianceMembership> => {
  if (access.kind !== 'roles' || access.alliance === undefined) return NO_ALLIANCE;
  const allianceId = params.allianceId;
  if (typeof allianceId !== 'string' || principal.tenantId === null)
    throw new DomainError('resource.notFound');
  const membership = await services.alliances.membership(allianceId, principal.tenantId);
  if (!membership) throw new DomainError('resource.notFound');
  if (access.alliance === 'secretariat' && membership.role !== 'secretariat')
    throw new DomainError('alliance.secretariatOnly');
  return membership;
};
