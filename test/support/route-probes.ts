// How to exercise each route of the app: what to create first, and the valid request to send.
// The route-matrix and isolation-walk tests take every route from the route table and look it up here;
// a route with no probe fails both, so nobody can add a route the isolation proof does not cover.
import { makeCreditCode } from '@lianjian/core';
import { ACTIVITY_PROBES } from './activity-probes.ts';
import { ALLIANCE_PROBES } from './alliance-probes.ts';
import { DASHBOARD_PROBES } from './dashboard-probes.ts';
import { GOVERNANCE_PROBES } from './governance-probes.ts';
import type { Harness } from './harness.ts';
import { LIST_PROBES } from './list-probes.ts';
import { MEETING_PROBES } from './meeting-probes.ts';
import { created, newTenant, OWNER_ADMIN, OWNER_TENANT, PLATFORM, type Probe } from './probe-kit.ts';
import { PROBLEM_PROBES } from './problem-probes.ts';

export { OWNER_TENANT } from './probe-kit.ts';

let counter = 0;

const newUnit = (h: Harness, fields: Record<string, unknown> = {}) => {
  counter += 1;
  return created(h, '/v1/units', {
    name: `金山探针第${counter}有限公司`,
    kind: 'enterprise',
    creditCode: makeCreditCode('310116', 900_000 + counter),
    town: `探针镇${counter}`,
    ...fields,
  });
};

const newChain = async (h: Harness) => {
  counter += 1;
  const chain = await created(h, '/v1/chains', { name: `探针第${counter}产业链`, leadDepartment: '探针局' });
  const unit = await newUnit(h);
  const joined = await h.call('PUT', `/v1/chains/${chain.record.id}/members/${unit.record.id}`, {
    as: OWNER_ADMIN,
  });
  if (joined.status !== 200) throw new Error(`probe setup chain member answered ${joined.status}`);
  return { chain, unit };
};

/** Secrets of a unit: its id, name, credit code and town. */
const unitSecrets = (record: Record<string, unknown>) =>
  ['id', 'name', 'creditCode', 'town'].map((field) => String(record[field] ?? ''));

const newOrg = (h: Harness) => {
  counter += 1;
  return created(h, '/v1/orgs', {
    name: `中共金山区探针第${counter}党支部`,
    kind: 'branch',
    secretaryName: `探针书记${counter}`,
  });
};

const newTenantBody = () => {
  counter += 1;
  return {
    id: `ah-new${counter}-${Math.random().toString(36).slice(2, 8)}`,
    name: `新开通${counter}组织部`,
    shortName: `新开通${counter}`,
    divisionCode: '340200',
    province: 'AH',
    tier: 'pool',
  };
};

const ownerTenantEtag = async (h: Harness) =>
  (await h.call('GET', `/v1/tenants/${OWNER_TENANT}`, { as: PLATFORM })).headers.get('etag') ?? '';

export const ROUTE_PROBES: Readonly<Record<string, Probe>> = {
  ...ALLIANCE_PROBES,
  ...GOVERNANCE_PROBES,
  ...LIST_PROBES,
  ...DASHBOARD_PROBES,
  ...ACTIVITY_PROBES,
  ...PROBLEM_PROBES,
  ...MEETING_PROBES,
  'me.get': { exposure: 'private', prepare: async () => ({ path: '/v1/me', secrets: [] }) },

  'tenants.list': { exposure: 'directory', prepare: async () => ({ path: '/v1/tenants', secrets: [] }) },
  'tenants.get': {
    exposure: 'directory',
    prepare: async () => ({ path: `/v1/tenants/${OWNER_TENANT}`, secrets: [] }),
  },
  'tenants.create': {
    exposure: 'private',
    prepare: async () => ({ path: '/v1/tenants', body: newTenantBody(), secrets: [] }),
  },
  'tenants.update': {
    exposure: 'private',
    prepare: async (h) => ({
      path: `/v1/tenants/${OWNER_TENANT}`,
      body: { shortName: '金山区' },
      headers: { 'if-match': await ownerTenantEtag(h) },
      secrets: [],
    }),
  },
  'tenants.export': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newOrg(h);
      return { path: `/v1/tenants/${OWNER_TENANT}/export`, secrets: [record.id, record.name ?? ''] };
    },
  },
  'tenants.offboard': {
    exposure: 'private',
    prepare: async (h) => {
      const tenant = await newTenant(h);
      return { path: `/v1/tenants/${tenant.id}`, headers: { 'if-match': tenant.etag }, secrets: [] };
    },
  },
  'tenants.deletionCertificate': {
    exposure: 'private',
    prepare: async (h) => {
      const tenant = await newTenant(h);
      const gone = await h.call('DELETE', `/v1/tenants/${tenant.id}`, {
        as: PLATFORM,
        headers: { 'if-match': tenant.etag },
      });
      if (gone.status !== 200) throw new Error(`probe setup offboarding answered ${gone.status}`);
      return { path: `/v1/tenants/${tenant.id}/deletion-certificate`, secrets: [] };
    },
  },

  'orgs.create': {
    exposure: 'private',
    prepare: async () => ({
      path: '/v1/orgs',
      body: { name: '中共金山区新建党委', kind: 'committee' },
      secrets: [],
    }),
  },
  'orgs.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newOrg(h);
      return { path: '/v1/orgs', secrets: [record.id, record.name ?? ''] };
    },
  },
  'orgs.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newOrg(h);
      return { path: `/v1/orgs/${record.id}`, secrets: [record.id, record.name ?? ''] };
    },
  },
  'orgs.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { record, etag } = await newOrg(h);
      return {
        path: `/v1/orgs/${record.id}`,
        body: { memberCount: 12 },
        headers: { 'if-match': etag },
        secrets: [record.id, record.name ?? ''],
      };
    },
  },
  'orgs.delete': {
    exposure: 'private',
    prepare: async (h) => {
      const { record, etag } = await newOrg(h);
      return {
        path: `/v1/orgs/${record.id}`,
        headers: { 'if-match': etag },
        secrets: [record.id, record.name ?? ''],
      };
    },
  },

  'units.create': {
    exposure: 'private',
    prepare: async () => {
      counter += 1;
      return { path: '/v1/units', body: { name: `金山新建单位${counter}`, kind: 'park' }, secrets: [] };
    },
  },
  'units.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newUnit(h);
      return { path: '/v1/units', secrets: unitSecrets(record) };
    },
  },
  'units.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newUnit(h);
      return { path: `/v1/units/${record.id}`, secrets: unitSecrets(record) };
    },
  },
  'units.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { record, etag } = await newUnit(h);
      return {
        path: `/v1/units/${record.id}`,
        body: { employeeCount: 300 },
        headers: { 'if-match': etag },
        secrets: unitSecrets(record),
      };
    },
  },
  'units.delete': {
    exposure: 'private',
    prepare: async (h) => {
      const { record, etag } = await newUnit(h);
      return { path: `/v1/units/${record.id}`, headers: { 'if-match': etag }, secrets: unitSecrets(record) };
    },
  },

  'chains.create': {
    exposure: 'private',
    prepare: async () => ({ path: '/v1/chains', body: { name: '新建产业链' }, secrets: [] }),
  },
  'chains.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain } = await newChain(h);
      return { path: '/v1/chains', secrets: [chain.record.id, chain.record.name ?? ''] };
    },
  },
  'chains.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain } = await newChain(h);
      return { path: `/v1/chains/${chain.record.id}`, secrets: [chain.record.id, chain.record.name ?? ''] };
    },
  },
  'chains.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain } = await newChain(h);
      return {
        path: `/v1/chains/${chain.record.id}`,
        body: { leadDepartment: '改名局' },
        headers: { 'if-match': chain.etag },
        secrets: [chain.record.id, chain.record.name ?? ''],
      };
    },
  },
  'chains.delete': {
    exposure: 'private',
    prepare: async (h) => {
      const chain = await created(h, '/v1/chains', { name: `待删产业链${counter}` });
      return {
        path: `/v1/chains/${chain.record.id}`,
        headers: { 'if-match': chain.etag },
        secrets: [chain.record.id, chain.record.name ?? ''],
      };
    },
  },
  'chains.members.add': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain } = await newChain(h);
      const { record } = await newUnit(h);
      return {
        path: `/v1/chains/${chain.record.id}/members/${record.id}`,
        secrets: [chain.record.id, chain.record.name ?? '', ...unitSecrets(record)],
      };
    },
  },
  'chains.members.remove': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain, unit } = await newChain(h);
      return {
        path: `/v1/chains/${chain.record.id}/members/${unit.record.id}`,
        secrets: [chain.record.id, chain.record.name ?? '', ...unitSecrets(unit.record)],
      };
    },
  },

  'coverage.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { chain, unit } = await newChain(h);
      return {
        path: '/v1/coverage',
        secrets: [chain.record.id, chain.record.name ?? '', String(unit.record.town)],
      };
    },
  },
  'coverage.gaps': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newUnit(h);
      return { path: '/v1/coverage/gaps?category=all', secrets: unitSecrets(record) };
    },
  },
  'coverage.targets.get': {
    exposure: 'private',
    prepare: async (h) => {
      const current = await h.call('GET', '/v1/coverage/targets', { as: OWNER_ADMIN });
      const town = `目标探针镇${counter}`;
      await h.call('PUT', '/v1/coverage/targets', {
        as: OWNER_ADMIN,
        body: { targets: { [`town:${town}`]: 0.95 } },
        headers: { 'if-match': current.headers.get('etag') ?? '"0"' },
      });
      return { path: '/v1/coverage/targets', secrets: [town] };
    },
  },
  'coverage.targets.put': {
    exposure: 'private',
    prepare: async (h) => {
      const current = await h.call('GET', '/v1/coverage/targets', { as: OWNER_ADMIN });
      return {
        path: '/v1/coverage/targets',
        body: { targets: { 'flag:above_size': 1 } },
        headers: { 'if-match': current.headers.get('etag') ?? '"0"' },
        secrets: [],
      };
    },
  },

  'imports.create': {
    exposure: 'private',
    prepare: async () => {
      counter += 1;
      const row = `金山导入探针第${counter}有限公司,企业,${makeCreditCode('310116', 800_000 + counter)}`;
      return {
        path: '/v1/imports?kind=units',
        body: `名称*,类型*,统一社会信用代码\r\n${row}\r\n`,
        headers: { 'content-type': 'text/csv' },
        secrets: [],
      };
    },
  },
  'imports.get': {
    exposure: 'private',
    prepare: async (h) => {
      counter += 1;
      const name = `金山异步导入探针第${counter}有限公司`;
      const response = await h.call('POST', '/v1/imports?kind=units&async=true', {
        as: OWNER_ADMIN,
        body: `名称*,类型*,统一社会信用代码\r\n${name},企业,${makeCreditCode('310116', 850_000 + counter)}\r\n`,
        headers: { 'content-type': 'text/csv' },
      });
      if (response.status !== 202) throw new Error(`probe setup import job answered ${response.status}`);
      const job = (await response.json()) as { id: string };
      // The job runs in process: wait until it is done, so the walk sees the table at rest.
      for (let status = ''; status !== 'done'; ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const polled = await h.call('GET', `/v1/imports/${job.id}`, { as: OWNER_ADMIN });
        status = String(((await polled.json()) as { status: string }).status);
        if (status === 'failed') throw new Error('probe setup import job failed');
      }
      return { path: `/v1/imports/${job.id}`, secrets: [job.id, name] };
    },
  },
  'imports.template.units': {
    exposure: 'private',
    prepare: async () => ({ path: '/v1/imports/templates/units?format=csv', secrets: [] }),
  },
  'imports.template.orgs': {
    exposure: 'private',
    prepare: async () => ({ path: '/v1/imports/templates/orgs?format=csv', secrets: [] }),
  },
  'exports.units': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newUnit(h);
      return { path: '/v1/exports/units?format=csv', secrets: unitSecrets(record) };
    },
  },
  'exports.orgs': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newOrg(h);
      return {
        path: '/v1/exports/orgs?format=csv',
        secrets: [record.name ?? '', String(record.secretaryName)],
      };
    },
  },

  'audit.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { record } = await newOrg(h);
      return { path: '/v1/audit', secrets: [record.id] };
    },
  },
};
