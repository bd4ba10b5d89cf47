// What seeding an alliance's shared content needs from the services: the port and the inputs it sends.
// Shapes are the devkit's own (as in tenant-records.ts), so the content can be written through whichever
// services end up holding the lists, claims, governance and member units.
import type { AllianceMembership, WriteContext } from '@lianjian/core';
import type {
  DemoCommitteeRole,
  DemoItemCategory,
  DemoItemKind,
  DemoOperatorField,
  DemoOrgField,
} from './alliance-types.ts';

export interface CommitteePositionInput {
  role: DemoCommitteeRole;
  personName: string;
  /** The member tenant the person comes from. */
  tenantId: string;
  /** The person's post at home (本职). */
  title: string;
  /** Place among the positions of the same role, from 0, in the content's order. */
  order: number;
}

export interface ChairScheduleInput {
  /** The office's name, e.g. 轮值主席; the services keep no name for it (the chair is the alliance's one). */
  office: string;
  termMonths: number;
  /** `YYYY-MM-DD`: the first term starts here, held by `order[0]`; terms follow `order`, then repeat it. */
  startsOn: string;
  /** Member tenant ids. */
  order: string[];
}

export type MemberUnitValue = string | number | string[];

export interface MemberUnitInput {
  /** The content's key for the record: an adapter uses it to find the full record when it must create it. */
  key: string;
  /** A unit (单位 / 经营主体) or a Party organisation of the owner tenant. */
  source: 'unit' | 'org';
  /** The record's name in the owner's partition (unique there for units). */
  name: string;
  /**
   * Exactly the fields the owner shows (its `DemoSharing`), nothing more. The services copy the values from the
   * private record themselves; the values here are what the owner expects to be shown, and the fields the
   * services have no place for (an operator's `type` and `mainBusiness`) become the owner's description.
   */
  fields: Partial<Record<DemoOperatorField | DemoOrgField, MemberUnitValue>>;
}

export interface ItemInput {
  kind: DemoItemKind;
  title: string;
  description: string;
  category: DemoItemCategory;
  tags: string[];
  quantity?: number;
  unit?: string;
  validUntil: string;
  region: string;
  /** `phone` is masked (`021-5xxx1101`): an adapter leaves out a number its services would refuse. */
  contact: { name: string; phone: string };
}

export interface ClaimInput {
  kind: DemoItemKind;
  itemId: string;
  note: string;
  quantity?: number;
}

export interface ClaimAnswerInput {
  kind: DemoItemKind;
  itemId: string;
  claimId: string;
  decision: 'accept' | 'decline';
  note?: string;
}

export interface ProjectInput {
  title: string;
  description: string;
  category: DemoItemCategory;
  /** An accepted claim on a resource of the alliance. */
  resourceClaim: { itemId: string; claimId: string };
  /** An accepted claim on a need of the alliance. */
  needClaim: { itemId: string; claimId: string };
  /** The lists keep no period: an adapter shows it in the description, and `endsOn` as the valid-until day. */
  startsOn: string;
  endsOn?: string;
}

/**
 * The writes that fill an alliance's workspace, one method per service action, all through the alliance's
 * access rules. Every call acts for `membership.tenantId` (the caller's tenant, whose administrator is
 * `ctx.principal`) in the alliance `membership.allianceId`, which the seeder has checked the tenant belongs to;
 * `membership.role` is `secretariat` for the alliance's secretariat tenant, `member` otherwise.
 *
 * - `addCommitteePosition`, `setChairSchedule`: the secretariat keeps governance. A committee of 1 secretary,
 *   2 deputies and 8 members is 11 calls; a schedule replaces any earlier one.
 * - `enrolMemberUnit`: the owner shares a projection of one of its own records. The record is named, not
 *   passed: an adapter finds it in the owner's partition (Jinshan already keeps two of the Langxia
 *   organisations), or first creates it from the content's record with the same `key` where the tenant keeps
 *   none yet. Units are enrolled before the organisations that sit in them, so an organisation created from
 *   the content finds its host units among the owner's records.
 * - `postItem`: the owner posts a resource or need to the lists.
 * - `claim`: a member other than the owner claims the item (a resource to use it, a need to meet it), for a part
 *   of its quantity where it has one; `answerClaim`: the item's owner accepts or declines. Claims the content
 *   leaves pending are never answered.
 * - `createProject`: a member joins an accepted resource claim and an accepted need claim into a project.
 *
 * Each create answers the new id, which later calls name. A failed call rejects; the seeder stops that
 * alliance's content and reports the failure once every alliance has finished. The services behind the port
 * are the lists, claims, governance and member-unit services; the tests drive it with an in-memory fake.
 */
export interface AllianceContentPort {
  addCommitteePosition(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: CommitteePositionInput,
  ): Promise<{ readonly id: string }>;
  setChairSchedule(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: ChairScheduleInput,
  ): Promise<unknown>;
  enrolMemberUnit(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: MemberUnitInput,
  ): Promise<{ readonly id: string }>;
  postItem(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: ItemInput,
  ): Promise<{ readonly id: string }>;
  claim(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: ClaimInput,
  ): Promise<{ readonly id: string }>;
  answerClaim(ctx: WriteContext, membership: AllianceMembership, input: ClaimAnswerInput): Promise<unknown>;
  createProject(
    ctx: WriteContext,
    membership: AllianceMembership,
    input: ProjectInput,
  ): Promise<{ readonly id: string }>;
}
