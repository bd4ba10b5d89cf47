// Shapes of the demo tenant records (units, Party organisations, chains, coverage targets), kept free of the
// core schemas so the data files stay plain and the seeder states exactly what it sends. Records refer to each
// other by local keys; the seeder turns keys into ids as it writes (units, then organisations, then chains).

export type DemoUnitKind =
  | 'enterprise'
  | 'cooperative'
  | 'park'
  | 'town'
  | 'department'
  | 'university'
  | 'social_org';
export type DemoOwnership = 'state' | 'private' | 'foreign' | 'joint';
/** Flags set by hand; 百人以上 (hundred_plus) follows employeeCount and is never listed. */
export type DemoUnitFlag = 'above_size' | 'high_tech' | 'little_giant';
export type DemoOrgKind =
  | 'committee'
  | 'general_branch'
  | 'branch'
  | 'joint_branch'
  | 'functional_branch'
  | 'cluster_committee'
  | 'activity_committee';

export interface DemoUnit {
  /** Stable local key, unique within the tenant's records. */
  readonly key: string;
  readonly name: string; // ≤ 100 characters
  readonly kind: DemoUnitKind;
  readonly ownership?: DemoOwnership;
  /** A valid GB 32100 code, unique within the tenant; left out for firms the documents name. */
  readonly creditCode?: string;
  /** 镇/街道/园区 in the tenant's own district, never containing '#'. */
  readonly town?: string;
  readonly employeeCount?: number;
  readonly partyMemberCount?: number;
  readonly flags: readonly DemoUnitFlag[];
}

export interface DemoRecordOrg {
  readonly key: string;
  /** Parents come earlier in the list than their children. */
  readonly parentKey?: string;
  readonly name: string; // ≤ 100 characters
  readonly kind: DemoOrgKind;
  /** Party members directly in this organisation; for a hosted one, the sum over its host units. */
  readonly memberCount: number;
  readonly establishedOn?: string; // YYYY-MM-DD
  readonly secretaryName?: string;
  readonly town?: string;
  /** Units the organisation sits in (1–10; several for a joint branch). These units count as covered. */
  readonly hostUnitKeys?: readonly string[];
}

export interface DemoChain {
  readonly key: string;
  readonly name: string; // ≤ 100 characters
  /** 链长: the official leading the chain. */
  readonly leader?: { readonly name: string; readonly title: string };
  readonly leadDepartment?: string;
  /** 链主 / 龙头 / 轮值会长单位: a member unit's key. */
  readonly leadUnitKey?: string;
  /** The functional branch or cluster committee serving the chain: an organisation's key. */
  readonly servingOrgKey?: string;
  readonly description?: string; // ≤ 500 characters
  readonly memberKeys: readonly string[];
}

export interface DemoTenantRecords {
  readonly tenantId: string;
  readonly units: readonly DemoUnit[];
  /** In creation order: parents before children. */
  readonly orgs: readonly DemoRecordOrg[];
  readonly chains: readonly DemoChain[];
  /**
   * Coverage targets (0..1) by category: 'all', 'kind:<kind>', 'flag:<flag>', 'town:<town>', or
   * 'chain:<chain key>', which the seeder rewrites to 'chain:<chain id>'.
   */
  readonly coverageTargets?: Readonly<Record<string, number>>;
}
