// The ids a session policy may name. Both end up inside IAM condition patterns, where `*` and `?` are
// wildcards, so only these exact shapes are let through.
import { ID_PATTERN, isTenantId } from '@lianjian/core';
import { TenantAccessError } from './errors.ts';

export const assertTenantId = (tenantId: unknown): string => {
  if (isTenantId(tenantId)) return tenantId;
  throw new TenantAccessError(
    'access.invalidId',
    `not a tenant id: ${JSON.stringify(String(tenantId).slice(0, 64))}`,
  );
};

/** Validated, de-duplicated and sorted, so one set of alliances always has one cache key and one policy. */
export const normalizeAllianceIds = (allianceIds: readonly string[]): readonly string[] => {
  for (const id of allianceIds)
    if (!ID_PATTERN.test(id))
      throw new TenantAccessError(
        'access.invalidId',
        `not an alliance id (ULID): ${JSON.stringify(id.slice(0, 64))}`,
      );
  return [...new Set(allianceIds)].sort();
};
