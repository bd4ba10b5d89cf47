// The alliance committee (委员会): 书记, 副书记 and 委员, each a person from a member tenant. The secretariat
// edits it, members read it. At most one secretary; the store enforces it in the write itself.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { DepartureStep } from '../alliances/service.ts';
import { DomainError } from '../shared/errors.ts';
import { mergePatched, newResource } from '../shared/resource.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { WriteContext } from '../shared/write.ts';
import type { AllianceScope, CommitteeRepository } from './repository.ts';
import {
  COMMITTEE_ROLES,
  type CommitteePosition,
  type CreatePosition,
  type UpdatePosition,
} from './schema.ts';

export interface CommitteeService {
  /** Every position in committee order: secretary, deputies, members, each by `order`. */
  list(scope: AllianceScope): Promise<CommitteePosition[]>;
  get(scope: AllianceScope, positionId: string): Promise<CommitteePosition>;
  add(ctx: WriteContext, scope: AllianceScope, input: CreatePosition): Promise<CommitteePosition>;
  update(
    ctx: WriteContext,
    scope: AllianceScope,
    positionId: string,
    expectedVersion: number,
    patch: UpdatePosition,
  ): Promise<CommitteePosition>;
  remove(ctx: WriteContext, scope: AllianceScope, positionId: string, expectedVersion: number): Promise<void>;
  /** Departure step: a tenant that leaves vacates its people's positions. */
  readonly vacate: DepartureStep;
}

const OPTIONAL_FIELDS = ['title', 'unitName'] as const;

const rank = (position: CommitteePosition) => COMMITTEE_ROLES.indexOf(position.role);

export const committeeOrder = (a: CommitteePosition, b: CommitteePosition): number =>
  rank(a) - rank(b) || a.order - b.order || a.id.localeCompare(b.id);

const subject = (position: CommitteePosition, withVersion = true) => ({
  type: 'committeePosition',
  id: position.id,
  title: position.personName,
  ...(withVersion ? { version: position.version } : {}),
});

export const createCommitteeService = (repo: CommitteeRepository): CommitteeService => {
  const stored = async (scope: AllianceScope, positionId: string, expectedVersion: number) => {
    const position = await repo.position(scope, positionId);
    if (!position) throw new DomainError('resource.notFound');
    if (position.version !== expectedVersion) throw new DomainError('version.mismatch');
    return position;
  };

  return {
    list: async (scope) => (await repo.positions(scope)).sort(committeeOrder),

    async get(scope, positionId) {
      const position = await repo.position(scope, positionId);
      if (!position) throw new DomainError('resource.notFound');
      return position;
    },

    async add(ctx, scope, input) {
      const position: CommitteePosition = newResource(ctx, { ...input, allianceId: scope.allianceId });
      await repo.add(
        scope,
        position,
        allianceWriteMeta(
          ctx,
          scope.allianceId,
          'committee.positionAdded',
          subject(position),
          Object.keys(input),
        ),
      );
      return position;
    },

    async update(ctx, scope, positionId, expectedVersion, patch) {
      const before = await stored(scope, positionId, expectedVersion);
      const { next, removed } = mergePatched(ctx, before, patch, [...OPTIONAL_FIELDS]);
      await repo.update(
        scope,
        { before, next, removed, expectedVersion },
        allianceWriteMeta(
          ctx,
          scope.allianceId,
          'committee.positionUpdated',
          subject(next),
          Object.keys(patch),
        ),
      );
      return next;
    },

    async remove(ctx, scope, positionId, expectedVersion) {
      const position = await stored(scope, positionId, expectedVersion);
      await repo.remove(
        scope,
        position,
        expectedVersion,
        allianceWriteMeta(ctx, scope.allianceId, 'committee.positionRemoved', subject(position, false)),
      );
    },

    vacate: (ctx, allianceId, tenantId) =>
      retryOnConflict(async () => {
        const all = await repo.allPositions(allianceId);
        for (const position of all.filter((held) => held.tenantId === tenantId))
          await repo.vacate(
            allianceId,
            position,
            allianceWriteMeta(ctx, allianceId, 'committee.positionVacated', subject(position, false)),
          );
      }),
  };
};
