// Key builders: the only place partition and sort keys are made. Inputs are validated ids, never raw input.

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const PLATFORM_TENANTS = 'PLATFORM#TENANTS';
const PLATFORM_AUDIT = 'PLATFORM#AUDIT';

/** The partition holding everything private to one tenant. */
export const tenantPartition = (tenantId: string): string => `T#${tenantId}`;

/** The partition an alliance's members share (in the pooled table); named in tenant session policies. */
export const alliancePartition = (allianceId: string): string => `A#${allianceId}`;

export const tenantRecordKey = (tenantId: string): ItemKey => ({
  pk: PLATFORM_TENANTS,
  sk: `TENANT#${tenantId}`,
});
export const tenantRecordsPartition = (): string => PLATFORM_TENANTS;

/** A tenant's deletion certificate: in the platform partition, so it outlives every item of the tenant. */
export const deletionCertificateKey = (tenantId: string): ItemKey => ({
  pk: 'PLATFORM#DELETIONS',
  sk: `TENANT#${tenantId}`,
});
export const TENANT_RECORD_PREFIX = 'TENANT#';

export const orgKey = (tenantId: string, orgId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `ORG#${orgId}`,
});
export const ORG_PREFIX = 'ORG#';

/** Index key listing an organisation under its parent (`ROOT` for top-level organisations). */
export const orgParentIndexKey = (tenantId: string, parentId: string | undefined, orgId: string) => ({
  gsi1pk: `T#${tenantId}#ORG_PARENT#${parentId ?? 'ROOT'}`,
  gsi1sk: `ORG#${orgId}`,
});

export const unitKey = (tenantId: string, unitId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `UNIT#${unitId}`,
});
export const UNIT_PREFIX = 'UNIT#';

/** Claims a credit code for one unit, so two units of a tenant cannot share it. */
export const unitCreditCodeKey = (tenantId: string, creditCode: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `UNITCODE#${creditCode}`,
});

/** Claims a unit name within the tenant (registered names are unique; it is also the import key). */
export const unitNameKey = (tenantId: string, name: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `UNITNAME#${name}`,
});

/** A unit's entry in one coverage category, listing the category's units in id order. */
export const unitCategoryKey = (tenantId: string, category: string, unitId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${unitCategoryPrefix(category)}${unitId}`,
});
export const unitCategoryPrefix = (category: string): string => `UIX#${category}#`;

/** Index key set on a category entry only while its unit has no Party organisation: the gap list. */
export const unitGapIndexKey = (tenantId: string, category: string, unitId: string) => ({
  gsi1pk: `T#${tenantId}#GAP#${category}`,
  gsi1sk: `UNIT#${unitId}`,
});

/** The kept counts of one coverage category. */
export const coverageCountKey = (tenantId: string, category: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${COVERAGE_COUNT_PREFIX}${category}`,
});
export const COVERAGE_COUNT_PREFIX = 'COV#';

export const coverageTargetsKey = (tenantId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: 'COVTARGETS',
});

export const chainKey = (tenantId: string, chainId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `CHAIN#${chainId}`,
});
export const CHAIN_PREFIX = 'CHAIN#';

/** An asynchronous import job (its state and report), in the tenant's partition. */
export const importJobKey = (tenantId: string, jobId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${IMPORT_JOB_PREFIX}${jobId}`,
});
export const IMPORT_JOB_PREFIX = 'IMPORTJOB#';

/** Marks an import job not yet done or failed: the sweep reads these, not every job the tenant ever ran. */
export const unfinishedImportJobKey = (tenantId: string, jobId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${UNFINISHED_IMPORT_JOB_PREFIX}${jobId}`,
});
export const UNFINISHED_IMPORT_JOB_PREFIX = 'IMPORTOPEN#';

/** One chunk of the rows an import job writes, numbered from 0 (zero-padded, so key order is chunk order). */
export const importRowsKey = (tenantId: string, jobId: string, chunk: number): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${importRowsPrefix(jobId)}${String(chunk).padStart(4, '0')}`,
});
export const importRowsPrefix = (jobId: string): string => `IMPORTROWS#${jobId}#`;

/** The tenant and job an import job item's keys name, as a stream record carries them; undefined otherwise. */
export const importJobOfKey = (pk: unknown, sk: unknown): { tenantId: string; jobId: string } | undefined => {
  if (typeof pk !== 'string' || typeof sk !== 'string') return undefined;
  const tenant = /^T#([^#]+)$/.exec(pk);
  if (!tenant?.[1] || !sk.startsWith(IMPORT_JOB_PREFIX)) return undefined;
  const jobId = sk.slice(IMPORT_JOB_PREFIX.length);
  return jobId ? { tenantId: tenant[1], jobId } : undefined;
};

/** An alliance's own record, in its partition. */
export const allianceKey = (allianceId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: 'ALLIANCE',
});

/**
 * Every alliance record also sits under one index key, so a platform job lists the alliances with a Query
 * (the index holds only the alliance records: cost follows the number of alliances, never the table).
 */
export const allianceDirectoryIndexKey = (allianceId: string) => ({
  gsi1pk: 'ALLIANCES',
  gsi1sk: `ALLIANCE#${allianceId}`,
});

/** The alliance side of a membership (kept as `former` after the tenant leaves). */
export const allianceMemberKey = (allianceId: string, tenantId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${ALLIANCE_MEMBER_PREFIX}${tenantId}`,
});
export const ALLIANCE_MEMBER_PREFIX = 'MEMBER#';

/** The tenant side of a membership: present while the tenant is an active member. */
export const tenantAllianceKey = (tenantId: string, allianceId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${TENANT_ALLIANCE_PREFIX}${allianceId}`,
});
export const TENANT_ALLIANCE_PREFIX = 'ALLIANCE#';

/** A pending invitation, on the alliance's side… */
export const allianceInvitationKey = (allianceId: string, tenantId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${ALLIANCE_INVITATION_PREFIX}${tenantId}`,
});
export const ALLIANCE_INVITATION_PREFIX = 'INVITE#';

/** …and on the invited tenant's. */
export const tenantInvitationKey = (tenantId: string, allianceId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${TENANT_INVITATION_PREFIX}${allianceId}`,
});
export const TENANT_INVITATION_PREFIX = 'INVITATION#';

/** One version of an alliance's charter; zero-padded so versions sort. */
export const charterKey = (allianceId: string, version: number): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${CHARTER_PREFIX}${String(version).padStart(6, '0')}`,
});
export const CHARTER_PREFIX = 'CHARTER#';

/** The committee's bookkeeping: how many positions, and which one is the secretary's (at most one). */
export const committeeKey = (allianceId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: 'COMMITTEE',
});

/** One committee position (书记 / 副书记 / 委员). */
export const committeePositionKey = (allianceId: string, positionId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${COMMITTEE_POSITION_PREFIX}${positionId}`,
});
export const COMMITTEE_POSITION_PREFIX = 'COMMITTEE#';

/** The rotating chair's schedule (轮值主席). */
export const chairScheduleKey = (allianceId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: 'CHAIR',
});

/** A recorded early handover of the chair; ids are time-ordered. */
export const chairHandoverKey = (allianceId: string, handoverId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${CHAIR_HANDOVER_PREFIX}${handoverId}`,
});
export const CHAIR_HANDOVER_PREFIX = 'CHAIRHANDOVER#';

/** An alliance member unit: a projection of a member tenant's unit or organisation. */
export const memberUnitKey = (allianceId: string, memberUnitId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${MEMBER_UNIT_PREFIX}${memberUnitId}`,
});
export const MEMBER_UNIT_PREFIX = 'MUNIT#';

/** Index key listing an alliance's member units by owner tenant. */
export const memberUnitOwnerIndexKey = (allianceId: string, ownerTenantId: string, memberUnitId: string) => ({
  gsi1pk: `${alliancePartition(allianceId)}#MUNIT_OWNER#${ownerTenantId}`,
  gsi1sk: `${MEMBER_UNIT_PREFIX}${memberUnitId}`,
});

/**
 * The owner's private side of a member unit, in the owner's partition: which of its records the projection
 * copies. The record's id never enters the alliance partition.
 */
export const memberUnitRefKey = (tenantId: string, allianceId: string, memberUnitId: string): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `${memberUnitRefPrefix(allianceId)}${memberUnitId}`,
});
export const memberUnitRefPrefix = (allianceId: string): string => `MUNITREF#${allianceId}#`;

/** Claims one private record for one member unit per alliance (enrolled once), in the owner's partition. */
export const memberUnitSourceKey = (
  tenantId: string,
  allianceId: string,
  sourceKind: string,
  sourceId: string,
): ItemKey => ({
  pk: tenantPartition(tenantId),
  sk: `MUNITSRC#${allianceId}#${sourceKind}#${sourceId}`,
});

/**
 * One member tenant's counters in an alliance (see `StatDelta`): all-time, or one calendar month's. A tenant's
 * row per alliance (and per month), so the dashboard is one query whatever the alliance holds.
 */
export const allianceStatKey = (allianceId: string, tenantId: string, month?: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${allianceStatPrefix(month)}${tenantId}`,
});
export const allianceStatPrefix = (month?: string): string => (month ? `STAT#M#${month}#` : 'STAT#T#');

/** The alliance's leaderboard weights, and each computed month's board (`BOARD#2026-11`). */
export const leaderboardWeightsKey = (allianceId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: 'BOARDWEIGHTS',
});
export const leaderboardKey = (allianceId: string, month: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `BOARD#${month}`,
});

/** An event of the alliance's feed; event ids are time-ordered, so the partition reads in time order. */
export const feedEventKey = (allianceId: string, eventId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${FEED_PREFIX}${eventId}`,
});
export const FEED_PREFIX = 'FEED#';

/**
 * One shard of an alliance's match index for a kind of list item: each open item's packed profile is an
 * attribute named by the item's id, so a match request reads every profile with one BatchGetItem.
 */
export const matchShardKey = (allianceId: string, kind: string, shard: number): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `MIX#${kind}#${String(shard).padStart(2, '0')}`,
});

/** An item of an alliance's lists (资源 / 需求 / 项目清单), by kind, in id (creation) order. */
export const listItemKey = (allianceId: string, kind: string, itemId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${listItemPrefix(kind)}${itemId}`,
});
export const listItemPrefix = (kind: string): string => `ITEM#${kind}#`;

/**
 * The statuses in list-entry keys, ranked so that a newest-first read of a category's or an owner's entries
 * gives open items first, then fulfilled, closed and withdrawn ones.
 */
const STATUS_RANK: Readonly<Record<string, string>> = {
  open: '4',
  fulfilled: '3',
  closed: '2',
  withdrawn: '1',
};

/** Which index a list entry belongs to: every item has one entry in each. */
export type ListEntryIndex =
  | { readonly by: 'status' }
  | { readonly by: 'category'; readonly value: string }
  | { readonly by: 'owner'; readonly value: string };

/**
 * Index entries of list items, beside them in the alliance partition (consistent, key-range reads):
 * `LX#<kind>#ST#<status>#<id>`, `LX#<kind>#CAT#<category>#<status>#<id>`, `LX#<kind>#OWN#<tenant>#<status>#<id>`.
 * Without `status`, the prefix covers every status of the index value.
 */
export const listEntryPrefix = (kind: string, index: ListEntryIndex, status?: string): string => {
  const head =
    index.by === 'status'
      ? `LX#${kind}#ST#`
      : `LX#${kind}#${index.by === 'category' ? 'CAT' : 'OWN'}#${index.value}#`;
  return status === undefined ? head : `${head}${STATUS_RANK[status] ?? '0'}${status}#`;
};
export const listEntryKey = (
  allianceId: string,
  kind: string,
  index: ListEntryIndex,
  status: string,
  itemId: string,
): ItemKey => ({ pk: alliancePartition(allianceId), sk: `${listEntryPrefix(kind, index, status)}${itemId}` });

/** A claim on a resource or need, by its own id (projects name claims by id alone). */
export const claimKey = (allianceId: string, claimId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `CLAIM#${claimId}`,
});

/** An item's claims in the order they came: one entry per claim, written once. */
export const itemClaimEntryKey = (allianceId: string, itemId: string, claimId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${itemClaimPrefix(itemId)}${claimId}`,
});
export const itemClaimPrefix = (itemId: string): string => `ICLAIM#${itemId}#`;

/** Index key set on a claim only while it is pending: a tenant's pending claims, for its departure. */
export const pendingClaimIndexKey = (allianceId: string, claimantTenantId: string, claimId: string) => ({
  gsi1pk: `${alliancePartition(allianceId)}#CLAIMANT#${claimantTenantId}#pending`,
  gsi1sk: `${PENDING_CLAIM_INDEX_PREFIX}${claimId}`,
});
export const PENDING_CLAIM_INDEX_PREFIX = 'CLAIM#';

/** An activity of the alliance (活动); ids are time-ordered, so the prefix reads in creation order. */
export const activityKey = (allianceId: string, activityId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${ACTIVITY_PREFIX}${activityId}`,
});
export const ACTIVITY_PREFIX = 'ACT#';

/** A registration for an activity, beside the activity's others in the order they came. */
export const registrationKey = (allianceId: string, activityId: string, registrationId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${registrationPrefix(activityId)}${registrationId}`,
});
export const registrationPrefix = (activityId: string): string => `AREG#${activityId}#`;
/** A meeting of the alliance (联席会议 / 党委会议 / 专题研讨), by id. */
export const meetingKey = (allianceId: string, meetingId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `MEETING#${meetingId}`,
});

/** The alliance's meeting cadence (e.g. a committee meeting every two months). */
export const meetingCadenceKey = (allianceId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: 'MEETINGCADENCE',
});

/** Which index a meeting entry belongs to: every meeting has one entry in each (all, status, kind, both). */
export interface MeetingEntryIndex {
  readonly status?: string | undefined;
  readonly kind?: string | undefined;
}

/**
 * Index entries of meetings, in date order within each index: `MX#ALL#<date>#<id>`, `MX#ST#<status>#…`,
 * `MX#K#<kind>#…`, `MX#SK#<status>#<kind>#…`. The prefix of an index is its filter.
 */
export const meetingEntryPrefix = ({ status, kind }: MeetingEntryIndex): string => {
  if (status !== undefined && kind !== undefined) return `MX#SK#${status}#${kind}#`;
  if (status !== undefined) return `MX#ST#${status}#`;
  if (kind !== undefined) return `MX#K#${kind}#`;
  return 'MX#ALL#';
};
export const meetingEntryKey = (
  allianceId: string,
  index: MeetingEntryIndex,
  date: string,
  meetingId: string,
): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${meetingEntryPrefix(index)}${date}#${meetingId}`,
});

/** An action item of a meeting, by its own id. */
export const actionItemKey = (allianceId: string, actionItemId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `ACTION#${actionItemId}`,
});

/** A copy of an action item under its meeting, in creation order. */
export const meetingActionItemKey = (
  allianceId: string,
  meetingId: string,
  actionItemId: string,
): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${meetingActionItemPrefix(meetingId)}${actionItemId}`,
});
export const meetingActionItemPrefix = (meetingId: string): string => `MACT#${meetingId}#`;

/** Action-item statuses in index keys, ranked so open items come first in an unfiltered read. */
const ACTION_STATUS_RANK: Readonly<Record<string, string>> = { open: '1', done: '2', cancelled: '3' };

/**
 * Index entries of action items (copies of them), earliest due first: `AX#ST#<rank><status>#<due>#<id>` and
 * `AX#AS#<assignee>#<rank><status>#<due>#<id>`. Without `status`, the prefix covers every status.
 */
export const actionItemEntryPrefix = (assignee: string | undefined, status?: string): string => {
  const head = assignee === undefined ? 'AX#ST#' : `AX#AS#${assignee}#`;
  return status === undefined ? head : `${head}${ACTION_STATUS_RANK[status] ?? '0'}${status}#`;
};
export const actionItemEntryKey = (
  allianceId: string,
  assignee: string | undefined,
  status: string,
  dueOn: string,
  actionItemId: string,
): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${actionItemEntryPrefix(assignee, status)}${dueOn}#${actionItemId}`,
});

/** Audit entries live with what they audit: the tenant's partition, or the platform's. */
export const auditPartition = (tenantId: string | null): string =>
  tenantId === null ? PLATFORM_AUDIT : tenantPartition(tenantId);
export const auditKey = (tenantId: string | null, auditId: string): ItemKey => ({
  pk: auditPartition(tenantId),
  sk: `AUDIT#${auditId}`,
});
export const AUDIT_PREFIX = 'AUDIT#';

/** Idempotency records are scoped to the caller's tenant (platform operators: to themselves). */
export const idempotencyKey = (scope: IdempotencyScope, key: string): ItemKey => ({
  pk: scope.tenantId === null ? `PLATFORM#IDEM#${scope.sub}` : tenantPartition(scope.tenantId),
  sk: `IDEM#${key}`,
});
export interface IdempotencyScope {
  readonly tenantId: string | null;
  readonly sub: string;
}

/** Marks that the demo data was seeded, so a restart does not seed twice. */
export const seedMarkerKey = (name: string): ItemKey => ({ pk: 'PLATFORM#SEED', sk: name });

/** Strips storage keys and bookkeeping attributes from an item before it leaves the store. */
export const withoutKeys = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _type, expiresAt: _exp, ...rest } = item;
  return rest as T;
};

/** A problem raised in an alliance (问题收集帮办), by its time-ordered id. */
export const problemKey = (allianceId: string, problemId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${PROBLEM_PREFIX}${problemId}`,
});
export const PROBLEM_PREFIX = 'PROBLEM#';

/** Statuses in problem-entry keys, ranked so that a newest-first read gives open problems first. */
const PROBLEM_STATUS_RANK: Readonly<Record<string, string>> = {
  submitted: '6',
  accepted: '5',
  in_progress: '4',
  resolved: '3',
  rejected: '2',
  closed: '1',
};

/** Which index a problem entry belongs to: every problem has one entry in each. */
export type ProblemEntryIndex =
  | { readonly by: 'status' }
  | { readonly by: 'assignee'; readonly value: string }
  | { readonly by: 'raiser'; readonly value: string };

/**
 * Index entries of problems, beside them in the alliance partition: `PX#ST#<status>#<id>`,
 * `PX#ASG#<tenant>#<status>#<id>`, `PX#RSR#<tenant>#<status>#<id>`. Without `status`, every status.
 */
export const problemEntryPrefix = (index: ProblemEntryIndex, status?: string): string => {
  const head =
    index.by === 'status' ? 'PX#ST#' : `PX#${index.by === 'assignee' ? 'ASG' : 'RSR'}#${index.value}#`;
  return status === undefined ? head : `${head}${PROBLEM_STATUS_RANK[status] ?? '0'}${status}#`;
};
export const problemEntryKey = (
  allianceId: string,
  index: ProblemEntryIndex,
  status: string,
  problemId: string,
): ItemKey => ({ pk: alliancePartition(allianceId), sk: `${problemEntryPrefix(index, status)}${problemId}` });

/**
 * An open problem (submitted, accepted, in progress) by its due date: overdue problems are the key range
 * before today's date, so listing and escalating them never reads problems that are done.
 */
export const problemDueKey = (allianceId: string, dueDate: string, problemId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${PROBLEM_DUE_PREFIX}${dueDate}#${problemId}`,
});
export const PROBLEM_DUE_PREFIX = 'PDUE#';
/** The exclusive upper bound of the due-date entries before `date`. */
export const problemDueBefore = (date: string): string => `${PROBLEM_DUE_PREFIX}${date}`;

/** A comment on a problem; ids are time-ordered, so a problem's comments read in the order they came. */
export const problemCommentKey = (allianceId: string, problemId: string, commentId: string): ItemKey => ({
  pk: alliancePartition(allianceId),
  sk: `${problemCommentPrefix(problemId)}${commentId}`,
});
export const problemCommentPrefix = (problemId: string): string => `PCOMMENT#${problemId}#`;
