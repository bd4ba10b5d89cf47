// Probes of the alliance routes: the owner tenant creates alliances, invites partner tenants made for the
// probe, or is invited by them. Another tenant, never a member, must get 404 on every one.
import type { Caller, Harness } from './harness.ts';
import { created, newTenant, nextCounter, OWNER_ADMIN, OWNER_TENANT, type Probe } from './probe-kit.ts';

const adminOf = (tenant: string): Caller => ({ tenant, role: 'tenant_admin' });

/** An alliance the owner created (and so holds the secretariat of). */
export const newAlliance = async (h: Harness, as: Caller = OWNER_ADMIN) => {
  const n = nextCounter();
  const { record, etag } = await created(
    h,
    '/v1/alliances',
    { name: `探针第${n}联盟`, kind: 'adjacent_region', description: `探针联盟说明${n}` },
    as,
  );
  return { id: record.id, name: String(record.name), etag };
};

const expectStatus = async (response: Response, status: number, what: string) => {
  if (response.status !== status)
    throw new Error(`probe setup ${what} answered ${response.status}: ${await response.text()}`);
};

export const invite = async (h: Harness, allianceId: string, tenantId: string, as: Caller = OWNER_ADMIN) =>
  expectStatus(
    await h.call('POST', `/v1/alliances/${allianceId}/invitations`, { as, body: { tenantId } }),
    201,
    'invitation',
  );

export const accept = async (h: Harness, allianceId: string, tenantId: string) =>
  expectStatus(
    await h.call('POST', `/v1/alliances/${allianceId}/invitations/${tenantId}/accept`, {
      as: adminOf(tenantId),
    }),
    200,
    'accept',
  );

/** The owner's alliance with a second member tenant. */
export const allianceWithPartner = async (h: Harness) => {
  const alliance = await newAlliance(h);
  const partner = await newTenant(h);
  await invite(h, alliance.id, partner.id);
  await accept(h, alliance.id, partner.id);
  return { alliance, partner: partner.id };
};

/** A partner's alliance that has invited the owner tenant. */
const invitedOwner = async (h: Harness) => {
  const partner = await newTenant(h);
  const alliance = await newAlliance(h, adminOf(partner.id));
  await invite(h, alliance.id, OWNER_TENANT, adminOf(partner.id));
  return alliance;
};

export const secretsOf = (alliance: { id: string; name: string }) => [alliance.id, alliance.name];

export const ALLIANCE_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.create': {
    exposure: 'private',
    prepare: async () => ({
      path: '/v1/alliances',
      body: { name: `新建探针联盟${nextCounter()}`, kind: 'corridor' },
      secrets: [],
    }),
  },
  'alliances.list': {
    exposure: 'private',
    prepare: async (h) => ({ path: '/v1/alliances', secrets: secretsOf(await newAlliance(h)) }),
  },
  'alliances.get': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return { path: `/v1/alliances/${alliance.id}`, secrets: secretsOf(alliance) };
    },
  },
  'alliances.update': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return {
        path: `/v1/alliances/${alliance.id}`,
        body: { description: '修订后的说明' },
        headers: { 'if-match': alliance.etag },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.members.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, partner } = await allianceWithPartner(h);
      return { path: `/v1/alliances/${alliance.id}/members`, secrets: [...secretsOf(alliance), partner] };
    },
  },
  'alliances.members.remove': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await invitedOwner(h);
      await accept(h, alliance.id, OWNER_TENANT);
      return { path: `/v1/alliances/${alliance.id}/members/${OWNER_TENANT}`, secrets: secretsOf(alliance) };
    },
  },
  'alliances.members.setRole': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, partner } = await allianceWithPartner(h);
      return {
        path: `/v1/alliances/${alliance.id}/members/${partner}/role`,
        body: { role: 'secretariat' },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.invitations.create': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      const partner = await newTenant(h);
      return {
        path: `/v1/alliances/${alliance.id}/invitations`,
        body: { tenantId: partner.id },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.invitations.list': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      const partner = await newTenant(h);
      await invite(h, alliance.id, partner.id);
      return {
        path: `/v1/alliances/${alliance.id}/invitations`,
        secrets: [...secretsOf(alliance), partner.id],
      };
    },
  },
  'alliances.invitations.revoke': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      const partner = await newTenant(h);
      await invite(h, alliance.id, partner.id);
      return { path: `/v1/alliances/${alliance.id}/invitations/${partner.id}`, secrets: secretsOf(alliance) };
    },
  },
  'invitations.list': {
    exposure: 'private',
    prepare: async (h) => ({ path: '/v1/invitations', secrets: secretsOf(await invitedOwner(h)) }),
  },
  'alliances.invitations.accept': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await invitedOwner(h);
      return {
        path: `/v1/alliances/${alliance.id}/invitations/${OWNER_TENANT}/accept`,
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.invitations.decline': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await invitedOwner(h);
      return {
        path: `/v1/alliances/${alliance.id}/invitations/${OWNER_TENANT}/decline`,
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.feed': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return { path: `/v1/alliances/${alliance.id}/feed`, secrets: secretsOf(alliance) };
    },
  },
};
