// Probes of the problem routes (问题收集帮办). The owner tenant founds one alliance per harness (so it holds
// the secretariat) with two partner tenants made for the probes. Each probe raises its own problem so that the
// owner is the party the route needs: the assignee for its steps, the raiser for closing and reopening, the
// secretariat for reassignment and escalation. Another tenant, never a member, must get 404 on every one.
import { shanghaiDate } from '@lianjian/core';
import type { Caller, Harness } from './harness.ts';
import { created, newTenant, nextCounter, OWNER_ADMIN, OWNER_TENANT, type Probe } from './probe-kit.ts';

interface Workspace {
  readonly allianceId: string;
  readonly partner: Caller & { tenant: string };
  readonly other: Caller & { tenant: string };
}

const workspaces = new WeakMap<Harness, Promise<Workspace>>();

const join = async (h: Harness, allianceId: string) => {
  const partner = await newTenant(h);
  const admin = { tenant: partner.id, role: 'tenant_admin' as const };
  await created(h, `/v1/alliances/${allianceId}/invitations`, { tenantId: partner.id });
  await created(h, `/v1/alliances/${allianceId}/invitations/${partner.id}/accept`, undefined, admin);
  return admin;
};

const workspace = (h: Harness): Promise<Workspace> => {
  let found = workspaces.get(h);
  if (!found) {
    found = (async () => {
      const { record } = await created(h, '/v1/alliances', {
        name: `帮办探针联盟${nextCounter()}`,
        kind: 'regional',
      });
      return { allianceId: record.id, partner: await join(h, record.id), other: await join(h, record.id) };
    })();
    workspaces.set(h, found);
  }
  return found;
};

const DUE = () => shanghaiDate(Date.now() + 30 * 24 * 60 * 60 * 1000);

const expectOk = async (response: Response, what: string) => {
  if (response.status !== 200)
    throw new Error(`probe setup ${what} answered ${response.status}: ${await response.text()}`);
  return response.headers.get('etag') ?? '';
};

/** A problem `raiser` routes to `assignee`; the secrets are its ids and words. */
const raised = async (h: Harness, raiser: Caller, assignee: string) => {
  const { allianceId } = await workspace(h);
  const title = `探针问题${nextCounter()}`;
  const description = `探针企业融资难题说明${nextCounter()}`;
  const { record, etag } = await created(
    h,
    `/v1/alliances/${allianceId}/problems`,
    { title, category: 'financing', description, assigneeTenantId: assignee, dueDate: DUE() },
    raiser,
  );
  const path = `/v1/alliances/${allianceId}/problems/${record.id}`;
  return { path, etag, secrets: [allianceId, record.id, title, description] };
};

/** Raised by a partner, assigned to the owner, taken by the owner through `steps`. */
const toOwner = async (h: Harness, steps: readonly string[] = []) => {
  const { partner } = await workspace(h);
  const problem = await raised(h, partner, OWNER_TENANT);
  let { etag } = problem;
  for (const step of steps) {
    const body = step === 'resolve' ? { resolution: '探针办结' } : undefined;
    etag = await expectOk(
      await h.call('POST', `${problem.path}/${step}`, {
        as: OWNER_ADMIN,
        ...(body ? { body } : {}),
        headers: { 'if-match': etag },
      }),
      step,
    );
  }
  return { ...problem, etag };
};

/** Raised by the owner, assigned to a partner who accepted and resolved it. */
const resolvedForOwner = async (h: Harness) => {
  const { partner } = await workspace(h);
  const problem = await raised(h, OWNER_ADMIN, partner.tenant);
  let { etag } = problem;
  for (const step of ['accept', 'resolve']) {
    const body = step === 'resolve' ? { resolution: '探针伙伴办结' } : undefined;
    etag = await expectOk(
      await h.call('POST', `${problem.path}/${step}`, {
        as: partner,
        ...(body ? { body } : {}),
        headers: { 'if-match': etag },
      }),
      step,
    );
  }
  return { ...problem, etag };
};

const ownerStep =
  (action: string, before: readonly string[], body?: unknown): Probe['prepare'] =>
  async (h) => {
    const problem = await toOwner(h, before);
    return {
      path: `${problem.path}/${action}`,
      ...(body === undefined ? {} : { body }),
      headers: { 'if-match': problem.etag },
      secrets: problem.secrets,
    };
  };

const raiserStep =
  (action: string, body: unknown): Probe['prepare'] =>
  async (h) => {
    const problem = await resolvedForOwner(h);
    return {
      path: `${problem.path}/${action}`,
      body,
      headers: { 'if-match': problem.etag },
      secrets: problem.secrets,
    };
  };

export const PROBLEM_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.problems.create': {
    exposure: 'private',
    prepare: async (h) => {
      const { allianceId, partner } = await workspace(h);
      return {
        path: `/v1/alliances/${allianceId}/problems`,
        body: {
          title: `新提出探针问题${nextCounter()}`,
          category: 'talent',
          description: '探针企业引才需求',
          urgency: 'urgent',
          assigneeTenantId: partner.tenant,
          dueDate: DUE(),
        },
        secrets: [allianceId],
      };
    },
  },
  'alliances.problems.list': {
    exposure: 'private',
    prepare: async (h) => {
      const problem = await toOwner(h);
      return {
        path: `${problem.path.replace(/\/[^/]+$/, '')}?assignee=${OWNER_TENANT}`,
        secrets: problem.secrets,
      };
    },
  },
  'alliances.problems.get': {
    exposure: 'private',
    prepare: async (h) => {
      const problem = await toOwner(h);
      return { path: problem.path, secrets: problem.secrets };
    },
  },
  'alliances.problems.accept': { exposure: 'private', prepare: ownerStep('accept', []) },
  'alliances.problems.start': { exposure: 'private', prepare: ownerStep('start', ['accept']) },
  'alliances.problems.resolve': {
    exposure: 'private',
    prepare: ownerStep('resolve', ['accept', 'start'], { resolution: '探针问题已解决' }),
  },
  'alliances.problems.reject': {
    exposure: 'private',
    prepare: ownerStep('reject', [], { reason: '探针退回理由' }),
  },
  'alliances.problems.close': { exposure: 'private', prepare: raiserStep('close', { rating: 4 }) },
  'alliances.problems.reopen': {
    exposure: 'private',
    prepare: raiserStep('reopen', { reason: '探针未解决' }),
  },
  'alliances.problems.reassign': {
    exposure: 'private',
    prepare: async (h) => {
      const { partner, other } = await workspace(h);
      const problem = await raised(h, partner, OWNER_TENANT);
      return {
        path: `${problem.path}/reassign`,
        body: { assigneeTenantId: other.tenant, note: '探针改派' },
        headers: { 'if-match': problem.etag },
        secrets: problem.secrets,
      };
    },
  },
  'alliances.problems.escalate': {
    exposure: 'private',
    prepare: async (h) => {
      const { allianceId } = await workspace(h);
      return { path: `/v1/alliances/${allianceId}/problems/escalations`, secrets: [allianceId] };
    },
  },
  'alliances.problems.comments.create': {
    exposure: 'private',
    prepare: async (h) => {
      const problem = await toOwner(h);
      return { path: `${problem.path}/comments`, body: { text: '探针沟通记录' }, secrets: problem.secrets };
    },
  },
  'alliances.problems.comments.list': {
    exposure: 'private',
    prepare: async (h) => {
      const problem = await toOwner(h);
      const { partner } = await workspace(h);
      const text = `探针秘密沟通${nextCounter()}`;
      await created(h, `${problem.path}/comments`, { text }, partner);
      return { path: `${problem.path}/comments`, secrets: [...problem.secrets, text] };
    },
  },
};
