// What every route probe builds on: the owner tenant, callers, and creating a record through the API.
import type { Caller, Harness } from './harness.ts';

/** The tenant whose data the probes create, and the catalog-shaped record of a tenant made for a probe. */
export const OWNER_TENANT = 'sh-jinshan';

export interface ProbeRequest {
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Ids and field values of the owner's data the request touches: no other tenant may ever see them. */
  readonly secrets: readonly string[];
}

export interface Probe {
  /**
   * `private`: the route reaches one tenant's data; another tenant gets 404 (or 403 when its role may not
   * call the route at all) and learns nothing. `directory`: shared with every signed-in principal by design
   * (the tenant directory), so partners can find each other.
   */
  readonly exposure: 'private' | 'directory';
  /** Creates what the route acts on, as the owner tenant or the platform, and returns a valid request. */
  prepare(h: Harness): Promise<ProbeRequest>;
}

export const OWNER_ADMIN: Caller = { tenant: OWNER_TENANT, role: 'tenant_admin' };
export const PLATFORM: Caller = { platform: true };

let counter = 0;
/** A fresh number for names that must not repeat within a test file. */
export const nextCounter = (): number => {
  counter += 1;
  return counter;
};

export const created = async (h: Harness, path: string, body: unknown, as: Caller = OWNER_ADMIN) => {
  const response = await h.call('POST', path, { as, body });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`probe setup POST ${path} answered ${response.status}: ${await response.text()}`);
  return {
    record: (await response.json()) as { id: string; version: number; name?: string } & Record<
      string,
      unknown
    >,
    etag: response.headers.get('etag') ?? '',
  };
};

/** A tenant made for one probe, so destructive platform routes never touch the shared ones. */
export const newTenant = async (h: Harness) => {
  const counter = nextCounter();
  const id = `ah-probe${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const { record, etag } = await created(
    h,
    '/v1/tenants',
    {
      id,
      name: `探针${counter}组织部`,
      shortName: `探针${counter}`,
      divisionCode: '340200',
      province: 'AH',
      tier: 'pool',
    },
    PLATFORM,
  );
  return { id: record.id, etag };
};
