// What the member-unit service needs from storage. The projection lives in the alliance partition; which
// private record it copies (the source) lives only in the owner's partition.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { AllianceMembership as AllianceScope } from '../alliances/schema.ts';
import type { Page } from '../shared/schema.ts';
import type { MemberUnitKind, StoredMemberUnit } from './schema.ts';

export interface MemberUnitSource {
  readonly kind: MemberUnitKind;
  readonly id: string;
}

export interface MemberUnitChange {
  readonly expectedVersion: number;
  readonly next: StoredMemberUnit;
  readonly removed: readonly string[];
}

/** A departed tenant's member unit, as found for withdrawal. */
export interface DepartedMemberUnit {
  readonly id: string;
  readonly name?: string;
  /** Absent when only the alliance side was found (the owner's partition is already gone). */
  readonly source?: MemberUnitSource;
}

export interface MemberUnitRepository {
  get(scope: AllianceScope, memberUnitId: string): Promise<StoredMemberUnit | undefined>;
  list(
    scope: AllianceScope,
    query: { ownerTenantId?: string | undefined; limit: number; cursor?: string | undefined },
  ): Promise<Page<StoredMemberUnit>>;
  /** The sources of the caller's own member units among `memberUnitIds`. */
  sources(scope: AllianceScope, memberUnitIds: readonly string[]): Promise<Map<string, MemberUnitSource>>;
  /** Fails with `memberUnit.alreadyEnrolled` if the source is already enrolled in this alliance. */
  enrol(
    scope: AllianceScope,
    unit: StoredMemberUnit,
    source: MemberUnitSource,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Fails with `version.mismatch` / `resource.notFound`. */
  update(scope: AllianceScope, change: MemberUnitChange, meta: AllianceWriteMeta): Promise<void>;
  withdraw(
    scope: AllianceScope,
    unit: StoredMemberUnit,
    expectedVersion: number,
    source: MemberUnitSource | undefined,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** A departed tenant's member units in the alliance (platform access: the tenant is no longer a member). */
  departed(allianceId: string, tenantId: string): Promise<DepartedMemberUnit[]>;
  /** Withdraws one of them, projection and source alike; already gone is fine (steps run again). */
  withdrawDeparted(
    allianceId: string,
    tenantId: string,
    unit: DepartedMemberUnit,
    meta: AllianceWriteMeta,
  ): Promise<void>;
}
