// Alliances (党建联盟): creating one, its members, invitations, roles and the workspace feed.
import {
  ALLIANCE_MEMBER_ADMIN,
  ALLIANCE_READ,
  ALLIANCE_ROLES,
  allianceSchemas,
  INVITEE_ADMIN,
  pageOf,
  SECRETARIAT_ADMIN,
  SECRETARIAT_READ,
  SECRETARIAT_WRITE,
  schemaGroup,
  TENANT_ADMIN,
  TENANT_READ,
} from '@lianjian/core';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.ts';

const TAG = '联盟 Alliances';
const allianceLocation = (alliance: { id: string }) => `/v1/alliances/${alliance.id}`;

/** Schemas only these routes use. */
const routeSchemas = schemaGroup({
  ListedMember: () =>
    z.extend(allianceSchemas().Member, {
      /** The member tenant's platform status: a `suspended` member's principals are not served meanwhile. */
      tenantStatus: z.string(),
    }),
  RoleBody: () => z.strictObject({ role: z.enum(ALLIANCE_ROLES) }),
  InvitationParams: () => allianceSchemas().MemberParams,
});

const example = {
  id: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  version: 1,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  name: '廊下·大云·广陈乡村振兴联盟',
  kind: 'cluster',
  description: '旅居产业集群活动型党委，覆盖三镇 32 家经营主体、13 个党组织',
  memberCount: 3,
  secretariatTenantIds: ['sh-jinshan'],
  createdByTenantId: 'sh-jinshan',
  myRole: 'secretariat',
};

const memberExample = {
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  tenantId: 'zj-jiashan',
  tenantName: '中共嘉善县委组织部',
  province: 'ZJ',
  role: 'member',
  status: 'active',
  joinedAt: '2026-11-21T01:00:00.000Z',
  tenantStatus: 'active',
};

const invitationExample = {
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  allianceName: '廊下·大云·广陈乡村振兴联盟',
  allianceKind: 'cluster',
  tenantId: 'zj-pinghu',
  invitedByTenantId: 'sh-jinshan',
  invitedAt: '2026-11-21T01:00:00.000Z',
  expiresAt: '2026-12-05T01:00:00.000Z',
};

export const allianceRoutes = [
  defineRoute({
    id: 'alliances.create',
    method: 'POST',
    path: '/v1/alliances',
    tag: TAG,
    summary: '创建联盟',
    description:
      'The creating tenant becomes the first member and holds the secretariat (秘书处). A charter text becomes charter version 1.',
    access: TENANT_ADMIN,
    schemas: () => ({ body: allianceSchemas().Create }),
    responseSchema: () => allianceSchemas().Alliance,
    idempotent: { resourceType: 'alliance', location: allianceLocation },
    response: { status: 201, example },
    handler: async ({ services, write, tenantId, body }) => {
      const alliance = await services.alliances.create(write, tenantId, body);
      return { status: 201, body: alliance, version: alliance.version, location: allianceLocation(alliance) };
    },
  }),

  defineRoute({
    id: 'alliances.list',
    method: 'GET',
    path: '/v1/alliances',
    tag: TAG,
    summary: '本单位加入的联盟',
    description: "The alliances the caller's tenant is an active member of, with its role in each.",
    access: TENANT_READ,
    schemas: () => ({ query: allianceSchemas().ListQuery }),
    responseSchema: () => pageOf(allianceSchemas().Alliance),
    response: { status: 200, example: { items: [example] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.alliances.list(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.get',
    method: 'GET',
    path: '/v1/alliances/{allianceId}',
    tag: TAG,
    summary: '查看联盟',
    description: 'Members only; anyone else gets 404.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params }),
    responseSchema: () => allianceSchemas().Alliance,
    response: { status: 200, example },
    handler: async ({ services, alliance }) => {
      const found = await services.alliances.get(alliance);
      return { status: 200, body: found, version: found.version };
    },
  }),

  defineRoute({
    id: 'alliances.update',
    method: 'PATCH',
    path: '/v1/alliances/{allianceId}',
    tag: TAG,
    summary: '修改联盟信息',
    description: 'The secretariat edits the name, kind and description (JSON merge patch).',
    access: SECRETARIAT_WRITE,
    schemas: () => ({ params: allianceSchemas().Params, body: allianceSchemas().Update }),
    responseSchema: () => allianceSchemas().Alliance,
    requiresVersion: true,
    response: { status: 200, example },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, expectedVersion, body }) => {
      const updated = await services.alliances.update(write, alliance, expectedVersion, body);
      return { status: 200, body: updated, version: updated.version };
    },
  }),

  defineRoute({
    id: 'alliances.members.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/members',
    tag: TAG,
    summary: '联盟成员',
    description:
      'Current and former member tenants (status `former`, with why and when they left), with each tenant’s platform status.',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: allianceSchemas().ListQuery }),
    responseSchema: () => pageOf(routeSchemas().ListedMember),
    response: { status: 200, example: { items: [memberExample] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.alliances.members(alliance.allianceId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.members.remove',
    method: 'DELETE',
    path: '/v1/alliances/{allianceId}/members/{tenantId}',
    tag: TAG,
    summary: '退出联盟 / 移除成员',
    description:
      "A member tenant's admin leaves (its own tenant id); the secretariat removes another member. Access ends at once; the member's open items are then withdrawn and its pending claims dropped, one transaction per step. History stays, attributed to a former member. The only secretariat must hand the role over first.",
    access: ALLIANCE_MEMBER_ADMIN,
    schemas: () => ({ params: allianceSchemas().MemberParams }),
    response: { status: 204 },
    problems: ['alliance.lastSecretariat', 'alliance.secretariatOnly', 'write.conflict'],
    handler: async ({ services, write, alliance, params }) => {
      await services.alliances.removeMember(write, alliance, params.tenantId);
      return { status: 204 };
    },
  }),

  defineRoute({
    id: 'alliances.members.setRole',
    method: 'PUT',
    path: '/v1/alliances/{allianceId}/members/{tenantId}/role',
    tag: TAG,
    summary: '设置秘书处',
    description:
      'The secretariat gives a member the secretariat role or takes it back (handing the secretariat over). The alliance always keeps at least one secretariat.',
    access: SECRETARIAT_ADMIN,
    schemas: () => ({ params: allianceSchemas().MemberParams, body: routeSchemas().RoleBody }),
    responseSchema: () => allianceSchemas().Member,
    response: { status: 200, example: { ...memberExample, role: 'secretariat' } },
    problems: ['alliance.lastSecretariat', 'alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, params, body }) => ({
      status: 200,
      body: await services.alliances.setRole(write, alliance, params.tenantId, body.role),
    }),
  }),

  defineRoute({
    id: 'alliances.invitations.create',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/invitations',
    tag: TAG,
    summary: '邀请租户加入',
    description:
      "The secretariat invites a tenant (from the tenant directory). The invitation waits 14 days for the invited tenant's admin. Inviting a member, an invited tenant or a tenant that is not active is a 409.",
    access: SECRETARIAT_ADMIN,
    schemas: () => ({ params: allianceSchemas().Params, body: allianceSchemas().CreateInvitation }),
    responseSchema: () => allianceSchemas().Invitation,
    response: { status: 201, example: invitationExample },
    problems: [
      'alliance.inviteeNotFound',
      'alliance.inviteeInactive',
      'alliance.alreadyMember',
      'alliance.alreadyInvited',
      'alliance.full',
      'alliance.secretariatOnly',
    ],
    handler: async ({ services, write, alliance, body }) => {
      const invitation = await services.alliances.invite(write, alliance, body.tenantId);
      return {
        status: 201,
        body: invitation,
        location: `/v1/alliances/${alliance.allianceId}/invitations/${invitation.tenantId}`,
      };
    },
  }),

  defineRoute({
    id: 'alliances.invitations.list',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/invitations',
    tag: TAG,
    summary: '待答复的邀请',
    description: "The alliance's pending, unexpired invitations (secretariat).",
    access: SECRETARIAT_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: allianceSchemas().ListQuery }),
    responseSchema: () => pageOf(allianceSchemas().Invitation),
    response: { status: 200, example: { items: [invitationExample] } },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.alliances.invitationsOf(alliance.allianceId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.invitations.revoke',
    method: 'DELETE',
    path: '/v1/alliances/{allianceId}/invitations/{tenantId}',
    tag: TAG,
    summary: '撤回邀请',
    access: SECRETARIAT_ADMIN,
    schemas: () => ({ params: routeSchemas().InvitationParams }),
    response: { status: 204 },
    problems: ['alliance.secretariatOnly'],
    handler: async ({ services, write, alliance, params }) => {
      await services.alliances.revoke(write, alliance, params.tenantId);
      return { status: 204 };
    },
  }),

  defineRoute({
    id: 'invitations.list',
    method: 'GET',
    path: '/v1/invitations',
    tag: TAG,
    summary: '收到的联盟邀请',
    description: "Pending, unexpired invitations to the caller's tenant.",
    access: TENANT_READ,
    schemas: () => ({ query: allianceSchemas().ListQuery }),
    responseSchema: () => pageOf(allianceSchemas().Invitation),
    response: { status: 200, example: { items: [invitationExample] } },
    problems: ['input.invalidCursor'],
    handler: async ({ services, tenantId, query }) => ({
      status: 200,
      body: await services.alliances.invitationsFor(tenantId, query),
    }),
  }),

  defineRoute({
    id: 'alliances.invitations.accept',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/invitations/{tenantId}/accept',
    tag: TAG,
    summary: '接受邀请',
    description:
      "The invited tenant's admin accepts: the tenant becomes a member (written on both sides in one transaction).",
    access: INVITEE_ADMIN,
    schemas: () => ({ params: routeSchemas().InvitationParams }),
    responseSchema: () => allianceSchemas().Member,
    response: { status: 200, example: memberExample },
    problems: ['alliance.alreadyMember', 'alliance.full'],
    handler: async ({ services, write, params }) => ({
      status: 200,
      body: await services.alliances.accept(write, params.allianceId, params.tenantId),
    }),
  }),

  defineRoute({
    id: 'alliances.invitations.decline',
    method: 'POST',
    path: '/v1/alliances/{allianceId}/invitations/{tenantId}/decline',
    tag: TAG,
    summary: '谢绝邀请',
    access: INVITEE_ADMIN,
    schemas: () => ({ params: routeSchemas().InvitationParams }),
    response: { status: 204 },
    handler: async ({ services, write, params }) => {
      await services.alliances.decline(write, params.allianceId, params.tenantId);
      return { status: 204 };
    },
  }),

  defineRoute({
    id: 'alliances.feed',
    method: 'GET',
    path: '/v1/alliances/{allianceId}/feed',
    tag: TAG,
    summary: '联盟动态',
    description:
      'Every change in the workspace, newest first. To poll, pass the id of the newest event you have as `after`: the answer holds the events since, oldest first (follow `nextCursor` for more).',
    access: ALLIANCE_READ,
    schemas: () => ({ params: allianceSchemas().Params, query: allianceSchemas().FeedQuery }),
    responseSchema: () => pageOf(allianceSchemas().FeedEvent),
    response: {
      status: 200,
      example: {
        items: [
          {
            id: '01JD3QA0000000000000000000',
            at: '2026-11-21T01:00:00.000Z',
            tenantId: 'zj-jiashan',
            actor: { sub: 'admin@zj-jiashan', kind: 'user' },
            action: 'member.joined',
            subject: { type: 'member', id: 'zj-jiashan', title: '中共嘉善县委组织部' },
          },
        ],
      },
    },
    problems: ['input.invalidCursor'],
    handler: async ({ services, alliance, query }) => ({
      status: 200,
      body: await services.alliances.feed(alliance.allianceId, query),
    }),
  }),
];
