// The app with every route of the table loaded up front: tests, the local server and the scheduled jobs.
import { type AppOptions, mountApp } from './app.ts';
import type { RouteSpec } from './http/route.ts';
import { routes as allRoutes } from './routes/index.ts';

export interface EagerAppOptions extends AppOptions {
  /** @default every route of the API */
  readonly routes?: readonly RouteSpec[];
}

export const createApp = (options: EagerAppOptions): ReturnType<typeof mountApp> => {
  const { routes = allRoutes, ...rest } = options;
  return mountApp(
    rest,
    routes.map((route) => ({ method: route.method, path: route.path, spec: () => route })),
  );
};
