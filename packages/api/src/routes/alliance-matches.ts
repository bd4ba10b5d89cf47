// 供需对接: for a need, the open resources that could meet it; for a resource, the open needs it could meet.
import { ALLIANCE_READ, listSchemas, type MatchableKind, schemaGroup } from '@lianjian/core';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.ts';
import { KIND_NAMES, listPath } from './alliance-lists.ts';

const TAG = '资源·需求·项目清单 Lists';

const matchSchemas = schemaGroup({
  Query: () =>
    z.strictObject({
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
    }),
  Matches: () => {
    const Points = z.number();
    return z.object({
      items: z.array(
        z.object({
          itemId: z.string(),
          title: z.string(),
          ownerTenantId: z.string(),
          /** 0–100: the sum of the parts below. */
          score: Points,
          explanation: z.object({
            category: z.object({ same: z.boolean(), points: Points }),
            tags: z.object({ shared: z.array(z.string()), points: Points }),
            text: z.object({ similarity: z.number(), sharedTerms: z.array(z.string()), points: Points }),
            region: z.object({
              level: z.enum(['county', 'city', 'province', 'elsewhere', 'unknown']),
              points: Points,
            }),
          }),
        }),
      ),
    });
  },
});

const example = {
  items: [
    {
      itemId: '01JD3QB0000000000000000001',
      title: '大云镇党群服务中心培训场地',
      ownerTenantId: 'zj-jiashan',
      score: 71.4,
      explanation: {
        category: { same: true, points: 30 },
        tags: { shared: ['旅居'], points: 10 },
        text: { similarity: 0.52, sharedTerms: ['民宿', '培训'], points: 18.2 },
        region: { level: 'city', points: 10 },
      },
    },
  ],
};

const matchRoute = (kind: MatchableKind) => {
  const counterpart = kind === 'need' ? '资源' : '需求';
  return defineRoute({
    id: `alliances.${KIND_NAMES[kind].plural}.matches`,
    method: 'GET',
    path: `${listPath(kind)}/{itemId}/matches`,
    tag: TAG,
    summary: `${KIND_NAMES[kind].zh}的供需对接（匹配的${counterpart}）`,
    description: `Open ${kind === 'need' ? 'resources' : 'needs'} of other members ranked for this ${kind}, best first, each with the parts of its score: the same category (30), shared tags (20 × shared / all), text similarity of their words (35 × cosine of rarity-weighted words; Chinese segmented with Intl.Segmenter) and region closeness from division codes (15 same county, 10 same city, 5 same province). Items sharing nothing are left out, as are the ${kind}'s owner's own and expired ones.`,
    access: ALLIANCE_READ,
    schemas: () => ({ params: listSchemas().ItemParams, query: matchSchemas().Query }),
    responseSchema: () => matchSchemas().Matches,
    response: { status: 200, example },
    handler: async ({ services, alliance, params, query, write }) => {
      const item = await services.lists.get(alliance, kind, params.itemId, write.now);
      const items = await services.matches.matches(
        alliance,
        { ...item, kind },
        { limit: query.limit, now: write.now },
      );
      return { status: 200, body: { items } };
    },
  });
};

export const allianceMatchRoutes = [matchRoute('need'), matchRoute('resource')];
