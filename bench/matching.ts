// `npx tsx bench/matching.ts` (also part of `npm run bench`): ranking open resources for a need with 5,000
// open items of each kind in one alliance, on DynamoDB Local (the embedded default). Reads the alliance's
// match index (one BatchGetItem over its shards) and ranks; the goal is within 200 ms.
// MATCH_BENCH_ITEMS changes the item count. Prints a table; never part of `npm test`.

import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type MatchableKind, newId, profileOf, rankMatches } from '@lianjian/core';
import { matchIndexOps, readMatchProfiles, type StoreContext } from '@lianjian/store';
import { withLocalApp } from './local-app.ts';

const ITEMS = Number(process.env.MATCH_BENCH_ITEMS ?? 5_000);
const CALLS = 40;
let ALLIANCE = newId();

const PLACES = [
  ['廊下镇', '310116'],
  ['枫泾镇', '310116'],
  ['大云镇', '330421'],
  ['广陈镇', '330482'],
  ['松江区', '310117'],
  ['嘉兴市', '330400'],
  ['湖州市', '330500'],
  ['苏州市', '320500'],
  ['芜湖市', '340200'],
  ['合肥市', '340100'],
] as const;
const TOPICS = [
  ['民宿经营', '乡村旅游', '民宿'],
  ['农业技术', '蔬菜种植', '农业'],
  ['人工智能', '算法', '科创'],
  ['新材料', '检测', '科创'],
  ['党员教育', '党课', '党建'],
  ['志愿服务', '公益', '志愿'],
  ['融资贷款', '贴息', '金融'],
  ['人才招聘', '高校毕业生', '人才'],
  ['电商直播', '农产品', '市场'],
  ['场地会议室', '培训教室', '场地'],
] as const;
const CATEGORIES = ['policy', 'talent', 'finance', 'venue', 'technology', 'market', 'training', 'volunteer'];

/** A deterministic open item: a place, a topic, a category; descriptions mix in a second topic. */
const itemFor = (kind: MatchableKind, i: number) => {
  const [place, region] = PLACES[i % PLACES.length] ?? PLACES[0];
  const topic = TOPICS[(i * 7) % TOPICS.length] ?? TOPICS[0];
  const other = TOPICS[(i * 3 + 1) % TOPICS.length] ?? TOPICS[0];
  const verb = kind === 'resource' ? '提供' : '需要';
  return {
    id: newId(),
    title: `${place}${verb}${topic[0]}${kind === 'resource' ? '资源' : '支持'}第${i}号`,
    description: `${place}${verb}${topic[0]}与${topic[1]}方面的${other[1]}合作，面向长三角联盟成员单位，欢迎对接。`,
    category: CATEGORIES[i % CATEGORIES.length] ?? 'other',
    tags: [topic[2], other[2]],
    region,
    ownerTenantId: ['sh-jinshan', 'zj-jiashan', 'zj-pinghu'][i % 3] ?? 'sh-jinshan',
    ...(i % 10 === 0 ? { validUntil: '2027-06-30' } : {}),
  };
};

const load = async (store: StoreContext, kind: MatchableKind) => {
  const started = performance.now();
  let segmentMs = 0;
  for (let i = 0; i < ITEMS; i += 100) {
    const t = performance.now();
    const profiles = Array.from({ length: Math.min(100, ITEMS - i) }, (_, k) =>
      profileOf(itemFor(kind, i + k)),
    );
    segmentMs += performance.now() - t;
    const ops = matchIndexOps(
      store.allianceTableName,
      ALLIANCE,
      profiles.map((put) => ({ kind, put })),
    );
    await store.doc.send(new TransactWriteCommand({ TransactItems: ops.map((op) => op.item) }));
  }
  return { ms: performance.now() - started, segmentPerItemUs: (segmentMs * 1000) / ITEMS };
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

await withLocalApp('bench-matching', async ({ store, app, issuer, onboard }) => {
  // A real alliance and need through the app, so the route is measured whole (gate, item read, index, rank).
  for (const id of ['sh-jinshan', 'zj-jiashan'])
    await onboard({
      id,
      name: `${id} 组织部`,
      shortName: id,
      divisionCode: id === 'sh-jinshan' ? '310116' : '330421',
      province: id === 'sh-jinshan' ? 'SH' : 'ZJ',
      tier: 'pool',
    });
  const token = await issuer.mint({ sub: 'bench', tenantId: 'sh-jinshan', roles: ['tenant_admin'] });
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  ALLIANCE = (await request('POST', '/v1/alliances', { name: '廊下·大云·广陈乡村振兴联盟', kind: 'cluster' }))
    .id;
  const need = await request('POST', `/v1/alliances/${ALLIANCE}/needs`, {
    title: '民宿经营管理培训',
    description: '廊下镇民宿业主希望学习民宿经营、乡村旅游线路设计，需要培训场地和师资',
    category: 'training',
    tags: ['民宿', '乡村旅游'],
    region: '310116',
  });
  const loaded = { resource: await load(store, 'resource'), need: await load(store, 'need') };
  const needs = await readMatchProfiles(store, ALLIANCE, 'need');
  const reads: number[] = [];
  const ranks: number[] = [];
  const totals: number[] = [];
  let found = 0;
  for (let call = 0; call < CALLS; call++) {
    const target = needs[(call * 97) % needs.length];
    if (!target) throw new Error('no needs loaded');
    const started = performance.now();
    const candidates = await readMatchProfiles(store, ALLIANCE, 'resource');
    const read = performance.now();
    const matches = rankMatches(target, candidates, { limit: 10, today: '2026-11-22' });
    const done = performance.now();
    found = candidates.length;
    if (matches.length === 0) throw new Error('no matches: the bench data is wrong');
    if (call >= 5) {
      reads.push(read - started);
      ranks.push(done - read);
      totals.push(done - started);
    }
  }
  const routeTimes: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    const started = performance.now();
    await request('GET', `/v1/alliances/${ALLIANCE}/needs/${need.id}/matches?limit=10`);
    if (call >= 5) routeTimes.push(performance.now() - started);
  }
  console.table({
    'open items per kind': { value: ITEMS },
    'profiles read per request': { value: found },
    'write time per profile (segmenting)': { value: `${loaded.resource.segmentPerItemUs.toFixed(0)} µs` },
    'read index p50 / p95': { value: `${ms(percentile(reads, 50))} / ${ms(percentile(reads, 95))}` },
    'rank p50 / p95': { value: `${ms(percentile(ranks, 50))} / ${ms(percentile(ranks, 95))}` },
    'read + rank p50 / p95': { value: `${ms(percentile(totals, 50))} / ${ms(percentile(totals, 95))}` },
    'GET …/needs/{id}/matches p50 / p95': {
      value: `${ms(percentile(routeTimes, 50))} / ${ms(percentile(routeTimes, 95))}`,
    },
  });
});
