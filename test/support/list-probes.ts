// Probes of the list and claim routes. The owner tenant founds one alliance per harness with a partner tenant
// made for the probes; items and claims are posted by the owner or the partner as each route needs (the owner
// must be the item's owner to edit or answer claims, the claimant to withdraw one). Another tenant, never a
// member, must get 404 on every one.
import { CLAIMABLE_KINDS, type ClaimableKind, LIST_KINDS, type ListKind } from '@lianjian/core';
import type { Caller, Harness } from './harness.ts';
import { created, newTenant, nextCounter, OWNER_ADMIN, type Probe } from './probe-kit.ts';

const PLURAL: Readonly<Record<ListKind, string>> = {
  resource: 'resources',
  need: 'needs',
  project: 'projects',
};

interface Workspace {
  readonly allianceId: string;
  readonly partner: Caller;
}

const workspaces = new WeakMap<Harness, Promise<Workspace>>();

/** The owner's alliance with one partner member, made once per harness (each probe adds its own items). */
const workspace = (h: Harness): Promise<Workspace> => {
  let found = workspaces.get(h);
  if (!found) {
    found = (async () => {
      const { record } = await created(h, '/v1/alliances', {
        name: `清单探针联盟${nextCounter()}`,
        kind: 'regional',
      });
      const partner = await newTenant(h);
      const admin: Caller = { tenant: partner.id, role: 'tenant_admin' };
      await created(h, `/v1/alliances/${record.id}/invitations`, { tenantId: partner.id });
      await created(h, `/v1/alliances/${record.id}/invitations/${partner.id}/accept`, undefined, admin);
      return { allianceId: record.id, partner: admin };
    })();
    workspaces.set(h, found);
  }
  return found;
};

const listPath = (allianceId: string, kind: ListKind) => `/v1/alliances/${allianceId}/${PLURAL[kind]}`;

const postItem = async (h: Harness, allianceId: string, kind: ListKind, as: Caller = OWNER_ADMIN) => {
  const title = `探针条目${nextCounter()}`;
  const { record, etag } = await created(
    h,
    listPath(allianceId, kind),
    { title, category: 'other', ...(kind === 'project' ? {} : { quantity: 5 }) },
    as,
  );
  return { id: record.id, title, etag, path: `${listPath(allianceId, kind)}/${record.id}` };
};

/** An item and a claim on it: `owner` posts the item, `claimant` claims it. */
const claimed = async (h: Harness, kind: ClaimableKind, owner: 'owner' | 'partner') => {
  const { allianceId, partner } = await workspace(h);
  const [itemOwner, claimant] = owner === 'owner' ? [OWNER_ADMIN, partner] : [partner, OWNER_ADMIN];
  const item = await postItem(h, allianceId, kind, itemOwner);
  const { record } = await created(h, `${item.path}/claims`, { quantity: 1 }, claimant);
  return {
    item,
    claimPath: `${item.path}/claims/${record.id}`,
    secrets: [allianceId, item.id, item.title, record.id],
  };
};

const itemProbes = (kind: ListKind): Record<string, Probe> => {
  const id = (action: string) => `alliances.${PLURAL[kind]}.${action}`;
  const owned = async (h: Harness) => {
    const { allianceId } = await workspace(h);
    const item = await postItem(h, allianceId, kind);
    return { ...item, secrets: [allianceId, item.id, item.title] };
  };
  return {
    [id('create')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { allianceId } = await workspace(h);
        return {
          path: listPath(allianceId, kind),
          body: { title: `新发布探针${nextCounter()}`, category: 'policy' },
          secrets: [allianceId],
        };
      },
    },
    [id('list')]: {
      exposure: 'private',
      prepare: async (h) => {
        const item = await owned(h);
        return { path: `${listPath(String(item.secrets[0]), kind)}?category=other`, secrets: item.secrets };
      },
    },
    [id('get')]: {
      exposure: 'private',
      prepare: async (h) => {
        const item = await owned(h);
        return { path: item.path, secrets: item.secrets };
      },
    },
    [id('update')]: {
      exposure: 'private',
      prepare: async (h) => {
        const item = await owned(h);
        return {
          path: item.path,
          body: { description: '修订后的说明' },
          headers: { 'if-match': item.etag },
          secrets: item.secrets,
        };
      },
    },
    [id('withdraw')]: {
      exposure: 'private',
      prepare: async (h) => {
        const item = await owned(h);
        return { path: `${item.path}/withdraw`, headers: { 'if-match': item.etag }, secrets: item.secrets };
      },
    },
    [id('moderate')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { allianceId, partner } = await workspace(h);
        const item = await postItem(h, allianceId, kind, partner);
        return {
          path: `${item.path}/moderation`,
          body: { action: 'hide', reason: '探针隐藏' },
          secrets: [allianceId, item.id, item.title],
        };
      },
    },
  };
};

const claimProbes = (kind: ClaimableKind): Record<string, Probe> => {
  const id = (action: string) => `alliances.${PLURAL[kind]}.claims.${action}`;
  return {
    [id('create')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { allianceId, partner } = await workspace(h);
        const item = await postItem(h, allianceId, kind, partner);
        return {
          path: `${item.path}/claims`,
          body: { quantity: 1, note: '探针认领' },
          secrets: [allianceId, item.id, item.title],
        };
      },
    },
    [id('list')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { item, secrets } = await claimed(h, kind, 'owner');
        return { path: `${item.path}/claims`, secrets };
      },
    },
    [id('get')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { claimPath, secrets } = await claimed(h, kind, 'owner');
        return { path: claimPath, secrets };
      },
    },
    [id('accept')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { claimPath, secrets } = await claimed(h, kind, 'owner');
        return { path: `${claimPath}/accept`, body: {}, secrets };
      },
    },
    [id('decline')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { claimPath, secrets } = await claimed(h, kind, 'owner');
        return { path: `${claimPath}/decline`, body: { note: '探针谢绝' }, secrets };
      },
    },
    [id('withdraw')]: {
      exposure: 'private',
      prepare: async (h) => {
        const { claimPath, secrets } = await claimed(h, kind, 'partner');
        return { path: `${claimPath}/withdraw`, secrets };
      },
    },
  };
};

/** Matches of the owner's item: the partner's counterpart item shares its category, so it ranks. */
const matchProbes = (kind: ClaimableKind): Record<string, Probe> => ({
  [`alliances.${PLURAL[kind]}.matches`]: {
    exposure: 'private',
    prepare: async (h) => {
      const { allianceId, partner } = await workspace(h);
      const item = await postItem(h, allianceId, kind);
      const other = await postItem(h, allianceId, kind === 'need' ? 'resource' : 'need', partner);
      return { path: `${item.path}/matches`, secrets: [allianceId, item.id, other.id, other.title] };
    },
  },
});

export const LIST_PROBES: Readonly<Record<string, Probe>> = Object.assign(
  {},
  ...LIST_KINDS.map(itemProbes),
  ...CLAIMABLE_KINDS.map(claimProbes),
  ...CLAIMABLE_KINDS.map(matchProbes),
);
