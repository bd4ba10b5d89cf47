// The Lambda entry's app: every route mounted from the manifest, each route group and the service groups it
// uses imported on the group's first call (routes/lazy.ts, services/lazy.ts), so a cold start loads the code
// of the route it serves and little else.
import type { StoreContext } from '@lianjian/store';
import { type AppOptions, mountApp } from './app.ts';
import { createTokenVerifier } from './auth/verifier.ts';
import type { ApiConfig } from './config.ts';
import { lazyMountPoints } from './routes/lazy.ts';
import { routeGroups } from './routes/manifest.ts';
import { storeFromConfig } from './runtime.ts';
import { createLazyServices } from './services/lazy.ts';
import type { ServicesOptions } from './services.ts';

export interface LazyAppOptions extends Omit<AppOptions, 'services'> {
  readonly store: StoreContext;
  readonly services?: ServicesOptions;
}

/** The app over `store` with its routes and services loaded on first use. */
export const createLazyApp = ({
  store,
  services: servicesOptions,
  ...options
}: LazyAppOptions): ReturnType<typeof mountApp> => {
  const { services, load } = createLazyServices(store, servicesOptions);
  return mountApp({ ...options, services }, lazyMountPoints(routeGroups, load));
};

export const createLazyAppFromConfig = (
  config: ApiConfig,
  extra: Pick<AppOptions, 'openApiDocument'> & Partial<Omit<AppOptions, 'services' | 'verifyToken'>>,
) =>
  createLazyApp({
    ...extra,
    store: storeFromConfig(config),
    // The table's stream starts import job runs in AWS (functions/jobs).
    services: { importJobStarter: 'stream' },
    verifyToken: createTokenVerifier(config.auth),
  });
