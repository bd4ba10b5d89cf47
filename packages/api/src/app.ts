// The Hono app: the same on Lambda, under the local Node server and in tests (app.request()).
// `mountApp` takes the routes as mount points, each resolving its spec (at once, or by loading its
// route group's chunk on first use: see routes/lazy.ts); `createApp` (create-app.ts) mounts the whole table.
import { isDomainError } from '@lianjian/core';
import type { Context } from 'hono';
import { HonoBase as Hono } from 'hono/hono-base';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { TokenVerifier } from './auth/verifier.ts';
import { DOCS_ASSETS, type DocsAssetReader, docsPage } from './http/docs.ts';
import { type Incoming, jsonResponse, type Outgoing } from './http/exchange.ts';
import { GroupedTrieRouter } from './http/grouped-trie-router.ts';
import { type Lang, pickLang } from './http/lang.ts';
import { runRoute } from './http/pipeline.ts';
import { newRequestId } from './http/request-id.ts';
import type { RouteSpec } from './http/route.ts';
import { createTenantGate, type TenantGateOptions } from './http/tenant-gate.ts';
import type { Services } from './services.ts';

export interface Logger {
  error(message: string, details: Record<string, unknown>): void;
}

export interface AppOptions {
  readonly services: Services;
  readonly verifyToken: TokenVerifier;
  /** The OpenAPI document: built at start-up locally, read from the bundle on Lambda. */
  readonly openApiDocument: () => Promise<unknown>;
  readonly docsAssets?: DocsAssetReader;
  /** @default console */
  readonly logger?: Logger;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** How the tenant gate leases an `active` status (http/tenant-gate.ts). */
  readonly tenantGate?: TenantGateOptions;
}

/** Where a route is mounted, and how its spec is reached: loading a chunk the first time, on Lambda. */
export interface MountPoint {
  readonly method: RouteSpec['method'];
  readonly path: string;
  readonly spec: () => RouteSpec | Promise<RouteSpec>;
}

type Env = { Variables: { requestId: string; lang: Lang } };

/** `/v1/orgs/{orgId}` → `/v1/orgs/:orgId` */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export const mountApp = (options: AppOptions, mountPoints: readonly MountPoint[]): Hono<Env> => {
  const logger = options.logger ?? console;
  const deps = {
    services: options.services,
    verifyToken: options.verifyToken,
    tenantGate: createTenantGate((tenantId) => options.services.tenants.find(tenantId), options.tenantGate),
    now: options.now ?? (() => new Date()),
  };
  // Tries: no compilation at start (RegExpRouter compiles every route on the first request), and a match
  // walks the path's segments instead of testing every route in turn (LinearRouter, hono/quick); one trie per
  // path group, built by the group's first request (http/grouped-trie-router.ts).
  const app = new Hono<Env>({ router: new GroupedTrieRouter() });

  // Responses go through c.body() so Hono builds them (on Lambda with its light Response class).
  // Variables are read with c.get(): Hono's c.var copies them all into a new object at every read.
  const send = (c: Context<Env>, out: Outgoing): Response => {
    const requestId = c.get('requestId');
    const lang = c.get('lang');
    const headers = {
      ...out.headers,
      'x-request-id': requestId,
      'content-language': lang === 'zh' ? 'zh-CN' : 'en',
      'cache-control': 'no-store',
    };
    return out.body === null
      ? c.body(null, out.status as StatusCode, headers)
      : c.body(out.body, out.status as ContentfulStatusCode, headers);
  };

  // The error path (every problem's texts) is loaded by the first error, not at start: a cold start that
  // answers a success never compiles it.
  const fail = async (c: Context<Env>, error: unknown): Promise<Response> => {
    if (!isDomainError(error)) {
      logger.error('unhandled error', {
        requestId: c.get('requestId'),
        error: String((error as Error)?.stack ?? error),
      });
    }
    const { toProblem } = await import('./http/to-problem.ts');
    return send(c, toProblem(error, c.get('lang'), c.get('requestId')));
  };
  const routeNotFound = async (c: Context<Env>): Promise<Response> => {
    const { routeNotFound } = await import('./http/to-problem.ts');
    return send(c, routeNotFound(c.get('lang'), c.get('requestId')));
  };

  app.use(async (c, next) => {
    // On Lambda, API Gateway's own request id, so its logs and ours agree.
    const gatewayId = (c.env as { requestContext?: { requestId?: string } } | undefined)?.requestContext
      ?.requestId;
    c.set('requestId', newRequestId(c.req.header('x-request-id') ?? gatewayId));
    c.set('lang', pickLang(c.req.header('accept-language')));
    await next();
  });

  app.get('/healthz', (c) => send(c, jsonResponse(200, { status: 'ok' })));
  app.get('/v1/openapi.json', async (c) => send(c, jsonResponse(200, await options.openApiDocument())));
  app.get('/docs', (c) => c.html(docsPage()));
  app.get('/docs/assets/:name', async (c) => {
    const name = c.req.param('name');
    const type = DOCS_ASSETS[name];
    const body = type && options.docsAssets ? await options.docsAssets(name) : undefined;
    if (!type || !body) return routeNotFound(c);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });

  for (const mountPoint of mountPoints) {
    let loaded: RouteSpec | undefined;
    app.on(mountPoint.method, honoPath(mountPoint.path), async (c) => {
      const incoming: Incoming = {
        method: c.req.method,
        path: c.req.path,
        pathParams: c.req.param() as Record<string, string>,
        query: c.req.query(),
        header: (name) => c.req.header(name),
        text: () => c.req.text(),
        bytes: async () => new Uint8Array(await c.req.arrayBuffer()),
        requestId: c.get('requestId'),
      };
      try {
        loaded ??= await mountPoint.spec();
        return send(c, await runRoute(loaded, incoming, c.get('lang'), deps));
      } catch (error) {
        return fail(c, error);
      }
    });
  }

  app.notFound(routeNotFound);
  app.onError((error, c) => fail(c, error));
  return app;
};
