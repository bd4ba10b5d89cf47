// The services of the Lambda entry. The tenant group is built at once (every request reads the tenant's
// status); every other group is imported (with its routes' chunk of the bundle) and built when a route that
// uses it is first loaded (routes/lazy.ts), so a cold start compiles only the services its route calls.
import type { StoreContext } from '@lianjian/store';
import type { Services, ServicesOptions } from '../services.ts';
import type { allianceRecordsOf } from './alliance-records.ts';
import { createTenantServices, type TenantServices } from './tenants.ts';

/** The lazily built groups, in the order the route manifest lists them. */
export const SERVICE_GROUP_NAMES = ['records', 'imports', 'alliances', 'insights', 'jobs'] as const;
export type ServiceGroup = (typeof SERVICE_GROUP_NAMES)[number];

/** The group each service is built in, but the tenant group's, which is always there. */
export const SERVICE_GROUPS: Readonly<Record<Exclude<keyof Services, keyof TenantServices>, ServiceGroup>> = {
  orgs: 'records',
  units: 'records',
  chains: 'records',
  coverage: 'records',
  importJobs: 'imports',
  alliances: 'alliances',
  committee: 'alliances',
  chair: 'alliances',
  charter: 'alliances',
  memberUnits: 'alliances',
  lists: 'alliances',
  claims: 'alliances',
  activities: 'alliances',
  registrations: 'alliances',
  meetings: 'alliances',
  actionItems: 'alliances',
  matches: 'insights',
  dashboard: 'insights',
  leaderboard: 'insights',
  problems: 'insights',
  jobs: 'jobs',
};

export interface LazyServices {
  /** Every service; one of a group not yet loaded throws when read (the route manifest is out of date). */
  readonly services: Services;
  /** Imports and builds `groups`, each once; their services are readable when it resolves. */
  readonly load: (groups: readonly ServiceGroup[]) => Promise<void>;
}

export const createLazyServices = (store: StoreContext, options: ServicesOptions = {}): LazyServices => {
  const services = {} as Services;
  const build: Readonly<Record<ServiceGroup, () => Promise<object>>> = {
    // Each group is built from the bundle chunk that holds the routes using it (packages/api/src/chunks).
    records: async () => (await import('../chunks/records.ts')).createRecordServices(store),
    // Import jobs write through the record services.
    imports: async () => {
      await loadGroup('records');
      return (await import('../chunks/imports.ts')).createImportServices(store, services, options);
    },
    alliances: async () =>
      (await import('../chunks/alliances.ts')).createAllianceServices(store, services.tenants),
    insights: async () => (await import('../chunks/alliances.ts')).createInsightServices(store),
    // No route runs the jobs (functions/jobs does); they drive the import and insight groups.
    jobs: async () => {
      await Promise.all([loadGroup('imports'), loadGroup('insights')]);
      return (await import('./jobs.ts')).createJobServices(store, services);
    },
  };
  const loading = new Map<ServiceGroup, Promise<void>>();
  const loadGroup = (group: ServiceGroup): Promise<void> => {
    let loaded = loading.get(group);
    if (!loaded) {
      loaded = build[group]().then(
        (built) => {
          // Plain data properties from now on: a warm read is a field read, not a getter call.
          for (const [name, service] of Object.entries(built))
            Object.defineProperty(services, name, { value: service, enumerable: true });
        },
        (error: unknown) => {
          loading.delete(group); // the next request tries again
          throw error;
        },
      );
      loading.set(group, loaded);
    }
    return loaded;
  };

  for (const [name, group] of Object.entries(SERVICE_GROUPS)) {
    Object.defineProperty(services, name, {
      configurable: true,
      enumerable: true,
      get() {
        throw new Error(`service ${name} read before its group ${group} was loaded: run \`npm run routes\``);
      },
    });
  }
  let allianceRecords: ReturnType<typeof allianceRecordsOf> | undefined;
  Object.assign(
    services,
    createTenantServices(store, {
      leaveAlliances: async (ctx, tenantId) => {
        await loadGroup('alliances');
        return services.alliances.leaveAll(ctx, tenantId);
      },
      allianceRecords: async function* (tenantId) {
        allianceRecords ??= (await import('./alliance-records.ts')).allianceRecordsOf(store);
        yield* allianceRecords(tenantId);
      },
    }),
  );
  return {
    services,
    load: async (groups) => {
      await Promise.all(groups.map(loadGroup));
    },
  };
};
