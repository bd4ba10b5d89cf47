// Rule 4 of the brief, for the lists: when a tenant leaves an alliance its open items are withdrawn, all its
// items are marked as from a former member, and its pending claims are dropped. One transaction per item or
// claim; each step skips what is already done, so running it again finishes an interrupted departure.

import { allianceWriteMeta } from '../alliances/feed.ts';
import type { DepartureStep } from '../alliances/service.ts';
import { decideClaim } from '../claims/decide.ts';
import { retryOnChange } from '../shared/retry.ts';
import type { WriteContext } from '../shared/write.ts';
import type { ListScope } from './repository.ts';
import { LIST_KINDS } from './schema.ts';
import { itemSubject, nextVersion } from './view.ts';
import { type WithdrawalDeps, withdrawItem } from './withdrawal.ts';

/** The acting tenant's session reads and writes (the leaver itself, or the secretariat removing it). */
const scopeOf = (ctx: WriteContext, allianceId: string, tenantId: string): ListScope => ({
  allianceId,
  tenantId: ctx.principal.tenantId ?? tenantId,
});

export const listDepartureSteps = (deps: WithdrawalDeps): DepartureStep[] => [
  async function withdrawDepartedItems(ctx, allianceId, tenantId) {
    const scope = scopeOf(ctx, allianceId, tenantId);
    for (const kind of LIST_KINDS) {
      for (const { id } of await deps.items.ownedBy(scope, kind, tenantId)) {
        await retryOnChange(async () => {
          const item = await deps.items.get(scope, kind, id);
          if (!item) return;
          if (item.status === 'open') {
            await withdrawItem(deps, ctx, scope, item, { fromFormerMember: true });
            return;
          }
          if (item.fromFormerMember) return;
          const after = nextVersion(item, ctx.now, { fromFormerMember: true });
          await deps.items.update(
            scope,
            { before: item, after, removed: [] },
            allianceWriteMeta(ctx, allianceId, `${kind}.ownerDeparted`, itemSubject(after), [
              'fromFormerMember',
            ]),
          );
        });
      }
    }
  },

  async function dropDepartedClaims(ctx, allianceId, tenantId) {
    const scope = scopeOf(ctx, allianceId, tenantId);
    for (const { id } of await deps.claims.pendingBy(scope, tenantId)) {
      await retryOnChange(async () => {
        const claim = await deps.claims.get(scope, id);
        if (claim?.status !== 'pending') return;
        const item = await deps.items.get(scope, claim.itemKind, claim.itemId);
        if (!item) return;
        await decideClaim(deps.claims, ctx, scope, claim, item, 'drop');
      });
    }
  },
];
