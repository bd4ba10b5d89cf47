// Who takes over what a departed member leaves in the workspace (its open problems, its action items, the
// meetings it was to host): the alliance's secretariat, as it stands after the departure.
import type { AllianceRepository } from './repository.ts';

/**
 * The secretariat tenant that inherits a departed member's open work, or undefined when the alliance has no
 * secretariat left (its last member left): `avoid` (e.g. a problem's raiser) is passed over when another
 * secretariat tenant is there.
 */
export type HeirLookup = (
  allianceId: string,
  departedTenantId: string,
  avoid?: string,
) => Promise<string | undefined>;

export const secretariatHeir =
  (repo: Pick<AllianceRepository, 'get'>): HeirLookup =>
  async (allianceId, departedTenantId, avoid) => {
    const alliance = await repo.get(allianceId);
    const candidates = (alliance?.secretariatTenantIds ?? []).filter((id) => id !== departedTenantId);
    return candidates.find((id) => id !== avoid) ?? candidates[0];
  };
