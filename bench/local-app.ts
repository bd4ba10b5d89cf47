// What the in-process benches share: DynamoDB Local in memory, a fresh table, the services, a development
// token issuer and the app, and a way to onboard catalog tenants.
import { createApp, createServices, createTokenVerifier, storeFromConfig } from '@lianjian/api';
import type { CreateTenant, Principal } from '@lianjian/core';
import { createDevIssuer, ensureTable, LOCAL_AWS_ENV, startDynamoDbLocal } from '@lianjian/devkit';
import { newCursorKeySpec, type StoreContext } from '@lianjian/store';

const PLATFORM: Principal = {
  kind: 'user',
  sub: 'bench',
  tenantId: null,
  roles: ['platform_admin'],
  scopes: [],
};

export interface LocalApp {
  readonly store: StoreContext;
  readonly services: ReturnType<typeof createServices>;
  readonly issuer: Awaited<ReturnType<typeof createDevIssuer>>;
  readonly app: ReturnType<typeof createApp>;
  onboard(tenant: CreateTenant): Promise<void>;
}

/** Runs `bench` against a fresh local stack and always stops DynamoDB Local afterwards. */
export const withLocalApp = async (
  tableName: string,
  bench: (local: LocalApp) => Promise<void>,
  openApiDocument: () => Promise<unknown> = async () => ({}),
): Promise<void> => {
  for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
  const dynamodb = await startDynamoDbLocal();
  try {
    const store = storeFromConfig({
      tableName,
      dynamodbEndpoint: dynamodb.endpoint,
      cursorKeys: newCursorKeySpec(),
    });
    await ensureTable(store.doc, store.tableName);
    const services = createServices(store);
    const issuer = await createDevIssuer();
    const app = createApp({
      services,
      verifyToken: createTokenVerifier({
        issuer: issuer.issuer,
        audience: issuer.audience,
        jwks: issuer.jwks,
      }),
      openApiDocument,
      logger: { error: () => undefined },
    });
    const onboard = async (tenant: CreateTenant) => {
      await services.tenants.onboard({ principal: PLATFORM, requestId: 'bench', now: new Date() }, tenant);
    };
    await bench({ store, services, issuer, app, onboard });
    store.doc.destroy();
  } finally {
    await dynamodb.stop();
  }
};
