// The charter (章程) or framework agreement (框架协议), in numbered versions that are never rewritten: the
// secretariat adopts version n+1 naming version n (If-Match), so two adoptions of the same base cannot both win.

import { allianceWriteMeta } from '../alliances/feed.ts';
import type { CharterVersion } from '../alliances/repository.ts';
import { DomainError } from '../shared/errors.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import type { AllianceScope, CharterRepository, PageRequest } from './repository.ts';
import type { Charter, CharterSummary, CreateCharterVersion } from './schema.ts';

export interface CharterService {
  /** The highest version; 404 before any was adopted. */
  current(scope: AllianceScope): Promise<Charter>;
  version(scope: AllianceScope, version: number): Promise<Charter>;
  /** Newest first, without the texts. */
  versions(scope: AllianceScope, page: PageRequest): Promise<Page<CharterSummary>>;
  /** Adopts version `basedOn + 1`; `basedOn` is the current version (0 before the first). */
  adopt(
    ctx: WriteContext,
    scope: AllianceScope,
    basedOn: number,
    input: CreateCharterVersion,
  ): Promise<Charter>;
}

const answered = (allianceId: string, charter: CharterVersion): Charter => ({ allianceId, ...charter });

const summary = (allianceId: string, { text, ...rest }: CharterVersion): CharterSummary => ({
  allianceId,
  ...rest,
  length: text.length,
});

export const createCharterService = (repo: CharterRepository): CharterService => ({
  async current(scope) {
    const charter = await repo.current(scope);
    if (!charter) throw new DomainError('resource.notFound');
    return answered(scope.allianceId, charter);
  },

  async version(scope, version) {
    const charter = await repo.version(scope, version);
    if (!charter) throw new DomainError('resource.notFound');
    return answered(scope.allianceId, charter);
  },

  async versions(scope, page) {
    const { items, nextCursor } = await repo.versions(scope, page);
    const summaries = items.map((charter) => summary(scope.allianceId, charter));
    return nextCursor ? { items: summaries, nextCursor } : { items: summaries };
  },

  async adopt(ctx, scope, basedOn, input) {
    const charter: CharterVersion = {
      version: basedOn + 1,
      text: input.text,
      ...(input.note === undefined ? {} : { note: input.note }),
      adoptedAt: ctx.now.toISOString(),
      adoptedByTenantId: scope.tenantId,
    };
    await repo.adopt(
      scope,
      charter,
      allianceWriteMeta(
        ctx,
        scope.allianceId,
        'charter.adopted',
        { type: 'charter', id: String(charter.version), version: charter.version },
        Object.keys(input),
      ),
    );
    return answered(scope.allianceId, charter);
  },
});
