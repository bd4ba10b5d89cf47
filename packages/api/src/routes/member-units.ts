// Alliance member units (成员单位): copies of the fields a member tenant chose to show of its own units and
// Party organisations. Only the owner tenant edits or withdraws them.
import { ALLIANCE_READ, ALLIANCE_WRITE, allianceSchemas, memberUnitSchemas, pageOf } from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '成员单位 Member units';
const unitLocation = (unit: { id: string; allianceId?: unknown }) =>
  `/v1/alliances/${String(unit.allianceId)}/units/${unit.id}`;

const example = {
  id: '01JD3QD1Z8K6T2M4X9C5V0B1N7',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  ownerTenantId: 'sh-jinshan',
  kind: 'unit',
  fields: ['employeeCount', 'town'],
  name: '上海廊下生态农业专业合作社',
  unitKind: 'cooperative',
  town: '廊下镇',
  employeeCount: 36,
  description: '提供农事体验与时令蔬果，可接待 40 人团队',
  refreshedAt: '2026-11-20T02:00:00.000Z',
};

const ownerProblems = ['memberUnit.ownerOnly', 'memberUnit.fieldNotShareable'] as const;

export const memberUnitRoutes = [
  defineRoute({
    id: 'alliances.units.enrol',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/units',
    tag: TAG,
    summary: '登记成员单位',
    description:
      "A member tenant enrols one of its own units (`unitId`) or Party organisations (`orgId`), choosing the fields to show besides the name and kind. Units may show ownership, town, employeeCount, partyMemberCount, flags, hasPartyOrg and creditCode (only when chosen); organisations memberCount, establishedOn, secretaryName and town. Never shown: ids of other private records (chains, parent and host units), contacts. The alliance stores a copy; editing the private record later changes nothing here until the owner refreshes. The private record's id is answered only to the owner tenant (`sourceUnitId` / `sourceOrgId`) and never stored in the alliance's partition. A record is enrolled once per alliance (409).",
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: memberUnitSchemas().Enrol }),
    responseSchema: () => memberUnitSchemas().MemberUnit,
    idempotent: { resourceType: 'memberUnit', location: unitLocation },
    response: { status: 201, example: { ...example, sourceUnitId: '01JD3Q7Z8K6T2M4X9C5V0B1N7R' } },
    problems: ['memberUnit.alreadyEnrolled', 'memberUnit.sourceNotFound', 'memberUnit.fieldNotShareable'],
    handler: async ({ services, write, alliance, body }) => {
      const unit = await services.memberUnits.enrol(write, alliance, body);
      return { status: 201, body: unit, version: unit.version, location: unitLocation(unit) };
    },
  }),

  defineRoute({
    id: 'alliances.units.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/units',
    tag: TAG,
    summary: '成员单位列表',
    description:
      'Every member unit in enrolment order, or one owner tenant’s (`ownerTenantId`, from an index that may lag a write by a moment).',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: memberUnitSchemas().ListQuery }),
    responseSchema: () => pageOf(memberUnitSchemas().MemberUnit),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.memberUnits.list(alliance, query),
    }),
  }),

  defineRoute({
    id: 'alliances.units.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/units/{memberUnitId}',
    tag: TAG,
    summary: '查看成员单位',
    access: ALLIANCE_READ,
    schemas: () => ({ params: memberUnitSchemas().Params }),
    responseSchema: () => memberUnitSchemas().MemberUnit,
    response: { status: 200, example },
    handler: async ({ services, alliance, params }) => {
      const unit = await services.memberUnits.get(alliance, params.memberUnitId);
      return { status: 200, body: unit, version: unit.version };
    },
  }),

  defineRoute({
    id: 'alliances.units.update',
    method: 'PATCH',
    path: '/v1/alliances/{allianceId}/units/{memberUnitId}',
    tag: TAG,
    summary: '修改成员单位',
    description:
      'The owner tenant only. `fields` replaces the choice and copies the private record again; `refresh: true` copies it again with the same choice; `description` alone changes only the description (null removes it). A deleted private record cannot be copied again (409): withdraw the member unit instead.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: memberUnitSchemas().Params, body: memberUnitSchemas().Update }),
    responseSchema: () => memberUnitSchemas().MemberUnit,
    requiresVersion: true,
    response: { status: 200, example: { ...example, version: 2 } },
    problems: [...ownerProblems, 'memberUnit.sourceGone'],
    handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
      const unit = await services.memberUnits.update(
        write,
        alliance,
        params.memberUnitId,
        expectedVersion,
        body,
      );
      return { status: 200, body: unit, version: unit.version };
    },
  }),

  defineRoute({
    id: 'alliances.units.withdraw',
    method: 'DELETE',
    path: '/v1/alliances/{allianceId}/units/{memberUnitId}',
    tag: TAG,
    summary: '撤回成员单位',
    description:
      'The owner tenant withdraws the copy; the feed keeps that it was enrolled and withdrawn. A tenant that leaves the alliance withdraws all of its member units.',
    access: ALLIANCE_WRITE,
    schemas: () => ({ params: memberUnitSchemas().Params }),
    requiresVersion: true,
    response: { status: 204 },
    problems: ['memberUnit.ownerOnly'],
    handler: async ({ services, write, alliance, params, expectedVersion }) => {
      await services.memberUnits.withdraw(write, alliance, params.memberUnitId, expectedVersion);
      return { status: 204 };
    },
  }),
];
