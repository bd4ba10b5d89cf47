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

/** Every page of a paged read, in order (departure steps and exports walk an index range to its end). */
export async function* allPages<T>(
  read: (page: { limit: number; cursor?: string | undefined }) => Promise<{
    readonly items: readonly T[];
    readonly nextCursor?: string | undefined;
  }>,
  limit = 100,
): AsyncGenerator<readonly T[]> {
  let cursor: string | undefined;
  do {
    const page = await read({ limit, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Every item of a paged read. */
export const readAll = async <T>(read: Parameters<typeof allPages<T>>[0], limit?: number): Promise<T[]> => {
  const items: T[] = [];
  for await (const page of allPages(read, limit)) items.push(...page);
  return items;
};
