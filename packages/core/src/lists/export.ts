// What a tenant posted in its alliances, for its export: the items live in the alliances' partitions, not the
// tenant's, but they are its records (rule 5 of the brief: offboarding deletes the partition after an export).
import type { TenantAllianceLink } from '../alliances/repository.ts';
import type { ExportedItem } from '../tenants/repository.ts';
import type { ListRepository } from './repository.ts';
import { LIST_KINDS } from './schema.ts';

/** The entity name of these lines in the export (see tenants/export.ts). */
export const ALLIANCE_ITEM_ENTITY = 'ALLIANCE_ITEM';

export interface ContributionDeps {
  /** The alliances the tenant is a member of. */
  readonly links: (tenantId: string) => Promise<readonly TenantAllianceLink[]>;
  readonly items: ListRepository;
}

/** One page per alliance and kind: every resource, need and project the tenant owns there, any status. */
export const listContributions = (deps: ContributionDeps) =>
  async function* (tenantId: string): AsyncGenerator<readonly ExportedItem[]> {
    for (const { allianceId } of await deps.links(tenantId)) {
      for (const kind of LIST_KINDS) {
        const owned = await deps.items.ownedBy({ allianceId, tenantId }, kind, tenantId);
        if (owned.length === 0) continue;
        yield owned.map((item) => ({
          entity: ALLIANCE_ITEM_ENTITY,
          key: `${allianceId}/${kind}/${item.id}`,
          data: item,
        }));
      }
    }
  };
