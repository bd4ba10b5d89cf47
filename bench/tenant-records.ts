// `npx tsx bench/tenant-records.ts` (also part of `npm run bench`): coverage dashboard and unit lists at
// 1,000 and 100,000 units in one tenant, through the app in-process against DynamoDB Local. The counts are
// kept by the writes, so the dashboard's cost must not grow with the tenant (target: within 1.2×).
import {
  effectiveFlags,
  makeCreditCode,
  type StoredUnit,
  tenantCatalog,
  type UnitKind,
} from '@lianjian/core';
import { bulkLoadNewUnits } from '@lianjian/store';
import { withLocalApp } from './local-app.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const CALLS = 300;
const ROUNDS = 6;
const TOWNS = [
  '朱泾镇',
  '枫泾镇',
  '张堰镇',
  '亭林镇',
  '吕巷镇',
  '廊下镇',
  '金山卫镇',
  '漕泾镇',
  '山阳镇',
  '石化街道',
];
const KINDS: UnitKind[] = ['enterprise', 'enterprise', 'enterprise', 'cooperative', 'social_org', 'park'];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Deterministic units: a spread of kinds, towns and flags, as a district's list would have. */
const unitsFor = (count: number, divisionCode: string): StoredUnit[] =>
  Array.from({ length: count }, (_, i) => {
    const employeeCount = (i * 37) % 400;
    const flags = (['above_size', 'high_tech', 'little_giant'] as const).filter((_, f) => (i >> f) % 3 === 0);
    const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    return {
      id: `01K${String(i).padStart(23, '0')}`,
      version: 1,
      rev: 1,
      createdAt: at,
      updatedAt: at,
      name: `基准测试单位${i}有限公司`,
      kind: KINDS[i % KINDS.length] as UnitKind,
      creditCode: makeCreditCode(divisionCode, i + 1),
      town: TOWNS[i % TOWNS.length] as string,
      employeeCount,
      partyMemberCount: i % 9,
      flags: effectiveFlags([...flags], employeeCount),
      chainIds: [],
      orgCount: 0,
      hasPartyOrg: false,
    };
  });

await withLocalApp('bench-records', async ({ store, issuer, app, onboard }) => {
  const tenants = tenantCatalog.filter((tenant) => tenant.province === 'ZJ').slice(0, SIZES.length);

  const rows: string[][] = [];
  const loaded: { size: number; token: string }[] = [];
  for (const [index, size] of SIZES.entries()) {
    const tenant = tenants[index];
    if (!tenant) throw new Error('not enough catalog tenants');
    await onboard(tenant);
    const started = performance.now();
    const items = await bulkLoadNewUnits(store, tenant.id, unitsFor(size, tenant.divisionCode));
    const seconds = (performance.now() - started) / 1000;
    rows.push([
      `(loaded ${size.toLocaleString('en')} units as ${items.toLocaleString('en')} items in ${seconds.toFixed(1)} s)`,
      '',
      '',
    ]);
    loaded.push({ size, token: await issuer.mint({ tenantId: tenant.id, roles: ['tenant_viewer'] }) });
  }

  const get = async (token: string, path: string) => {
    const response = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  const measures: [string, string][] = [
    ['GET /v1/coverage', '/v1/coverage'],
    ['GET /v1/units?limit=25', '/v1/units?limit=25'],
    ['GET /v1/units?flag=above_size&limit=25', '/v1/units?flag=above_size&limit=25'],
    [
      'GET /v1/units?kind=enterprise&town=…&hasPartyOrg=false&limit=25',
      `/v1/units?kind=enterprise&town=${encodeURIComponent(TOWNS[0] as string)}&hasPartyOrg=false&limit=25`,
    ],
    ['GET /v1/coverage/gaps?category=flag:high_tech', '/v1/coverage/gaps?category=flag:high_tech'],
  ];
  const p50s: Record<string, number[]> = {};
  for (const [label, path] of measures) {
    // Sizes alternate round by round, so drift in DynamoDB Local falls on both alike.
    const times = loaded.map(() => [] as number[]);
    for (const { token } of loaded) for (let i = 0; i < 30; i++) await get(token, path);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, { token }] of loaded.entries()) {
        for (let i = 0; i < CALLS / ROUNDS; i++) {
          const start = performance.now();
          await get(token, path);
          times[index]?.push(performance.now() - start);
        }
      }
    }
    for (const [index, { size }] of loaded.entries()) {
      const sample = times[index] ?? [];
      p50s[label] = [...(p50s[label] ?? []), percentile(sample, 50)];
      rows.push([
        `${label}, ${size.toLocaleString('en')} units`,
        ms(percentile(sample, 50)),
        ms(percentile(sample, 99)),
      ]);
    }
  }
  console.log(`\nTenant records bench, Node ${process.version}, DynamoDB Local, ${CALLS} calls each\n`);
  console.log('| measure | p50 | p99 |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('\n| request | p50 at largest / p50 at smallest | target |\n| --- | --- | --- |');
  for (const [label, [small, large]] of Object.entries(p50s)) {
    console.log(
      `| ${label} | ${((large ?? 0) / (small ?? 1)).toFixed(2)}× | ${label === 'GET /v1/coverage' ? '≤ 1.20×' : ''} |`,
    );
  }
});
