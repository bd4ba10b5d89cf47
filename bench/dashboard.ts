// `npx tsx bench/dashboard.ts` (also part of `npm run bench`): the alliance dashboard's latency through the
// route with 100 and with 10,000 workspace items (resources and needs, written through the list service so the
// counters are kept as in production), on DynamoDB Local. The goal: p50 at 10,000 within 1.2× of p50
// at 100 (the dashboard reads the counter rows, not the items). DASHBOARD_BENCH_ITEMS changes the larger size.
import { listSchemas, type Principal } from '@lianjian/core';
import { withLocalApp } from './local-app.ts';

const SMALL = 100;
const LARGE = Number(process.env.DASHBOARD_BENCH_ITEMS ?? 10_000);
const CALLS = 60;
// Enough warm-up calls that the first size is not measured on a cold JIT (it would flatter the second).
const WARMUP = 100;
const TENANTS = [
  { id: 'sh-jinshan', divisionCode: '310116', province: 'SH' },
  { id: 'zj-jiashan', divisionCode: '330421', province: 'ZJ' },
  { id: 'zj-pinghu', divisionCode: '330482', province: 'ZJ' },
] as const;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};

await withLocalApp('bench-dashboard', async ({ services, app, issuer, onboard }) => {
  for (const tenant of TENANTS)
    await onboard({ ...tenant, name: `${tenant.id} 组织部`, shortName: tenant.id, tier: 'pool' });
  const tokens = Object.fromEntries(
    await Promise.all(
      TENANTS.map(async ({ id }) => [
        id,
        await issuer.mint({ sub: 'bench', tenantId: id, roles: ['tenant_admin'] }),
      ]),
    ),
  );
  const request = async (tenant: string, method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${tokens[tenant]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const alliance = String(
    (await request('sh-jinshan', 'POST', '/v1/alliances', { name: '看板基准联盟', kind: 'cluster' })).id,
  );
  for (const { id } of TENANTS.slice(1)) {
    await request('sh-jinshan', 'POST', `/v1/alliances/${alliance}/invitations`, { tenantId: id });
    await request(id, 'POST', `/v1/alliances/${alliance}/invitations/${id}/accept`);
  }

  let posted = 0;
  const postUpTo = async (count: number) => {
    const started = performance.now();
    const from = posted;
    const next = async (): Promise<void> => {
      while (posted < count) {
        const i = posted++;
        const tenantId = TENANTS[i % TENANTS.length]?.id ?? 'sh-jinshan';
        const principal: Principal = {
          kind: 'user',
          sub: 'bench',
          tenantId,
          roles: ['tenant_admin'],
          scopes: [],
        };
        await services.lists.create(
          { principal, requestId: `bench-${i}`, now: new Date() },
          { allianceId: alliance, tenantId, role: tenantId === 'sh-jinshan' ? 'secretariat' : 'member' },
          i % 2 ? 'need' : 'resource',
          listSchemas().CreateClaimable.parse({ title: `基准条目第${i}号`, category: 'talent', quantity: 3 }),
        );
      }
    };
    await Promise.all(Array.from({ length: 8 }, next));
    return { items: posted - from, seconds: (performance.now() - started) / 1000 };
  };
  const measure = async () => {
    const times: number[] = [];
    let total = 0;
    for (let call = 0; call < CALLS + WARMUP; call++) {
      const started = performance.now();
      const board = await request('zj-jiashan', 'GET', `/v1/alliances/${alliance}/dashboard`);
      if (call >= WARMUP) times.push(performance.now() - started);
      const items = (board.total as { items: Record<string, { total: number }> }).items;
      total = (items.resource?.total ?? 0) + (items.need?.total ?? 0);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), counted: total };
  };

  const small = await postUpTo(SMALL);
  const atSmall = await measure();
  const large = await postUpTo(LARGE);
  const atLarge = await measure();
  if (atSmall.counted !== SMALL || atLarge.counted !== LARGE)
    throw new Error(`the dashboard counted ${atSmall.counted} and ${atLarge.counted} items`);

  console.log(
    `\nAlliance dashboard, GET through the app (${CALLS} calls after ${WARMUP} warm-up), DynamoDB Local`,
  );
  console.table([
    { 'workspace items': SMALL, 'p50 ms': atSmall.p50.toFixed(1), 'p95 ms': atSmall.p95.toFixed(1) },
    { 'workspace items': LARGE, 'p50 ms': atLarge.p50.toFixed(1), 'p95 ms': atLarge.p95.toFixed(1) },
  ]);
  const ratio = atLarge.p50 / atSmall.p50;
  console.log(
    `p50 ratio ${LARGE} / ${SMALL} items: ${ratio.toFixed(2)}× (goal ≤ 1.2×) ${ratio <= 1.2 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `loading: ${small.items + large.items} items through the list service (counters kept) in ${(small.seconds + large.seconds).toFixed(0)} s`,
  );
});
