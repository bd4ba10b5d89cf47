// Probes of the activity and registration routes. The owner tenant founds one alliance per harness with a
// partner member, organises the activities and registers its own people, so every route's allowed callers
// succeed; another tenant, never a member, must get 404 on every one and never see a person's name.
import type { Harness } from './harness.ts';
import { created, newTenant, nextCounter, type Probe } from './probe-kit.ts';

const alliances = new WeakMap<Harness, Promise<string>>();

/** The owner's alliance with one partner member, made once per harness. */
const allianceOf = (h: Harness): Promise<string> => {
  let found = alliances.get(h);
  if (!found) {
    found = (async () => {
      const { record } = await created(h, '/v1/alliances', {
        name: `活动探针联盟${nextCounter()}`,
        kind: 'cluster',
      });
      const partner = await newTenant(h);
      await created(h, `/v1/alliances/${record.id}/invitations`, { tenantId: partner.id });
      await created(h, `/v1/alliances/${record.id}/invitations/${partner.id}/accept`, undefined, {
        tenant: partner.id,
        role: 'tenant_admin',
      });
      return record.id;
    })();
    alliances.set(h, found);
  }
  return found;
};

const activitiesPath = (allianceId: string) => `/v1/alliances/${allianceId}/activities`;

/** An activity the owner organises, open for registration unless asked otherwise, moved on by `actions`. */
const organised = async (h: Harness, actions: readonly string[] = []) => {
  const allianceId = await allianceOf(h);
  const title = `探针活动${nextCounter()}`;
  const { record } = await created(h, activitiesPath(allianceId), {
    title,
    kind: 'training',
    startsAt: '2030-05-01T09:00:00+08:00',
    capacity: 10,
    status: 'open',
  });
  const path = `${activitiesPath(allianceId)}/${record.id}`;
  let etag = `"${record.version}"`;
  for (const action of actions) {
    const moved = await created(h, `${path}/transitions`, { action });
    etag = moved.etag;
  }
  return { path, etag, secrets: [allianceId, record.id, title] };
};

/** A registration of one of the owner's people, on an activity moved on by `actions` afterwards. */
const registered = async (h: Harness, actions: readonly string[] = []) => {
  const activity = await organised(h);
  const name = `探针学员${nextCounter()}`;
  const { record } = await created(h, `${activity.path}/registrations`, {
    name,
    unit: '探针民宿',
    contact: { phone: '021-57000000' },
  });
  for (const action of actions) await created(h, `${activity.path}/transitions`, { action });
  return {
    path: `${activity.path}/registrations/${record.id}`,
    secrets: [...activity.secrets, record.id, name, '021-57000000'],
  };
};

export const ACTIVITY_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.activities.create': {
    exposure: 'private',
    prepare: async (h) => {
      const allianceId = await allianceOf(h);
      return {
        path: activitiesPath(allianceId),
        body: { title: `新活动探针${nextCounter()}`, kind: 'salon', startsAt: '2030-06-01T14:00:00+08:00' },
        secrets: [allianceId],
      };
    },
  },
  'alliances.activities.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { secrets } = await organised(h);
      return { path: `${activitiesPath(String(secrets[0]))}?kind=training`, secrets };
    },
  },
  'alliances.activities.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await organised(h);
      return { path, secrets };
    },
  },
  'alliances.activities.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await organised(h);
      return { path, body: { place: '探针会场' }, headers: { 'if-match': etag }, secrets };
    },
  },
  'alliances.activities.transition': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await organised(h);
      return { path: `${path}/transitions`, body: { action: 'close' }, secrets };
    },
  },
  'alliances.activities.outcomes': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await organised(h, ['close', 'complete']);
      return {
        path: `${path}/outcomes`,
        body: { outcomes: [{ name: '参加人数', value: 9, unit: '人' }] },
        headers: { 'if-match': etag },
        secrets,
      };
    },
  },
  'alliances.activities.registrations.create': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await organised(h);
      return { path: `${path}/registrations`, body: { name: `报名探针${nextCounter()}` }, secrets };
    },
  },
  'alliances.activities.registrations.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await registered(h);
      return { path: path.slice(0, path.lastIndexOf('/')), secrets };
    },
  },
  'alliances.activities.registrations.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await registered(h);
      return { path, secrets };
    },
  },
  'alliances.activities.registrations.cancel': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await registered(h);
      return { path: `${path}/cancel`, secrets };
    },
  },
  'alliances.activities.registrations.attendance': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await registered(h, ['close', 'complete']);
      return { path: `${path}/attendance`, body: { attended: true }, secrets };
    },
  },
};
