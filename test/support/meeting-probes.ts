// Probes of the meeting and action-item routes. The owner tenant (the secretariat) founds one alliance per
// harness with a partner tenant; each probe schedules its own meeting (and action item) as the owner. Another
// tenant, never a member, must get 404 on every one.
import type { Harness } from './harness.ts';
import { created, newTenant, nextCounter, OWNER_ADMIN, OWNER_TENANT, type Probe } from './probe-kit.ts';

const workspaces = new WeakMap<Harness, Promise<string>>();

/** The owner's alliance with one partner member, made once per harness. */
const workspace = (h: Harness): Promise<string> => {
  let found = workspaces.get(h);
  if (!found) {
    found = (async () => {
      const { record } = await created(h, '/v1/alliances', {
        name: `会议探针联盟${nextCounter()}`,
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
    workspaces.set(h, found);
  }
  return found;
};

const base = (allianceId: string) => `/v1/alliances/${allianceId}/meetings`;

/** A meeting the owner scheduled (dated in the past, so it can be held). */
const meeting = async (h: Harness) => {
  const allianceId = await workspace(h);
  const title = `探针党委会议${nextCounter()}`;
  const { record, etag } = await created(h, base(allianceId), {
    kind: 'committee_meeting',
    title,
    date: '2026-01-15',
    place: '探针会议室',
  });
  const path = `${base(allianceId)}/${record.id}`;
  return { path, etag, secrets: [allianceId, record.id, title] };
};

/** An action item of a new meeting, assigned to the owner itself. */
const actionItem = async (h: Harness) => {
  const held = await meeting(h);
  const title = `探针待办${nextCounter()}`;
  const { record, etag } = await created(h, `${held.path}/action-items`, {
    title,
    assigneeTenantId: OWNER_TENANT,
    dueOn: '2026-03-31',
  });
  return {
    path: `${held.path}/action-items/${record.id}`,
    etag,
    secrets: [...held.secrets, record.id, title],
  };
};

const versioned = (etag: string) => ({ 'if-match': etag });

export const MEETING_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.meetings.cadence.get': {
    exposure: 'private',
    prepare: async (h) => {
      const allianceId = await workspace(h);
      return { path: `${base(allianceId)}/cadence`, secrets: [allianceId] };
    },
  },
  'alliances.meetings.cadence.set': {
    exposure: 'private',
    prepare: async (h) => {
      const allianceId = await workspace(h);
      const current = await h.call('GET', `${base(allianceId)}/cadence`, { as: OWNER_ADMIN });
      await current.arrayBuffer();
      return {
        path: `${base(allianceId)}/cadence`,
        body: { kind: 'committee_meeting', everyMonths: 2 },
        headers: versioned(current.headers.get('etag') ?? '"0"'),
        secrets: [allianceId],
      };
    },
  },
  'alliances.meetings.next': {
    exposure: 'private',
    prepare: async (h) => {
      const allianceId = await workspace(h);
      return { path: `${base(allianceId)}/next`, secrets: [allianceId] };
    },
  },
  'alliances.meetings.create': {
    exposure: 'private',
    prepare: async (h) => {
      const allianceId = await workspace(h);
      return {
        path: base(allianceId),
        body: { kind: 'seminar', date: '2026-12-10', title: `新会议探针${nextCounter()}` },
        secrets: [allianceId],
      };
    },
  },
  'alliances.meetings.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { secrets } = await meeting(h);
      return { path: `${base(String(secrets[0]))}?kind=committee_meeting`, secrets };
    },
  },
  'alliances.meetings.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await meeting(h);
      return { path, secrets };
    },
  },
  'alliances.meetings.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await meeting(h);
      return { path, body: { place: '改到探针礼堂' }, headers: versioned(etag), secrets };
    },
  },
  'alliances.meetings.hold': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await meeting(h);
      return { path: `${path}/hold`, body: { minutes: '探针纪要' }, headers: versioned(etag), secrets };
    },
  },
  'alliances.meetings.cancel': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await meeting(h);
      return { path: `${path}/cancel`, body: { reason: '探针取消' }, headers: versioned(etag), secrets };
    },
  },
  'alliances.meetings.actionItems.create': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await meeting(h);
      return {
        path: `${path}/action-items`,
        body: { title: '新待办探针', assigneeTenantId: OWNER_TENANT, dueOn: '2026-12-31' },
        secrets,
      };
    },
  },
  'alliances.meetings.actionItems.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await actionItem(h);
      return { path: path.slice(0, path.lastIndexOf('/')), secrets };
    },
  },
  'alliances.meetings.actionItems.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, secrets } = await actionItem(h);
      return { path, secrets };
    },
  },
  'alliances.meetings.actionItems.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { path, etag, secrets } = await actionItem(h);
      return { path, body: { status: 'done', note: '探针完成' }, headers: versioned(etag), secrets };
    },
  },
  'alliances.actionItems.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { secrets } = await actionItem(h);
      return {
        path: `/v1/alliances/${secrets[0]}/action-items?status=open&assignee=${OWNER_TENANT}`,
        secrets,
      };
    },
  },
};
