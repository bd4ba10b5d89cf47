// Builds a ready app from settings: the store, the services and the token verifier, once per process.
import { createCursorCodec, createDocumentClient, parseCursorKeys, type StoreContext } from '@lianjian/store';
import { type AppOptions, createApp } from './app.ts';
import { createTokenVerifier } from './auth/verifier.ts';
import type { ApiConfig } from './config.ts';
import { createServices } from './services.ts';

export const createStoreContext = (
  config: Pick<ApiConfig, 'tableName' | 'dynamodbEndpoint' | 'cursorKeys'>,
): StoreContext => ({
  doc: createDocumentClient(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
  tableName: config.tableName,
  cursors: createCursorCodec(parseCursorKeys(config.cursorKeys)),
});

export const createAppFromConfig = (
  config: ApiConfig,
  extra: Pick<AppOptions, 'openApiDocument'> & Partial<Omit<AppOptions, 'services' | 'verifyToken'>>,
) =>
  createApp({
    ...extra,
    services: createServices(createStoreContext(config)),
    verifyToken: createTokenVerifier(config.auth),
  });
