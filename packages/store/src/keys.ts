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
