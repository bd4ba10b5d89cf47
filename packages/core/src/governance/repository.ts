// What the governance services need from storage. Every call names the caller's membership (`scope`): the
// store reads and writes through that tenant's session, limited to its partition and this alliance's.
// Departure steps instead act with the platform's own access (see `vacate…`), as membership changes do.
import type { AllianceWriteMeta } from '../alliances/feed.ts';
import type { CharterVersion } from '../alliances/repository.ts';
import type { AllianceMember, AllianceMembership } from '../alliances/schema.ts';
import type { Page } from '../shared/schema.ts';
import type { ChairAnchor } from './chair.ts';
import type { ChairHandover, CommitteePosition } from './schema.ts';

export type AllianceScope = AllianceMembership;

import type { PageRequest } from '../shared/schema.ts';

export type { PageRequest };

export interface PositionChange {
  readonly before: CommitteePosition;
  readonly next: CommitteePosition;
  readonly removed: readonly string[];
  readonly expectedVersion: number;
}

export interface CommitteeRepository {
  /** Every position (at most MAX_COMMITTEE_POSITIONS), in id order. */
  positions(scope: AllianceScope): Promise<CommitteePosition[]>;
  position(scope: AllianceScope, positionId: string): Promise<CommitteePosition | undefined>;
  /**
   * Fails with `committee.secretaryTaken` (a second secretary), `committee.full`, or
   * `alliance.tenantNotMember` (the position's tenant is not an active member).
   */
  add(scope: AllianceScope, position: CommitteePosition, meta: AllianceWriteMeta): Promise<void>;
  update(scope: AllianceScope, change: PositionChange, meta: AllianceWriteMeta): Promise<void>;
  remove(
    scope: AllianceScope,
    position: CommitteePosition,
    expectedVersion: number,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Every position of the alliance (departure steps: platform access). */
  allPositions(allianceId: string): Promise<CommitteePosition[]>;
  /**
   * Removes a departed tenant's position if unchanged since read (else `write.conflict`: read again); one
   * already gone is fine (steps run again).
   */
  vacate(allianceId: string, position: CommitteePosition, meta: AllianceWriteMeta): Promise<void>;
}

/** The chair's schedule as stored. */
export interface StoredSchedule {
  readonly version: number;
  readonly rotation: readonly string[];
  readonly termMonths: number;
  readonly startsOn: string;
  readonly anchor?: ChairAnchor;
  readonly updatedAt: string;
}

export interface ChairRepository {
  schedule(scope: AllianceScope): Promise<StoredSchedule | undefined>;
  /** Every member record, active and former (the derivation skips tenants that left). */
  members(scope: AllianceScope): Promise<AllianceMember[]>;
  /**
   * Writes the schedule if the stored version is `expectedVersion` (0: none yet), else `version.mismatch`;
   * every tenant of the rotation must be an active member (`alliance.tenantNotMember`).
   */
  setSchedule(
    scope: AllianceScope,
    next: StoredSchedule,
    expectedVersion: number,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Records an early handover and moves the schedule's anchor; `write.conflict` if the schedule moved. */
  handOver(
    scope: AllianceScope,
    next: StoredSchedule,
    handover: ChairHandover,
    meta: AllianceWriteMeta,
  ): Promise<void>;
  /** Recorded handovers, newest first. */
  handovers(scope: AllianceScope, page: PageRequest): Promise<Page<ChairHandover>>;
}

export interface CharterRepository {
  /** The highest version, or undefined before any charter was adopted. */
  current(scope: AllianceScope): Promise<CharterVersion | undefined>;
  version(scope: AllianceScope, version: number): Promise<CharterVersion | undefined>;
  /** Newest first. */
  versions(scope: AllianceScope, page: PageRequest): Promise<Page<CharterVersion>>;
  /**
   * Writes `charter` (version n) only if version n-1 exists (or n = 1) and version n does not: two adoptions
   * based on the same version cannot both win. Fails with `version.mismatch`.
   */
  adopt(scope: AllianceScope, charter: CharterVersion, meta: AllianceWriteMeta): Promise<void>;
}
