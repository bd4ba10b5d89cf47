// The alliance's three lists (资源清单 / 需求清单 / 项目清单): the same six routes for each kind, built from one
// description, so resources, needs and projects cannot drift apart.
import {
  ALLIANCE_READ,
  ALLIANCE_WRITE,
  isClaimable,
  LIST_KINDS,
  type ListKind,
  listSchemas,
  pageOf,
  SECRETARIAT_WRITE,
} from '@lianjian/core';
import { defineRoute } from '../http/route.ts';

const TAG = '资源·需求·项目清单 Lists';

/** How each kind is named in paths and summaries. */
export const KIND_NAMES: Readonly<Record<ListKind, { plural: string; zh: string }>> = {
  resource: { plural: 'resources', zh: '资源' },
  need: { plural: 'needs', zh: '需求' },
  project: { plural: 'projects', zh: '项目' },
};

export const listPath = (kind: ListKind) => `/v1/alliances/{allianceId}/${KIND_NAMES[kind].plural}`;
const itemLocation = (kind: ListKind) => (item: { id: string }) =>
  `/v1/alliances/${(item as { allianceId?: string }).allianceId}/${KIND_NAMES[kind].plural}/${item.id}`;

const exampleOf = (kind: ListKind) => ({
  id: '01JD3QB0000000000000000000',
  version: 1,
  createdAt: '2026-11-21T02:00:00.000Z',
  updatedAt: '2026-11-21T02:00:00.000Z',
  allianceId: '01JD3Q9A2B3C4D5E6F7G8H9J0K',
  kind,
  ownerTenantId: 'zj-jiashan',
  title:
    kind === 'need'
      ? '民宿管家技能培训师资'
      : kind === 'resource'
        ? '大云镇党群服务中心培训场地'
        : '三镇联合民宿管家培训班',
  description: '面向廊下、大云、广陈三镇民宿经营户，计划开班 20 人（廊下 8、大云 6、广陈 6）',
  category: 'training',
  tags: ['乡村振兴', '旅居'],
  ...(isClaimable(kind) ? { quantity: 20, quantityUnit: '人', allocated: 6, pendingClaims: 1 } : {}),
  validUntil: '2026-12-31',
  region: '330421',
  contact: { name: '王老师', phone: '0573-84000000' },
  status: 'open',
  hidden: false,
});

const itemRoutes = (kind: ListKind) => {
  const { plural, zh } = KIND_NAMES[kind];
  const path = listPath(kind);
  const example = exampleOf(kind);
  const Item = () => listSchemas().Item;
  return [
    defineRoute({
      id: `alliances.${plural}.create`,
      method: 'POST',
      path,
      tag: TAG,
      summary: `发布${zh}`,
      description:
        kind === 'project'
          ? 'Posts a joint project, owned by the caller’s tenant. `resourceClaimId` and `needClaimId` (each optional) join accepted claims the caller is a party to; the project links them and each claim records the project.'
          : `Posts a ${kind}, owned by the caller’s tenant. \`quantity\` is what is offered or needed (absent: no limit); accepted claims are allocated against it and the ${kind} is \`fulfilled\` when they reach it.`,
      access: ALLIANCE_WRITE,
      schemas: () => ({
        params: listSchemas().Params,
        body: kind === 'project' ? listSchemas().CreateProject : listSchemas().CreateClaimable,
      }),
      responseSchema: () => Item(),
      idempotent: { resourceType: kind, location: itemLocation(kind) },
      response: { status: 201, example },
      problems: [
        'item.validUntilPast',
        ...(kind === 'project'
          ? ([
              'project.claimNotFound',
              'project.claimNotAccepted',
              'project.claimLinked',
              'project.notParty',
            ] as const)
          : []),
      ],
      handler: async ({ services, write, alliance, body }) => {
        const item = await services.lists.create(write, alliance, kind, body);
        return { status: 201, body: item, version: item.version, location: itemLocation(kind)(item) };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.list`,
      method: 'GET',
      path,
      tag: TAG,
      summary: `${zh}清单`,
      description:
        'Newest first. Filters: `status` (open, fulfilled, closed, withdrawn, expired), `category`, `owner` (a member tenant) and `q` (text in the title, description or tags). Status, category and owner read their own index; `q` and combinations beyond one index are tested on what is read, at most 500 entries per page, so a page may be short and still carry `nextCursor`. With category or owner but no status, open items come first. Hidden items appear only to their owner and the secretariat.',
      access: ALLIANCE_READ,
      schemas: () => ({ params: listSchemas().Params, query: listSchemas().ListQuery }),
      responseSchema: () => pageOf(Item()),
      response: { status: 200, example: { items: [example] } },
      problems: ['input.invalidCursor'],
      handler: async ({ services, alliance, query, write }) => ({
        status: 200,
        body: await services.lists.list(alliance, kind, query, write.now),
      }),
    }),

    defineRoute({
      id: `alliances.${plural}.get`,
      method: 'GET',
      path: `${path}/{itemId}`,
      tag: TAG,
      summary: `查看${zh}`,
      description: 'A hidden item is 404 to members other than its owner and the secretariat.',
      access: ALLIANCE_READ,
      schemas: () => ({ params: listSchemas().ItemParams }),
      responseSchema: () => Item(),
      response: { status: 200, example },
      handler: async ({ services, alliance, params, write }) => {
        const item = await services.lists.get(alliance, kind, params.itemId, write.now);
        return { status: 200, body: item, version: item.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.update`,
      method: 'PATCH',
      path: `${path}/{itemId}`,
      tag: TAG,
      summary: `修改${zh}`,
      description:
        'The owner edits an open (or expired) item with a JSON merge patch; others get 403 `not_item_owner`, the secretariat included (it moderates instead). Moving `validUntil` on reopens an expired item.' +
        (isClaimable(kind)
          ? ' `quantity` cannot go below what accepted claims hold; lowering it to exactly that fulfils the item.'
          : ''),
      access: ALLIANCE_WRITE,
      schemas: () => ({
        params: listSchemas().ItemParams,
        body: kind === 'project' ? listSchemas().UpdateProject : listSchemas().UpdateClaimable,
      }),
      responseSchema: () => Item(),
      requiresVersion: true,
      response: { status: 200, example: { ...example, version: 2 } },
      problems: [
        'item.notOwner',
        'item.notOpen',
        'item.validUntilPast',
        ...(isClaimable(kind) ? (['item.quantityBelowAllocated'] as const) : []),
        'write.conflict',
      ],
      handler: async ({ services, write, alliance, params, expectedVersion, body }) => {
        const item = await services.lists.update(write, alliance, kind, params.itemId, expectedVersion, body);
        return { status: 200, body: item, version: item.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.withdraw`,
      method: 'POST',
      path: `${path}/{itemId}/withdraw`,
      tag: TAG,
      summary: `撤回${zh}`,
      description:
        'The owner withdraws an open (or expired) item; its pending claims are dropped in the same transaction. The item stays readable as history.',
      access: ALLIANCE_WRITE,
      schemas: () => ({ params: listSchemas().ItemParams }),
      responseSchema: () => Item(),
      requiresVersion: true,
      response: { status: 200, example: { ...example, version: 2, status: 'withdrawn' } },
      problems: ['item.notOwner', 'item.notOpen', 'write.conflict'],
      handler: async ({ services, write, alliance, params, expectedVersion }) => {
        const item = await services.lists.withdraw(write, alliance, kind, params.itemId, expectedVersion);
        return { status: 200, body: item, version: item.version };
      },
    }),

    defineRoute({
      id: `alliances.${plural}.moderate`,
      method: 'POST',
      path: `${path}/{itemId}/moderation`,
      tag: TAG,
      summary: `管理${zh}（秘书处）`,
      description:
        'The secretariat closes (open or expired items), hides or unhides an item, with a reason kept on the item; it never rewrites the content. Hidden items are seen only by their owner and the secretariat. Hiding a hidden item (or unhiding a visible one) changes nothing.',
      access: SECRETARIAT_WRITE,
      schemas: () => ({ params: listSchemas().ItemParams, body: listSchemas().Moderation }),
      responseSchema: () => Item(),
      response: {
        status: 200,
        example: {
          ...example,
          version: 2,
          status: 'closed',
          moderation: {
            action: 'close',
            reason: '已线下对接完成',
            byTenantId: 'sh-jinshan',
            at: example.updatedAt,
          },
        },
      },
      problems: ['alliance.secretariatOnly', 'item.notOpen', 'write.conflict'],
      handler: async ({ services, write, alliance, params, body }) => {
        const item = await services.lists.moderate(write, alliance, kind, params.itemId, body);
        return { status: 200, body: item, version: item.version };
      },
    }),
  ];
};

export const allianceListRoutes = LIST_KINDS.flatMap(itemRoutes);
