// Two-way claiming (双向认领) on resources and needs: the same six routes for each, built from one description.
import {
  ALLIANCE_READ,
  ALLIANCE_WRITE,
  CLAIMABLE_KINDS,
  type ClaimableKind,
  claimSchemas,
  MAX_PENDING_CLAIMS,
  pageOf,
} from '@lianjian/core';
import { defineRoute } from '../http/route.ts';
import { KIND_NAMES, listPath } from './alliance-lists.ts';

const TAG = '双向认领 Claims';

const claimLocation = (kind: ClaimableKind) => (claim: { id: string }) => {
  const { allianceId, itemId } = claim as { allianceId?: string; itemId?: string };
  return `/v1/alliances/${allianceId}/${KIND_NAMES[kind].plural}/${itemId}/claims/${claim.id}`;
};

const exampleOf = (kind: ClaimableKind) => ({
  id: '01JD3QC0000000000000000000',
  version: 1,
  createdAt: '2026-11-22T02:00:00.000Z',
  updatedAt: '2026-11-22T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  itemId: '01JD3QB0000000000000000000',
  itemKind: kind,
  itemOwnerTenantId: 'zj-jiashan',
  claimantTenantId: 'sh-jinshan',
  note: kind === 'need' ? '廊下镇可派 3 名民宿管家培训讲师' : '廊下镇 3 名民宿经营户参加培训',
  quantity: 3,
  status: 'pending',
});

const claimRoutes = (kind: ClaimableKind) => {
  const { plural, zh } = KIND_NAMES[kind];
  const path = `${listPath(kind)}/{itemId}/claims`;
  const example = exampleOf(kind);
  const Claim = () => claimSchemas().Claim;
  const accepted = { ...example, version: 2, status: 'accepted', decidedAt: example.updatedAt };
  return [
    defineRoute({
      id: `alliances.${plural}.claims.create`,
      method: 'POST',
      path,
      tag: TAG,
      summary: kind === 'need' ? '认领需求（提供帮助）' : '认领资源（申请使用）',
      description: `Another member claims the ${kind} (${kind === 'need' ? 'offers to meet it' : 'asks to use it'}) with a note and the quantity claimed (default 1). The owner cannot claim its own item; the item must be open, and at most ${MAX_PENDING_CLAIMS} claims may wait on it at once.`,
      access: ALLIANCE_WRITE,
      schemas: () => ({ params: claimSchemas().Params, body: claimSchemas().Create }),
      responseSchema: () => Claim(),
      idempotent: { resourceType: 'claim', location: claimLocation(kind) },
      response: { status: 201, example },
      problems: ['claim.ownItem', 'item.notOpen', 'claim.quantityExhausted', 'claim.tooManyPending'],
      handler: async ({ services, write, alliance, params, body }) => {
        const claim = await services.claims.create(write, alliance, kind, params.itemId, body);
        return { status: 201, body: claim, version: claim.version, location: claimLocation(kind)(claim) };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.claims.list`,
      method: 'GET',
      path,
      tag: TAG,
      summary: `${zh}的认领`,
      description:
        "In the order they came. The item's owner and the secretariat see every claim; another member sees only its own.",
      access: ALLIANCE_READ,
      schemas: () => ({ params: claimSchemas().Params, query: claimSchemas().ListQuery }),
      responseSchema: () => pageOf(Claim()),
      response: { status: 200, example: { items: [example] } },
      problems: ['input.invalidCursor'],
      handler: async ({ services, alliance, params, query }) => ({
        status: 200,
        body: await services.claims.list(alliance, kind, params.itemId, query),
      }),
    }),

    defineRoute({
      id: `alliances.${plural}.claims.get`,
      method: 'GET',
      path: `${path}/{claimId}`,
      tag: TAG,
      summary: '查看认领',
      description: "The item's owner, the claimant and the secretariat; anyone else gets 404.",
      access: ALLIANCE_READ,
      schemas: () => ({ params: claimSchemas().ClaimParams }),
      responseSchema: () => Claim(),
      response: { status: 200, example },
      handler: async ({ services, alliance, params }) => {
        const claim = await services.claims.get(alliance, kind, params.itemId, params.claimId);
        return { status: 200, body: claim, version: claim.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.claims.accept`,
      method: 'POST',
      path: `${path}/{claimId}/accept`,
      tag: TAG,
      summary: '接受认领',
      description:
        'The owner accepts a pending claim (body `{}` or `{ "note": "…" }`). Its quantity is allocated in one transaction conditional on what remains, so concurrent acceptances never allocate more than the quantity: the ones that no longer fit get 409 `quantity_exhausted`. The acceptance that reaches the quantity makes the item `fulfilled`.',
      access: ALLIANCE_WRITE,
      schemas: () => ({ params: claimSchemas().ClaimParams, body: claimSchemas().Decision }),
      responseSchema: () => Claim(),
      response: { status: 200, example: accepted },
      problems: [
        'item.notOwner',
        'claim.notPending',
        'item.notOpen',
        'claim.quantityExhausted',
        'write.conflict',
      ],
      handler: async ({ services, write, alliance, params, body }) => {
        const claim = await services.claims.accept(
          write,
          alliance,
          kind,
          params.itemId,
          params.claimId,
          body,
        );
        return { status: 200, body: claim, version: claim.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.claims.decline`,
      method: 'POST',
      path: `${path}/{claimId}/decline`,
      tag: TAG,
      summary: '谢绝认领',
      description: 'The owner declines a pending claim (body `{}` or `{ "note": "…" }`).',
      access: ALLIANCE_WRITE,
      schemas: () => ({ params: claimSchemas().ClaimParams, body: claimSchemas().Decision }),
      responseSchema: () => Claim(),
      response: { status: 200, example: { ...accepted, status: 'declined' } },
      problems: ['item.notOwner', 'claim.notPending', 'write.conflict'],
      handler: async ({ services, write, alliance, params, body }) => {
        const claim = await services.claims.decline(
          write,
          alliance,
          kind,
          params.itemId,
          params.claimId,
          body,
        );
        return { status: 200, body: claim, version: claim.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.claims.withdraw`,
      method: 'POST',
      path: `${path}/{claimId}/withdraw`,
      tag: TAG,
      summary: '撤回认领',
      description: 'The claimant takes back its pending claim.',
      access: ALLIANCE_WRITE,
      schemas: () => ({ params: claimSchemas().ClaimParams }),
      responseSchema: () => Claim(),
      response: { status: 200, example: { ...accepted, status: 'withdrawn' } },
      problems: ['claim.notClaimant', 'claim.notPending', 'write.conflict'],
      handler: async ({ services, write, alliance, params }) => {
        const claim = await services.claims.withdraw(write, alliance, kind, params.itemId, params.claimId);
        return { status: 200, body: claim, version: claim.version };
      },
    }),
  ];
};

export const allianceClaimRoutes = CLAIMABLE_KINDS.flatMap(claimRoutes);
