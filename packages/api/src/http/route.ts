// A route is data: method, path, access, schemas and a handler. The app mounts it, the OpenAPI
// document describes it, and the authorization and isolation tests walk it, all from this one table.
import {
  type Access,
  type AllianceMembership,
  type DomainErrorCode,
  once,
  type Principal,
  type WriteContext,
} from '@lianjian/core';
import type * as z from 'zod/mini';
import type { Services } from '../services.ts';
import type { Lang } from './lang.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRequest<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly principal: Principal;
  /** The caller's tenant; set on tenant-bound routes. */
  readonly tenantId: string;
  /** The caller's membership of the path's alliance, on alliance routes (checked by the alliance gate). */
  readonly alliance: AllianceMembership;
  /** The version named by `If-Match`, on routes that require it. */
  readonly expectedVersion: number;
  /** Who, when and (for creates) the idempotency claim, for service writes. */
  readonly write: WriteContext;
  readonly services: Services;
  readonly lang: Lang;
  /** The request body as sent, on routes that declare `rawBody` (file uploads). */
  readonly raw: RawBody | undefined;
}

export interface RawBody {
  readonly bytes: Uint8Array;
  /** The declared media type, lower case, without parameters. */
  readonly contentType: string;
}

/** A file answered as bytes, offered for download. */
export interface FileBody {
  readonly contentType: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The download's name; may be Chinese (sent as RFC 6266 `filename*`). */
  readonly filename: string;
  /** An ASCII name for clients that do not read `filename*`. */
  readonly asciiFilename?: string;
}

export interface RouteResult {
  /** 202: the work goes on after the answer (an import job); `location` names where to follow it. */
  readonly status: 200 | 201 | 202 | 204;
  readonly body?: unknown;
  /** Version of the resource, sent as the ETag. */
  readonly version?: number;
  readonly location?: string;
  /** A body produced piece by piece (JSON Lines exports) instead of `body`. */
  readonly stream?: {
    readonly contentType: string;
    readonly chunks: AsyncIterable<string>;
    /** Offered as the download's file name. */
    readonly filename?: string;
  };
  /** A file (xlsx, CSV) instead of `body`. */
  readonly file?: FileBody;
}

/** What a route validates; built the first time the route is used. */
export interface RouteSchemas<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
}

export interface RouteSpec<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Stable operation id, e.g. `orgs.get`. */
  readonly id: string;
  readonly method: Method;
  /** OpenAPI-style path, e.g. `/v1/orgs/{orgId}`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly access: Access;
  /** Path parameters, query and body this route takes. Memoised by `defineRoute`. */
  readonly schemas: () => RouteSchemas<P, Q, B>;
  /**
   * The success body's schema, for the documentation only: apart from `schemas`, so serving a request never
   * builds it (a cold start builds only the schemas its route parses).
   */
  readonly responseSchema?: () => z.ZodMiniType;
  /** The body of a `202 Accepted` the route may answer instead (see `response.accepted`), for the documentation. */
  readonly acceptedSchema?: () => z.ZodMiniType;
  /** PATCH/DELETE: requires `If-Match` with the current version. */
  readonly requiresVersion?: boolean;
  /** POST creates: accepts `Idempotency-Key`, replaying the first response for the same key and body. */
  readonly idempotent?: {
    readonly resourceType: string;
    readonly location: (body: { id: string }) => string;
    /** The status a replay answers: what the first request answered when it created the resource. @default 201 */
    readonly status?: 201 | 202;
  };
  /**
   * The body is a file, not JSON: read as bytes (no `schemas.body`), refused with 415 unless its media type is
   * listed, 413 past `maxBytes`.
   */
  readonly rawBody?: { readonly maxBytes: number; readonly contentTypes: readonly string[] };
  readonly response: {
    readonly status: 200 | 201 | 204;
    readonly example?: unknown;
    /** The success body is a file in one of these media types (see `RouteResult.file`), for the documentation. */
    readonly files?: readonly string[];
    /** The route may answer `202 Accepted` instead (body `acceptedSchema`, with `Location`), for the documentation. */
    readonly accepted?: { readonly description: string; readonly example?: unknown };
  };
  /**
   * Problems this route can answer beyond the ones every route can, by domain code; for the documentation
   * (codes, not the problem table itself, so loading a route does not load every problem's texts).
   */
  readonly problems?: readonly DomainErrorCode[];
  readonly handler: (request: RouteRequest<z.output<P>, z.output<Q>, z.output<B>>) => Promise<RouteResult>;
}

/** Declares a route with its handler typed from its schemas, which are built once, on first use. */
export const defineRoute = <
  P extends z.ZodMiniType = z.ZodMiniType<Record<string, never>>,
  Q extends z.ZodMiniType = z.ZodMiniType<Record<string, never>>,
  B extends z.ZodMiniType = z.ZodMiniType<undefined>,
>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec => ({ ...spec, schemas: once(spec.schemas) }) as unknown as RouteSpec;
