// A real app against a fresh table in DynamoDB Local, and tokens from an in-memory dev issuer.
import { randomUUID } from 'node:crypto';
import {
  createApp,
  createServices,
  createTokenVerifier,
  type Services,
  type ServicesOptions,
  type TenantGateOptions,
} from '@lianjian/api';
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import type { CreateTenant, Principal, Role, Scope } from '@lianjian/core';
import {
  createDevIssuer,
  type DevIssuer,
  ensureTable,
  LOCAL_AWS_ENV,
  startDynamoDbLocal,
} from '@lianjian/devkit';
import {
  createCursorCodec,
  createDocumentClient,
  createStoreContext,
  newCursorKeySpec,
  parseCursorKeys,
  type StoreContext,
  type TenantAccessConfig,
  tenantDataAccessFromConfig,
} from '@lianjian/store';
import { inject } from 'vitest';
import { dropAfterFile, stopAfterFile } from './made-tables.ts';

export interface Harness {
  readonly app: ReturnType<typeof createApp>;
  readonly store: StoreContext;
  readonly services: Services;
  readonly issuer: DevIssuer;
  /** Sends a request to the app; `as` mints a token for that caller. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  token(as: Caller): Promise<string>;
  addTenant(id: string, overrides?: Partial<CreateTenant>): Promise<void>;
}

export type Caller =
  | { readonly tenant: string; readonly role: Role; readonly sub?: string }
  | { readonly platform: true }
  | { readonly tenant: string; readonly client: readonly Scope[] };

export interface CallOptions {
  readonly as?: Caller;
  /** JSON unless a string (sent as is) or bytes (sent as is, `application/octet-stream` unless a type is given). */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Another app over the same store to send the request to (the Lambda entry's lazy app); default `app`. */
  readonly app?: Pick<Harness['app'], 'request'>;
}

const PLATFORM: Principal = {
  kind: 'user',
  sub: 'test-platform',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

export interface HarnessOptions {
  /**
   * A DynamoDB Local of the file's own (2–3 s to start) instead of the run's shared one. For the heavy files
   * (demo seed, route matrix, property tests): DynamoDB Local slows down for every later file once it has
   * served a heavy one, so those get an instance that stops with them.
   */
  readonly ownDynamoDb?: boolean;
  /** Wires the store's tenant data access as `storeFromConfig` does; absent: one shared context. */
  readonly tenantAccess?: TenantAccessConfig;
  /** How the services are wired (e.g. import jobs left to the test to run); absent: as `npm start` wires them. */
  readonly services?: ServicesOptions;
  /** How the tenant gate leases an `active` status (e.g. a clock the test moves); absent: as in production. */
  readonly tenantGate?: TenantGateOptions;
}

export const createHarness = async (options: HarnessOptions = {}): Promise<Harness> => {
  for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
  let endpoint = inject('dynamodbEndpoint');
  if (options.ownDynamoDb) {
    const own = await startDynamoDbLocal();
    stopAfterFile(own);
    endpoint = own.endpoint;
  }
  const clientConfig = { endpoint };
  const shared = createDocumentClient(clientConfig);
  const tableName = `test-${randomUUID()}`;
  const access =
    options.tenantAccess &&
    tenantDataAccessFromConfig(options.tenantAccess, { shared, clientConfig, pooledTableName: tableName });
  const store = createStoreContext(
    shared,
    tableName,
    createCursorCodec(parseCursorKeys(newCursorKeySpec())),
    access,
  );
  for (const name of new Set([tableName, ...(options.tenantAccess?.siloTables.values() ?? [])])) {
    await ensureTable(store.doc, name);
    dropAfterFile(store.doc, name);
  }
  const services = createServices(store, options.services);
  const issuer = await createDevIssuer();
  const openApi = buildOpenApiDocument();
  const app = createApp({
    services,
    verifyToken: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks }),
    openApiDocument: async () => openApi,
    logger: { error: () => undefined },
    ...(options.tenantGate ? { tenantGate: options.tenantGate } : {}),
  });

  const token = (as: Caller): Promise<string> => {
    if ('platform' in as) return issuer.mint({ sub: 'test-platform', roles: ['platform_admin'] });
    if ('client' in as)
      return issuer.mint({
        tenantId: as.tenant,
        client: { clientId: `client-${as.tenant}`, scopes: as.client },
      });
    return issuer.mint({ sub: as.sub ?? `${as.role}@${as.tenant}`, tenantId: as.tenant, roles: [as.role] });
  };

  return {
    app,
    store,
    services,
    issuer,
    token,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
      const bytes = options.body instanceof Uint8Array;
      if (options.body !== undefined)
        headers['content-type'] ??= bytes ? 'application/octet-stream' : 'application/json';
      const body =
        options.body === undefined
          ? undefined
          : typeof options.body === 'string' || options.body instanceof Uint8Array
            ? options.body
            : JSON.stringify(options.body);
      return (options.app ?? app).request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    },
    async addTenant(id, overrides = {}) {
      const province = id.slice(0, 2).toUpperCase() as CreateTenant['province'];
      const code = { SH: '310116', JS: '320500', ZJ: '330421', AH: '340200' }[province];
      await services.tenants.onboard(
        { principal: PLATFORM, requestId: 'test', now: new Date() },
        { id, name: `${id} 组织部`, shortName: id, divisionCode: code, province, tier: 'pool', ...overrides },
      );
    },
  };
};
