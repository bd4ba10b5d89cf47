// Runs one declared route: authenticate, authorize, check the tenant, parse, handle, respond.
import {
  DomainError,
  isAllowed,
  isDomainError,
  type Principal,
  reachesTenant,
  type WriteContext,
} from '@lianjian/core';
import { bearerToken, type TokenVerifier } from '../auth/verifier.ts';
import type { Services } from '../services.ts';
import { allianceGate } from './alliance-gate.ts';
import { type Incoming, jsonResponse, type Outgoing } from './exchange.ts';
import { fileDigest, replayIdempotent, resolveIdempotency } from './idempotency.ts';
import type { Lang } from './lang.ts';
import { attachmentDisposition, readIfMatch, readJsonBody, readRawBody } from './request-parts.ts';
import type { RouteResult, RouteSpec } from './route.ts';
import type { TenantGate } from './tenant-gate.ts';
import { parseInput } from './validation.ts';

export interface PipelineDeps {
  readonly services: Services;
  /** Checks the principal's tenant is active (http/tenant-gate.ts). */
  readonly tenantGate: TenantGate;
  readonly verifyToken: TokenVerifier;
  readonly now: () => Date;
}

const EMPTY = {};

export const runRoute = async (
  route: RouteSpec,
  request: Incoming,
  lang: Lang,
  deps: PipelineDeps,
): Promise<Outgoing> => {
  const principal = await deps.verifyToken(bearerToken(request.header('authorization')));
  if (!isAllowed(principal, route.access)) throw new DomainError('auth.forbidden');

  // The tenant's status is checked beside the work, not before it: writes wait for it,
  // reads run alongside and are replaced by the refusal if the tenant is not active.
  const gate = principal.tenantId === null ? undefined : deps.tenantGate(principal.tenantId);
  if (gate && route.method !== 'GET') await gate;

  const outcome = await settle(() => handle(route, request, lang, principal, deps));
  if (gate) await gate;
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
};

const handle = async (
  route: RouteSpec,
  request: Incoming,
  lang: Lang,
  principal: Principal,
  deps: PipelineDeps,
): Promise<Outgoing> => {
  const schemas = route.schemas();
  const params = schemas.params ? parseInput(schemas.params, request.pathParams, lang, 'path') : EMPTY;
  // Another tenant's resources do not exist for the caller: 404, never 403, so existence is not revealed.
  if (!reachesTenant(principal, route.access, params as Record<string, unknown>))
    throw new DomainError('resource.notFound');
  const alliance = await allianceGate(
    route.access,
    params as Record<string, unknown>,
    principal,
    deps.services,
  );
  const query = schemas.query ? parseInput(schemas.query, request.query, lang, 'query') : EMPTY;
  const rawBody = schemas.body ? await readJsonBody(request) : undefined;
  const body = schemas.body ? parseInput(schemas.body, rawBody, lang) : undefined;
  const raw = route.rawBody ? await readRawBody(request, route.rawBody) : undefined;
  const expectedVersion = route.requiresVersion ? readIfMatch(request.header('if-match')) : 0;

  const now = deps.now();
  const idempotency = route.idempotent
    ? await resolveIdempotency(
        route,
        request,
        lang,
        principal,
        // A file upload is told apart by its query and its bytes (it has no JSON body).
        raw ? { query: request.query, file: fileDigest(raw.bytes) } : rawBody,
        deps.services.idempotency,
        now,
      )
    : undefined;
  if (idempotency?.replay) return idempotency.replay;

  const write: WriteContext = {
    principal,
    requestId: request.requestId,
    now,
    ...(idempotency?.claim ? { idempotency: idempotency.claim } : {}),
  };
  try {
    const result = await route.handler({
      params,
      query,
      body,
      principal,
      // Tenant-bound routes only admit principals with a tenant (isAllowed); others do not read it.
      tenantId: principal.tenantId ?? '',
      expectedVersion,
      alliance,
      write,
      services: deps.services,
      lang,
      raw,
    });
    return respond(result);
  } catch (error) {
    // Another request with the same key won the race: answer as it was answered.
    if (isDomainError(error) && error.code === 'idempotency.inProgress' && idempotency?.claim) {
      return replayIdempotent(route, principal, idempotency.claim, deps.services.idempotency, now);
    }
    throw error;
  }
};

const respond = (result: RouteResult): Outgoing => {
  const headers: Record<string, string> = {};
  if (result.version !== undefined) headers.etag = `"${result.version}"`;
  if (result.location) headers.location = result.location;
  if (result.stream) {
    headers['content-type'] = result.stream.contentType;
    if (result.stream.filename)
      headers['content-disposition'] = attachmentDisposition(result.stream.filename);
    return { status: result.status, headers, body: streamOf(result.stream.chunks) };
  }
  if (result.file) {
    headers['content-type'] = result.file.contentType;
    headers['content-disposition'] = attachmentDisposition(result.file.filename, result.file.asciiFilename);
    return { status: result.status, headers, body: result.file.bytes };
  }
  if (result.status === 204 || result.body === undefined)
    return { status: result.status, headers, body: null };
  return jsonResponse(result.status, result.body, headers);
};

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = async <T>(work: () => Promise<T>): Promise<Settled<T>> => {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
};

/** Text chunks as a byte stream, pulled one chunk at a time so a large export is never held in memory. */
const streamOf = (chunks: AsyncIterable<string>): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
};
