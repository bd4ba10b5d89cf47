// Builds a ready app from settings: the store, the services and the token verifier, once per process.
import {
  createCursorCodec,
  createDocumentClient,
  createStoreContext,
  parseCursorKeys,
  type StoreContext,
} from '@lianjian/store';
import { type AppOptions, createApp } from './app.ts';
import { createTokenVerifier } from './auth/verifier.ts';
import type { ApiConfig } from './config.ts';
import { createServices } from './services.ts';

export const storeFromConfig = (
  config: Pick<ApiConfig, 'tableName' | 'dynamodbEndpoint' | 'cursorKeys'>,
): StoreContext =>
  createStoreContext(
    createDocumentClient(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
    config.tableName,
    createCursorCodec(parseCursorKeys(config.cursorKeys)),
  );

export const createAppFromConfig = (
  config: ApiConfig,
  extra: Pick<AppOptions, 'openApiDocument'> & Partial<Omit<AppOptions, 'services' | 'verifyToken'>>,
) =>
  createApp({
    ...extra,
    services: createServices(storeFromConfig(config)),
    verifyToken: createTokenVerifier(config.auth),
  });
