// Idempotency-Key on creates: the same key and body within 24 h gets the first response again.
import { createHash } from 'node:crypto';
import { DomainError, type IdempotencyClaim, type Principal } from '@lianjian/core';
import type { IdempotencyStore } from '@lianjian/store';
import { type Incoming, jsonResponse, type Outgoing } from './exchange.ts';
import type { Lang } from './lang.ts';
import { readIdempotencyKey, requestFingerprint } from './request-parts.ts';
import type { RouteSpec } from './route.ts';

export interface IdempotencyResolution {
  /** Set when this is a new request: the claim the write records. */
  readonly claim?: IdempotencyClaim;
  /** Set when the key was used before with the same request: the response to send again. */
  readonly replay?: Outgoing;
}

/** A file upload's bytes in a request fingerprint. */
export const fileDigest = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('base64url');

const scopeOf = (principal: Principal) => ({ tenantId: principal.tenantId, sub: principal.sub });

export const resolveIdempotency = async (
  route: RouteSpec,
  request: Incoming,
  lang: Lang,
  principal: Principal,
  rawBody: unknown,
  store: IdempotencyStore,
  now: Date,
): Promise<IdempotencyResolution | undefined> => {
  const key = readIdempotencyKey(request.header('idempotency-key'), lang);
  if (key === undefined) return undefined;
  const claim = { key, fingerprint: requestFingerprint(request.method, request.path, rawBody) };
  const record = await store.find(scopeOf(principal), key, now);
  if (!record) return { claim };
  return { replay: replayOf(route, claim, record) };
};

/** After losing a race for the key: the winner's response, or 409 while it is still being written. */
export const replayIdempotent = async (
  route: RouteSpec,
  principal: Principal,
  claim: IdempotencyClaim,
  store: IdempotencyStore,
  now: Date,
): Promise<Outgoing> => {
  const record = await store.find(scopeOf(principal), claim.key, now);
  if (!record) throw new DomainError('idempotency.inProgress');
  return replayOf(route, claim, record);
};

const replayOf = (
  route: RouteSpec,
  claim: IdempotencyClaim,
  record: { fingerprint: string; resourceType: string; body: Record<string, unknown> },
): Outgoing => {
  const idempotent = route.idempotent;
  if (
    !idempotent ||
    record.fingerprint !== claim.fingerprint ||
    record.resourceType !== idempotent.resourceType
  ) {
    throw new DomainError('idempotency.keyReused');
  }
  const body = record.body as { id: string; version?: number };
  return jsonResponse(idempotent.status ?? 201, body, {
    location: idempotent.location(body),
    ...(body.version === undefined ? {} : { etag: `"${body.version}"` }),
    'idempotent-replayed': 'true',
  });
};
