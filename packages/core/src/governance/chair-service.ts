// The rotating chair: the secretariat sets the rotation and may hand over early; who chairs is derived
// (see chair.ts) from the schedule and the member records whenever it is asked.
import { allianceWriteMeta } from '../alliances/feed.ts';
import { DomainError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { retryOnConflict } from '../shared/retry.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import { type ChairTerm, deriveChair } from './chair.ts';
import type { AllianceScope, ChairRepository, PageRequest, StoredSchedule } from './repository.ts';
import type { ChairHandover, ChairScheduleInput, ChairView, CreateHandover } from './schema.ts';

/** Recorded handovers shown with the chair; older ones are paged at GET …/chair/handovers. */
const LATEST_HANDOVERS = 20;

export interface ChairService {
  get(scope: AllianceScope, now: Date): Promise<ChairView>;
  setSchedule(
    ctx: WriteContext,
    scope: AllianceScope,
    expectedVersion: number,
    input: ChairScheduleInput,
  ): Promise<ChairView>;
  handOver(ctx: WriteContext, scope: AllianceScope, input: CreateHandover): Promise<ChairHandover>;
  handovers(scope: AllianceScope, page: PageRequest): Promise<Page<ChairHandover>>;
}

export const createChairService = (repo: ChairRepository): ChairService => {
  const view = async (scope: AllianceScope, schedule: StoredSchedule | undefined, now: Date) => {
    const [members, latest] = await Promise.all([
      repo.members(scope),
      repo.handovers(scope, { limit: LATEST_HANDOVERS }),
    ]);
    const handovers = [...latest.items];
    if (!schedule) return { version: 0, terms: [], handovers };
    const names = new Map(members.map((member) => [member.tenantId, member.tenantName]));
    const named = (term: ChairTerm) => {
      const tenantName = names.get(term.tenantId);
      return tenantName === undefined ? term : { ...term, tenantName };
    };
    const state = deriveChair(schedule, members, now);
    const { version, rotation, termMonths, startsOn, anchor, updatedAt } = schedule;
    return {
      version,
      rotation: [...rotation],
      termMonths,
      startsOn,
      updatedAt,
      ...(anchor ? { anchor } : {}),
      ...(state.current ? { current: named(state.current) } : {}),
      ...(state.next ? { next: named(state.next) } : {}),
      terms: state.terms.map(named),
      handovers,
    };
  };

  return {
    get: async (scope, now) => view(scope, await repo.schedule(scope), now),

    async setSchedule(ctx, scope, expectedVersion, input) {
      const next: StoredSchedule = {
        version: expectedVersion + 1,
        rotation: input.rotation,
        termMonths: input.termMonths,
        startsOn: input.startsOn,
        updatedAt: ctx.now.toISOString(),
      };
      await repo.setSchedule(
        scope,
        next,
        expectedVersion,
        allianceWriteMeta(
          ctx,
          scope.allianceId,
          'chair.scheduleSet',
          { type: 'chair', id: 'schedule', version: next.version },
          Object.keys(input),
        ),
      );
      return view(scope, next, ctx.now);
    },

    handOver: (ctx, scope, { toTenantId, reason }) =>
      retryOnConflict(async () => {
        const [schedule, members] = await Promise.all([repo.schedule(scope), repo.members(scope)]);
        if (!schedule) throw new DomainError('chair.noSchedule');
        if (!schedule.rotation.includes(toTenantId))
          throw new DomainError('chair.notInRotation', { tenantId: toTenantId });
        const to = members.find((member) => member.tenantId === toTenantId);
        if (to?.status !== 'active')
          throw new DomainError('alliance.tenantNotMember', { tenantId: toTenantId });
        const { current } = deriveChair(schedule, members, ctx.now);
        if (current?.tenantId === toTenantId)
          throw new DomainError('chair.alreadyChair', { tenantId: toTenantId });
        const at = ctx.now.toISOString();
        const handover: ChairHandover = {
          id: newId(ctx.now.getTime()),
          allianceId: scope.allianceId,
          at,
          ...(current ? { fromTenantId: current.tenantId } : {}),
          toTenantId,
          reason,
          byTenantId: scope.tenantId,
        };
        const next: StoredSchedule = {
          ...schedule,
          version: schedule.version + 1,
          anchor: { tenantId: toTenantId, at },
          updatedAt: at,
        };
        await repo.handOver(
          scope,
          next,
          handover,
          allianceWriteMeta(ctx, scope.allianceId, 'chair.handedOver', {
            type: 'chair',
            id: handover.id,
            title: to.tenantName,
          }),
        );
        return handover;
      }),

    handovers: (scope, page) => repo.handovers(scope, page),
  };
};
