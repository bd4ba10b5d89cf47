// Shapes of the demo alliances and of their shared content (committee, rotating chair, member units, the three
// lists, claims, projects), kept free of the core schemas like record-types.ts: the data files stay plain, and
// the seeders state exactly what they send. Content refers to alliances, items and claims by local keys.
import type { DemoRecordOrg, DemoUnit } from './record-types.ts';

export type DemoAllianceKey = 'langxia' | 'g60' | 'minhang';
/** 产业链 · 毗邻 · 走廊 · 枢纽 · 产业集群 · 区域化: the core's alliance kinds. */
export type DemoAllianceKind =
  | 'industry_chain'
  | 'adjacent_region'
  | 'corridor'
  | 'hub'
  | 'cluster'
  | 'regional';

export interface DemoAlliance {
  readonly key: DemoAllianceKey;
  readonly name: string; // ≤ 100 characters
  readonly kind: DemoAllianceKind;
  /** The tenant that creates the alliance and holds its secretariat (秘书处). */
  readonly secretariatTenantId: string;
  /** The other member tenants, in the order they are invited. */
  readonly memberTenantIds: readonly string[];
  readonly description: string; // ≤ 2,000 characters
  /** The charter (章程) or framework agreement (框架协议): charter version 1. */
  readonly charter: string;
}

// --- Governance -------------------------------------------------------------------------------------------

export type DemoCommitteeRole = 'secretary' | 'deputy_secretary' | 'member';

/** A seat on an alliance's committee (党委 / 委员会), held by a person sent by a member tenant. */
export interface DemoCommitteePosition {
  readonly key: string;
  readonly role: DemoCommitteeRole;
  readonly personName: string;
  /** The member tenant the person comes from. */
  readonly tenantId: string;
  /** The person's own post at home (本职), e.g. '廊下镇党委副书记'. */
  readonly title: string;
}

/** A chair (轮值主席) rotating among members: `order[i]` holds the i-th term (modulo the list) from `startsOn`. */
export interface DemoChairSchedule {
  readonly office: string;
  readonly termMonths: number;
  /** `YYYY-MM-DD`, the first day of the first term. */
  readonly startsOn: string;
  readonly order: readonly string[];
}

// --- Member units: projections of a tenant's units and organisations --------------------------------------

/** 专业合作社 · 家庭农场 · 民宿 · 农家乐 · 休闲农庄/农艺园 · 景区 */
export type DemoOperatorType =
  | 'cooperative'
  | 'family_farm'
  | 'homestay'
  | 'agritainment'
  | 'leisure_farm'
  | 'scenic_area';

/** A rural tourism-stay operator (乡村旅居经营主体): the owner tenant's private unit record, and more. */
export interface DemoOperator extends DemoUnit {
  readonly ownerTenantId: string;
  readonly type: DemoOperatorType;
  /** 主营: products and services, as the owner describes them. */
  readonly mainBusiness: string;
}

/** A Party organisation of the owner tenant; its `hostUnitKeys` name operators of the same owner. */
export interface DemoMemberOrg extends DemoRecordOrg {
  readonly ownerTenantId: string;
}

export type DemoOperatorField =
  | 'name'
  | 'type'
  | 'town'
  | 'mainBusiness'
  | 'employeeCount'
  | 'partyMemberCount';
/**
 * Host units are not among them: an organisation's host units are ids of other private records, which the
 * member-unit service never shows (the private organisation keeps them).
 */
export type DemoOrgField = 'name' | 'kind' | 'town' | 'memberCount' | 'secretaryName';

/** What one owner tenant chooses to show of its records in the alliance; nothing else leaves its partition. */
export interface DemoSharing {
  readonly operatorFields: readonly DemoOperatorField[];
  readonly orgFields: readonly DemoOrgField[];
}

export interface DemoMemberUnits {
  readonly operators: readonly DemoOperator[];
  readonly orgs: readonly DemoMemberOrg[];
  /** By owner tenant id. */
  readonly sharing: Readonly<Record<string, DemoSharing>>;
}

// --- The three lists, claims and projects ------------------------------------------------------------------

export type DemoItemKind = 'resource' | 'need';
export type DemoItemCategory =
  | 'policy'
  | 'talent'
  | 'finance'
  | 'venue'
  | 'technology'
  | 'market'
  | 'training'
  | 'volunteer'
  | 'other';

/** A resource (资源清单) or need (需求清单) posted by a member tenant. */
export interface DemoItem {
  /** Unique across all alliances' content. */
  readonly key: string;
  readonly kind: DemoItemKind;
  readonly ownerTenantId: string;
  readonly title: string; // ≤ 100 characters
  readonly description: string; // ≤ 1,000 characters
  readonly category: DemoItemCategory;
  readonly tags: readonly string[];
  /** How many are offered or wanted, counted in `unit` (人, 个, 组 …); absent where counting makes no sense. */
  readonly quantity?: number;
  readonly unit?: string;
  readonly validUntil: string; // YYYY-MM-DD
  /** The owner's GB/T 2260 division code (6 digits). */
  readonly region: string;
  /** A person at the owner; the phone number is masked and fictional. */
  readonly contact: { readonly name: string; readonly phone: string };
}

export type DemoClaimOutcome = 'accepted' | 'declined' | 'pending';

/** 双向认领: a member claims another's resource (to use it) or need (to meet it); the owner answers. */
export interface DemoClaim {
  readonly key: string;
  readonly itemKey: string;
  readonly claimantTenantId: string;
  readonly note: string;
  /** Part of the item's quantity; only for items with a quantity. */
  readonly quantity?: number;
  readonly outcome: DemoClaimOutcome;
  /** The owner's note with its answer; every decline has one. */
  readonly answerNote?: string;
}

/** A joint project (项目清单) built on an accepted resource claim and an accepted need claim. */
export interface DemoProject {
  readonly key: string;
  readonly title: string; // ≤ 100 characters
  readonly description: string; // ≤ 1,000 characters
  /** The lists' category, as for items. */
  readonly category: DemoItemCategory;
  /** The member tenant leading the project: the owner or claimant of one of its claims. */
  readonly leadTenantId: string;
  readonly resourceClaimKey: string;
  readonly needClaimKey: string;
  readonly startsOn: string; // YYYY-MM-DD
  readonly endsOn?: string; // YYYY-MM-DD
}

/** Everything one alliance's workspace holds in the demo, beyond its membership. */
export interface DemoAllianceContent {
  readonly allianceKey: DemoAllianceKey;
  readonly committee?: readonly DemoCommitteePosition[];
  readonly chairSchedule?: DemoChairSchedule;
  readonly memberUnits?: DemoMemberUnits;
  readonly items: readonly DemoItem[];
  readonly claims: readonly DemoClaim[];
  readonly projects: readonly DemoProject[];
}
