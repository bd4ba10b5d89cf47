// The route table grouped by route file, with the service groups each file's handlers use: what
// packages/api/src/routes/manifest.ts says, computed from the sources (`npm run routes` writes it,
// test/route-manifest.test.ts checks it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { routes } from '@lianjian/api';
import type { RouteSpec } from '../../packages/api/src/http/route.ts';
import {
  SERVICE_GROUP_NAMES,
  SERVICE_GROUPS,
  type ServiceGroup,
} from '../../packages/api/src/services/lazy.ts';

export const ROUTES_DIR = resolve(import.meta.dirname, '../../packages/api/src/routes');
const CHUNKS_DIR = resolve(import.meta.dirname, '../../packages/api/src/chunks');
const NOT_GROUPS = new Set(['index.ts', 'lazy.ts', 'manifest.ts']);
/** The tenant group's services: built at start, never loaded by a route. */
const ALWAYS_THERE = new Set(['tenants', 'audit', 'idempotency']);

export interface ComputedGroup {
  /** The route file, e.g. `orgs.ts`. */
  readonly file: string;
  /** The bundle chunk that exports its routes, e.g. `records.ts` (packages/api/src/chunks). */
  readonly chunk: string;
  readonly exportName: string;
  readonly services: readonly ServiceGroup[];
  readonly routes: readonly RouteSpec[];
}

/** `services.<name>` read in `file` and in the route files it imports (`./…`), import lines left out. */
const servicesRead = (file: string, seen = new Set<string>()): Set<string> => {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, local] of source.matchAll(/from '(\.\/[\w-]+\.ts)'/g))
    for (const name of servicesRead(join(dirname(file), local as string), seen)) names.add(name);
  const code = source.replace(/^import[^;]*;/gms, '');
  for (const [, name] of code.matchAll(/\bservices\.(\w+)/g)) names.add(name as string);
  return names;
};

export const computeRouteGroups = async (): Promise<ComputedGroup[]> => {
  // Each route file exports its routes as one array named `…Routes`, which one chunk re-exports.
  const chunkOf = new Map<unknown, string>();
  for (const chunk of readdirSync(CHUNKS_DIR).filter((name) => name.endsWith('.ts'))) {
    const module = (await import(join(CHUNKS_DIR, chunk))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (Array.isArray(value)) chunkOf.set(value, chunk);
  }
  const groupOf = new Map<RouteSpec, { file: string; chunk: string; exportName: string }>();
  for (const file of readdirSync(ROUTES_DIR).filter(
    (name) => name.endsWith('.ts') && !NOT_GROUPS.has(name),
  )) {
    const module = (await import(join(ROUTES_DIR, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(module)) {
      if (!exportName.endsWith('Routes') || !Array.isArray(value)) continue;
      const chunk = chunkOf.get(value);
      if (!chunk)
        throw new Error(
          `${exportName} of routes/${file} is in no chunk: export it from one in ${CHUNKS_DIR}`,
        );
      for (const spec of value as RouteSpec[]) groupOf.set(spec, { file, chunk, exportName });
    }
  }

  // Groups in the table's order, so the lazy app mounts every route where the eager one does.
  const groups: { file: string; chunk: string; exportName: string; routes: RouteSpec[] }[] = [];
  for (const route of routes) {
    const group = groupOf.get(route);
    if (!group) throw new Error(`route ${route.id} is exported by no route file`);
    const last = groups.at(-1);
    if (last?.file === group.file) last.routes.push(route);
    else if (groups.some((seen) => seen.file === group.file))
      throw new Error(`the routes of ${group.file} are not contiguous in the route table`);
    else groups.push({ ...group, routes: [route] });
  }

  return groups.map((group) => {
    const needed = new Set<ServiceGroup>();
    for (const name of servicesRead(join(ROUTES_DIR, group.file))) {
      if (ALWAYS_THERE.has(name)) continue;
      const serviceGroup = SERVICE_GROUPS[name as keyof typeof SERVICE_GROUPS];
      if (!serviceGroup) throw new Error(`${group.file} reads services.${name}, a service of no group`);
      needed.add(serviceGroup);
    }
    // The alliance gate reads the caller's membership before the handler runs.
    if (group.routes.some((route) => route.access.kind === 'roles' && route.access.alliance !== undefined))
      needed.add('alliances');
    return { ...group, services: SERVICE_GROUP_NAMES.filter((name) => needed.has(name)) };
  });
};
