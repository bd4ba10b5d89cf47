// @lianjian/api: the Hono app factory, its routes and the OpenAPI document.
export { type AppOptions, type Logger, type MountPoint, mountApp } from './app.ts';
export { type ClaimNames, DEFAULT_CLAIM_NAMES } from './auth/claims.ts';
export { createTokenVerifier, type TokenVerifier, type VerifierOptions } from './auth/verifier.ts';
export { type ApiConfig, configFromEnv } from './config.ts';
export { createApp, type EagerAppOptions } from './create-app.ts';
export { DOCS_ASSETS, type DocsAssetReader } from './http/docs.ts';
export { PROBLEMS } from './http/problems.ts';
export type { RouteSpec } from './http/route.ts';
export type { TenantGateOptions } from './http/tenant-gate.ts';
export { IMPORT_RUN_RESERVE_MS, type ImportJobStarterKind } from './import-jobs.ts';
export { createLazyApp, createLazyAppFromConfig, type LazyAppOptions } from './lazy-runtime.ts';
export { routes } from './routes/index.ts';
export { createAppFromConfig, storeFromConfig } from './runtime.ts';
export { createServices, type Services, type ServicesOptions } from './services.ts';
