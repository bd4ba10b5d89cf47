// Enrolling a tenant's own units and organisations into an alliance as member units (成员单位). The alliance
// sees a copy of the chosen fields, made at enrolment and again only when the owner asks (refresh, or a new
// choice of fields): later edits of the private record never reach the alliance by themselves.
import { allianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership as AllianceScope } from '../alliances/schema.ts';
import type { DepartureStep } from '../alliances/service.ts';
import type { Org } from '../orgs/schema.ts';
import { DomainError } from '../shared/errors.ts';
import { newResource } from '../shared/resource.ts';
import type { Page } from '../shared/schema.ts';
import type { WriteContext } from '../shared/write.ts';
import type { Unit } from '../units/schema.ts';
import { type MemberUnitSourceRecord, PROJECTED_ATTRIBUTES, project } from './projection.ts';
import type { MemberUnitRepository, MemberUnitSource } from './repository.ts';
import type {
  EnrolMemberUnit,
  ListMemberUnitsQuery,
  MemberUnit,
  StoredMemberUnit,
  UpdateMemberUnit,
} from './schema.ts';

export interface MemberUnitService {
  enrol(ctx: WriteContext, scope: AllianceScope, input: EnrolMemberUnit): Promise<MemberUnit>;
  list(scope: AllianceScope, query: ListMemberUnitsQuery): Promise<Page<MemberUnit>>;
  get(scope: AllianceScope, memberUnitId: string): Promise<MemberUnit>;
  update(
    ctx: WriteContext,
    scope: AllianceScope,
    memberUnitId: string,
    expectedVersion: number,
    patch: UpdateMemberUnit,
  ): Promise<MemberUnit>;
  withdraw(
    ctx: WriteContext,
    scope: AllianceScope,
    memberUnitId: string,
    expectedVersion: number,
  ): Promise<void>;
  /** Departure step: a tenant that leaves takes its member units with it (rule 4: open items withdrawn). */
  readonly withdrawDeparted: DepartureStep;
}

export interface MemberUnitServiceDeps {
  readonly repo: MemberUnitRepository;
  /** A unit of the tenant's own partition (read with the tenant's own access). */
  readonly unit: (tenantId: string, unitId: string) => Promise<Unit | undefined>;
  readonly org: (tenantId: string, orgId: string) => Promise<Org | undefined>;
}

const subject = (unit: { id: string; name?: string | undefined }, version?: number) => ({
  type: 'memberUnit',
  id: unit.id,
  ...(unit.name === undefined ? {} : { title: unit.name }),
  ...(version === undefined ? {} : { version }),
});

/** The answer to the owner carries which private record is copied; nobody else ever sees it. */
const withSource = (unit: StoredMemberUnit, source: MemberUnitSource | undefined): MemberUnit => {
  if (!source) return unit;
  return source.kind === 'unit' ? { ...unit, sourceUnitId: source.id } : { ...unit, sourceOrgId: source.id };
};

export const createMemberUnitService = (deps: MemberUnitServiceDeps): MemberUnitService => {
  const { repo } = deps;

  const readSource = async (tenantId: string, source: MemberUnitSource): Promise<MemberUnitSourceRecord> => {
    if (source.kind === 'unit') {
      const record = await deps.unit(tenantId, source.id);
      if (record) return { kind: 'unit', record };
    } else {
      const record = await deps.org(tenantId, source.id);
      if (record) return { kind: 'org', record };
    }
    throw new DomainError('memberUnit.sourceNotFound', { kind: source.kind, id: source.id });
  };

  /** The caller's own member unit at the version it read. */
  const owned = async (scope: AllianceScope, memberUnitId: string, expectedVersion: number) => {
    const unit = await repo.get(scope, memberUnitId);
    if (!unit) throw new DomainError('resource.notFound');
    if (unit.ownerTenantId !== scope.tenantId) throw new DomainError('memberUnit.ownerOnly');
    if (unit.version !== expectedVersion) throw new DomainError('version.mismatch');
    const source = (await repo.sources(scope, [memberUnitId])).get(memberUnitId);
    return { unit, source };
  };

  const answer = async (scope: AllianceScope, units: readonly StoredMemberUnit[]) => {
    const own = units.filter((unit) => unit.ownerTenantId === scope.tenantId).map((unit) => unit.id);
    const sources = own.length ? await repo.sources(scope, own) : new Map<string, MemberUnitSource>();
    return units.map((unit) => withSource(unit, sources.get(unit.id)));
  };

  return {
    async enrol(ctx, scope, { unitId, orgId, fields, description }) {
      const source: MemberUnitSource = unitId
        ? { kind: 'unit', id: unitId }
        : { kind: 'org', id: orgId ?? '' };
      const projected = project(await readSource(scope.tenantId, source), fields);
      const unit: StoredMemberUnit = newResource(ctx, {
        allianceId: scope.allianceId,
        ownerTenantId: scope.tenantId,
        kind: source.kind,
        fields,
        ...projected,
        ...(description === undefined ? {} : { description }),
        refreshedAt: ctx.now.toISOString(),
      });
      await repo.enrol(
        scope,
        unit,
        source,
        allianceWriteMeta(ctx, scope.allianceId, 'memberUnit.enrolled', subject(unit, 1), [
          'fields',
          ...fields,
        ]),
      );
      return withSource(unit, source);
    },

    async list(scope, query) {
      const page = await repo.list(scope, query);
      const items = await answer(scope, page.items);
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
    },

    async get(scope, memberUnitId) {
      const unit = await repo.get(scope, memberUnitId);
      if (!unit) throw new DomainError('resource.notFound');
      const [answered] = await answer(scope, [unit]);
      return answered ?? unit;
    },

    async update(ctx, scope, memberUnitId, expectedVersion, patch) {
      const { unit, source } = await owned(scope, memberUnitId, expectedVersion);
      const recopy = patch.fields !== undefined || patch.refresh === true;
      if (recopy && !source) throw new DomainError('memberUnit.sourceGone');
      const fields = patch.fields ?? unit.fields;
      let next: Record<string, unknown> = {
        ...unit,
        version: unit.version + 1,
        updatedAt: ctx.now.toISOString(),
      };
      if (recopy && source) {
        const record = await readSource(scope.tenantId, source).catch((error: unknown) => {
          if (error instanceof DomainError && error.code === 'memberUnit.sourceNotFound')
            throw new DomainError('memberUnit.sourceGone');
          throw error;
        });
        const kept = Object.fromEntries(
          Object.entries(next).filter(([key]) => !(PROJECTED_ATTRIBUTES as readonly string[]).includes(key)),
        );
        next = { ...kept, fields, ...project(record, fields), refreshedAt: ctx.now.toISOString() };
      }
      if (patch.description === null) delete next.description;
      else if (patch.description !== undefined) next.description = patch.description;
      const removed = Object.keys(unit).filter((key) => !(key in next));
      const stored = next as StoredMemberUnit;
      await repo.update(
        scope,
        { expectedVersion, next: stored, removed },
        allianceWriteMeta(
          ctx,
          scope.allianceId,
          'memberUnit.updated',
          subject(stored, stored.version),
          Object.keys(patch).filter((key) => patch[key as keyof UpdateMemberUnit] !== undefined),
        ),
      );
      return withSource(stored, source);
    },

    async withdraw(ctx, scope, memberUnitId, expectedVersion) {
      const { unit, source } = await owned(scope, memberUnitId, expectedVersion);
      await repo.withdraw(
        scope,
        unit,
        expectedVersion,
        source,
        allianceWriteMeta(ctx, scope.allianceId, 'memberUnit.withdrawn', subject(unit)),
      );
    },

    async withdrawDeparted(ctx, allianceId, tenantId) {
      for (const unit of await repo.departed(allianceId, tenantId))
        await repo.withdrawDeparted(
          allianceId,
          tenantId,
          unit,
          allianceWriteMeta(ctx, allianceId, 'memberUnit.withdrawn', subject(unit)),
        );
    },
  };
};
