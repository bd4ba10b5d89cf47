// Probes of the governance routes (committee, chair, charter) and of member units: the owner tenant creates an
// alliance (so it holds the secretariat) and the governance data or member units in it. A tenant that is no
// member must get 404 on every one and see none of it.
import { newAlliance, secretsOf } from './alliance-probes.ts';
import type { Harness } from './harness.ts';
import { created, nextCounter, OWNER_TENANT, type Probe } from './probe-kit.ts';

const expectStatus = async (response: Response, status: number, what: string) => {
  if (response.status !== status)
    throw new Error(`probe setup ${what} answered ${response.status}: ${await response.text()}`);
  return response;
};

/** An alliance of the owner with a charter (version 1), whose text is a secret. */
const allianceWithCharter = async (h: Harness) => {
  const n = nextCounter();
  const charter = `探针联盟章程第${n}稿：成员单位轮流承办联席会议`;
  const { record } = await created(h, '/v1/alliances', {
    name: `探针章程联盟${n}`,
    kind: 'corridor',
    charter,
  });
  const alliance = { id: record.id, name: String(record.name) };
  return { alliance, secrets: [...secretsOf(alliance), charter] };
};

const withPosition = async (h: Harness) => {
  const alliance = await newAlliance(h);
  const personName = `探针委员${nextCounter()}`;
  const { record, etag } = await created(h, `/v1/alliances/${alliance.id}/committee`, {
    role: 'member',
    personName,
    tenantId: OWNER_TENANT,
    title: '廊下镇探针职务',
  });
  return { alliance, id: record.id, etag, secrets: [...secretsOf(alliance), record.id, personName] };
};

/** A schedule that starts in the future, so nobody chairs yet and a handover to the owner is allowed. */
const withSchedule = async (h: Harness) => {
  const alliance = await newAlliance(h);
  const path = `/v1/alliances/${alliance.id}/chair`;
  await expectStatus(
    await h.call('PUT', path, {
      as: { tenant: OWNER_TENANT, role: 'tenant_admin' },
      body: { rotation: [OWNER_TENANT], termMonths: 12, startsOn: '2099-01-01' },
      headers: { 'if-match': '"0"' },
    }),
    200,
    'chair schedule',
  );
  return alliance;
};

const withMemberUnit = async (h: Harness) => {
  const alliance = await newAlliance(h);
  const n = nextCounter();
  const unit = await created(h, '/v1/units', {
    name: `金山成员探针第${n}合作社`,
    kind: 'cooperative',
    town: `探针镇${n}`,
  });
  const { record, etag } = await created(h, `/v1/alliances/${alliance.id}/units`, {
    unitId: unit.record.id,
    fields: ['town'],
    description: `探针成员单位说明${n}`,
  });
  return {
    alliance,
    id: record.id,
    etag,
    secrets: [...secretsOf(alliance), record.id, unit.record.id, String(unit.record.name), `探针镇${n}`],
  };
};

export const GOVERNANCE_PROBES: Readonly<Record<string, Probe>> = {
  'alliances.committee.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await withPosition(h);
      return { path: `/v1/alliances/${alliance.id}/committee`, secrets };
    },
  },
  'alliances.committee.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, secrets } = await withPosition(h);
      return { path: `/v1/alliances/${alliance.id}/committee/${id}`, secrets };
    },
  },
  'alliances.committee.add': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return {
        path: `/v1/alliances/${alliance.id}/committee`,
        body: { role: 'secretary', personName: '探针书记', tenantId: OWNER_TENANT },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.committee.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, etag, secrets } = await withPosition(h);
      return {
        path: `/v1/alliances/${alliance.id}/committee/${id}`,
        body: { role: 'deputy_secretary', order: 2 },
        headers: { 'if-match': etag },
        secrets,
      };
    },
  },
  'alliances.committee.remove': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, etag, secrets } = await withPosition(h);
      return { path: `/v1/alliances/${alliance.id}/committee/${id}`, headers: { 'if-match': etag }, secrets };
    },
  },

  'alliances.chair.get': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await withSchedule(h);
      return { path: `/v1/alliances/${alliance.id}/chair`, secrets: secretsOf(alliance) };
    },
  },
  'alliances.chair.schedule': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      return {
        path: `/v1/alliances/${alliance.id}/chair`,
        body: { rotation: [OWNER_TENANT], termMonths: 12, startsOn: '2019-06-28' },
        headers: { 'if-match': '"0"' },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.chair.handover': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await withSchedule(h);
      return {
        path: `/v1/alliances/${alliance.id}/chair/handover`,
        body: { toTenantId: OWNER_TENANT, reason: '探针交接' },
        secrets: secretsOf(alliance),
      };
    },
  },
  'alliances.chair.handovers': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await withSchedule(h);
      const reason = `探针提前交接理由${nextCounter()}`;
      await created(h, `/v1/alliances/${alliance.id}/chair/handover`, { toTenantId: OWNER_TENANT, reason });
      return {
        path: `/v1/alliances/${alliance.id}/chair/handovers`,
        secrets: [...secretsOf(alliance), reason],
      };
    },
  },

  'alliances.charter.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await allianceWithCharter(h);
      return { path: `/v1/alliances/${alliance.id}/charter`, secrets };
    },
  },
  'alliances.charter.versions.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await allianceWithCharter(h);
      return { path: `/v1/alliances/${alliance.id}/charter/versions`, secrets };
    },
  },
  'alliances.charter.versions.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await allianceWithCharter(h);
      return { path: `/v1/alliances/${alliance.id}/charter/versions/1`, secrets };
    },
  },
  'alliances.charter.versions.adopt': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await allianceWithCharter(h);
      return {
        path: `/v1/alliances/${alliance.id}/charter/versions`,
        body: { text: '修订后的探针章程', note: '探针修订' },
        headers: { 'if-match': '"1"' },
        secrets,
      };
    },
  },

  'alliances.units.enrol': {
    exposure: 'private',
    prepare: async (h) => {
      const alliance = await newAlliance(h);
      const unit = await created(h, '/v1/units', {
        name: `金山登记探针第${nextCounter()}民宿`,
        kind: 'enterprise',
      });
      return {
        path: `/v1/alliances/${alliance.id}/units`,
        body: { unitId: unit.record.id, fields: [] },
        secrets: [...secretsOf(alliance), unit.record.id, String(unit.record.name)],
      };
    },
  },
  'alliances.units.list': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, secrets } = await withMemberUnit(h);
      return { path: `/v1/alliances/${alliance.id}/units`, secrets };
    },
  },
  'alliances.units.get': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, secrets } = await withMemberUnit(h);
      return { path: `/v1/alliances/${alliance.id}/units/${id}`, secrets };
    },
  },
  'alliances.units.update': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, etag, secrets } = await withMemberUnit(h);
      return {
        path: `/v1/alliances/${alliance.id}/units/${id}`,
        body: { fields: ['town', 'employeeCount'] },
        headers: { 'if-match': etag },
        secrets,
      };
    },
  },
  'alliances.units.withdraw': {
    exposure: 'private',
    prepare: async (h) => {
      const { alliance, id, etag, secrets } = await withMemberUnit(h);
      return { path: `/v1/alliances/${alliance.id}/units/${id}`, headers: { 'if-match': etag }, secrets };
    },
  },
};
