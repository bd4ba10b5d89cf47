// Route groups loaded on first use. The Lambda entry mounts every route from the manifest (id, method,
// path) and imports a group's module, its own chunk in the bundle, with the service groups its handlers use,
// only when one of its routes is called: a cold start compiles the code of one route group, not all of them.
import type { MountPoint } from '../app.ts';
import type { Method, RouteSpec } from '../http/route.ts';
import type { ServiceGroup } from '../services/lazy.ts';

/** `[id, method, path]` of one route, as in the route table. */
export type ManifestRoute = readonly [id: string, method: Method, path: string];

export interface RouteGroup {
  /** The route file, e.g. `orgs`. */
  readonly name: string;
  /** The service groups its handlers (and the alliance gate, on alliance routes) read. */
  readonly services: readonly ServiceGroup[];
  readonly routes: readonly ManifestRoute[];
  readonly load: () => Promise<readonly RouteSpec[]>;
}

/**
 * Mount points for every route of `groups`, in order; a group's module and services are loaded once, by the
 * first call of one of its routes.
 */
export const lazyMountPoints = (
  groups: readonly RouteGroup[],
  loadServices: (groups: readonly ServiceGroup[]) => Promise<void>,
): MountPoint[] =>
  groups.flatMap((group) => {
    let specs: Promise<ReadonlyMap<string, RouteSpec>> | undefined;
    const loadGroup = () => {
      specs ??= Promise.all([group.load(), loadServices(group.services)]).then(
        ([list]) => new Map(list.map((spec) => [spec.id, spec])),
        (error: unknown) => {
          specs = undefined; // the next call tries again
          throw error;
        },
      );
      return specs;
    };
    return group.routes.map(([id, method, path]) => ({
      method,
      path,
      spec: async () => {
        const spec = (await loadGroup()).get(id);
        if (!spec) throw new Error(`route ${id} is not in route group ${group.name}: run \`npm run routes\``);
        return spec;
      },
    }));
  });
