// New units imported several to a transaction leave exactly what the one-row-at-a-time path leaves (units,
// claims, category entries, coverage counts, chain member counts, audit entries), and a batch that loses a
// race to a concurrent write falls back to single rows with their precise rejections. Against DynamoDB Local.
import {
  createImportService,
  DomainError,
  type ImportRow,
  makeCreditCode,
  type NewUnit,
  type UnitService,
  type WriteContext,
} from '@lianjian/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';
import { canonicalItems, scanTable } from './support/table-scan.ts';

const HEADER = [
  '名称',
  '类型',
  '统一社会信用代码',
  '所在镇街',
  '职工人数',
  '规上企业',
  '高新技术企业',
  '所属产业链',
];
const CHAINS = ['集成电路', '生物医药', '人工智能'];
const TOWNS = ['', '朱家角镇', '练塘镇', '金泽镇'];
const KINDS = ['企业', '企业', '农民专业合作社', '社会组织'];

let serial = 0;
const nextTenant = () => {
  serial += 1;
  return `sh-bat${serial}x${Math.random().toString(36).slice(2, 6)}`;
};

/** Units of every shape: with and without a code, a town, flags, and zero to three chains. */
const unitRows = (count: number, codeBase: number): ImportRow[] =>
  [
    HEADER,
    ...Array.from({ length: count }, (_, i) => [
      `批量单位${codeBase}-${i}`,
      KINDS[i % KINDS.length] as string,
      i % 3 === 0 ? '' : makeCreditCode('310118', codeBase + i),
      TOWNS[i % TOWNS.length] as string,
      String((i * 41) % 260),
      i % 2 === 0 ? '是' : '否',
      i % 5 === 0 ? '是' : '否',
      CHAINS.slice(0, i % 4).join('、'),
    ]),
  ].map((cells, i) => ({ rowNumber: i + 1, cells }));

describe('batched unit imports', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ ownDynamoDb: true });
  });

  const newTenant = async () => {
    const id = nextTenant();
    await h.addTenant(id);
    const ctx: WriteContext = {
      principal: { kind: 'user', sub: 'importer', tenantId: id, roles: ['tenant_admin'], scopes: [] },
      requestId: 'batch-test',
      now: new Date(),
    };
    const chains = new Map<string, string>();
    for (const name of CHAINS) chains.set((await h.services.chains.create(ctx, id, { name })).id, name);
    return { id, ctx, chains };
  };

  /** The import service with the unit service's batching swapped; everything else as the app wires it. */
  const importWith = (createInBatches: UnitService['createInBatches']) =>
    createImportService({ ...h.services, units: { ...h.services.units, createInBatches } });

  /** Every batch refused before it writes anything: each row takes the one-row path (create, then addMember). */
  const oneRowAtATime = () =>
    importWith((_ctx, _tenantId, units) =>
      units.map((unit) => ({
        units: [unit],
        write: () => Promise.reject(new DomainError('write.tooLarge', { operations: 0, limit: 0 })),
      })),
    );

  /** The tenant's items with ids, times and revisions replaced by names, so two tenants can be compared. */
  const normalizedPartition = async (tenantId: string, chains: ReadonlyMap<string, string>) => {
    const items = (await scanTable(h.store)).filter((item) => {
      const pk = String(item.pk);
      return pk === `T#${tenantId}` || pk.startsWith(`T#${tenantId}#`);
    });
    const names = new Map(chains);
    for (const item of items) if (item.type === 'UNIT') names.set(String(item.id), `unit:${item.name}`);
    const lines = canonicalItems(
      items.map(({ createdAt, updatedAt, at, rev, requestId, ...item }) =>
        item.type === 'AUDIT' ? { ...item, sk: 'AUDIT#', id: '' } : item,
      ),
    );
    return lines
      .map((line) => [...names].reduce((text, [id, name]) => text.replaceAll(id, name), line))
      .map((line) => line.replaceAll(tenantId, 'TENANT'))
      .sort();
  };

  it('leaves exactly what writing the rows one at a time leaves, in a fraction of the transactions', async () => {
    const batched = await newTenant();
    const single = await newTenant();
    const rows = unitRows(45, 20_000);
    const batchSizes: number[] = [];
    const counted = importWith((ctx, tenantId, units) => {
      const batches = h.services.units.createInBatches(ctx, tenantId, units);
      batchSizes.push(...batches.map((batch) => batch.units.length));
      return batches;
    });

    const report = await counted.importRows(batched.ctx, batched.id, 'units', rows, 'valid-rows');
    expect(report).toMatchObject({ rows: 45, created: 45, pending: 0, rejected: [] });
    expect(batchSizes.reduce((sum, size) => sum + size, 0)).toBe(45);
    expect(batchSizes.length).toBeGreaterThan(2);
    expect(batchSizes.length).toBeLessThan(20);
    const reference = await oneRowAtATime().importRows(single.ctx, single.id, 'units', rows, 'valid-rows');
    expect(reference).toEqual(report);

    const got = await normalizedPartition(batched.id, batched.chains);
    const expected = await normalizedPartition(single.id, single.chains);
    // Spelled out for readable failures: the kept counts, the chains' member counts, the audit trail.
    const pick = (lines: string[], marker: string) => lines.filter((line) => line.includes(marker));
    expect(pick(got, '"COVERAGE_COUNT"')).toEqual(pick(expected, '"COVERAGE_COUNT"'));
    expect(pick(got, '"CHAIN"')).toEqual(pick(expected, '"CHAIN"'));
    expect(pick(got, '"AUDIT"')).toEqual(pick(expected, '"AUDIT"'));
    expect(pick(got, '"unit.created"')).toHaveLength(45);
    expect(got).toEqual(expected);

    const coverage = await h.services.coverage.read(batched.id);
    expect(coverage.total.units).toBe(45);
  });

  it('falls back to single rows when a concurrent write claims a code or a name, and rejects just those rows', async () => {
    const { id, ctx, chains } = await newTenant();
    const rows = unitRows(30, 30_000);
    const cells = (row: number) => rows[row - 1]?.cells ?? [];
    // Rows 3 and 5 (in the first batch) lose their credit code and name to units created meanwhile.
    const lostCode = cells(3)[2] as string;
    const lostName = cells(5)[0] as string;
    let raced = false;
    const racing = importWith((batchCtx, tenantId, units) =>
      h.services.units.createInBatches(batchCtx, tenantId, units).map((batch) => ({
        units: batch.units,
        async write() {
          if (!raced) {
            raced = true;
            await h.services.units.create(ctx, id, {
              name: '抢先登记的单位',
              kind: 'enterprise',
              creditCode: lostCode,
              flags: [],
            });
            await h.services.units.create(ctx, id, { name: lostName, kind: 'park', flags: [] });
          }
          return batch.write();
        },
      })),
    );

    const report = await racing.importRows(ctx, id, 'units', rows, 'valid-rows');
    expect(report).toMatchObject({ rows: 30, created: 28, pending: 0 });
    expect(report.rejected).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        message: {
          zh: `统一社会信用代码 ${lostCode} 已被另一单位使用`,
          en: `统一社会信用代码 ${lostCode} belongs to another unit`,
        },
      },
      {
        row: 5,
        column: '名称',
        message: {
          zh: `名称“${lostName}”已被另一单位使用`,
          en: `名称 “${lostName}” belongs to another unit`,
        },
      },
    ]);

    // Nothing of the refused batch was left behind: every kept count equals a recount of the units.
    const units = (await h.services.units.list(id, { limit: 100 })).items;
    expect(units).toHaveLength(30);
    const summary = await h.services.coverage.read(id);
    expect(summary.total.units).toBe(30);
    const items = (await scanTable(h.store)).filter((item) => item.pk === `T#${id}`);
    const kept = new Map(
      items.filter((item) => item.type === 'COVERAGE_COUNT').map((item) => [item.category, item.units]),
    );
    const recount = new Map<string, number>();
    for (const unit of units) {
      const categories = [
        'all',
        `kind:${unit.kind}`,
        ...(unit.town ? [`town:${unit.town}`] : []),
        ...unit.flags.map((flag) => `flag:${flag}`),
        ...unit.chainIds.map((chain) => `chain:${chain}`),
      ];
      for (const category of categories) recount.set(category, (recount.get(category) ?? 0) + 1);
    }
    expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(recount));
    for (const [chainId] of chains) {
      const members = units.filter((unit) => unit.chainIds.includes(chainId)).length;
      expect((await h.services.chains.get(id, chainId)).memberCount).toBe(members);
    }
    const created = items.filter((item) => item.type === 'AUDIT' && item.action === 'unit.created');
    expect(created).toHaveLength(30);
  });

  it('writes a batch that lost a conflict again, and loses no row', async () => {
    const { id, ctx } = await newTenant();
    const rows = unitRows(40, 50_000);
    let writes = 0;
    const conflicted = importWith((batchCtx, tenantId, units) =>
      h.services.units.createInBatches(batchCtx, tenantId, units).map((batch) => ({
        units: batch.units,
        write() {
          writes += 1;
          // The second batch loses to a concurrent transaction (DynamoDB's TransactionConflict).
          return writes === 2 ? Promise.reject(new DomainError('write.conflict')) : batch.write();
        },
      })),
    );
    const report = await conflicted.importRows(ctx, id, 'units', rows, 'valid-rows');
    expect(report).toMatchObject({ rows: 40, created: 40, pending: 0, rejected: [] });
    expect(writes).toBeGreaterThan(3);
    expect((await h.services.coverage.read(id)).total.units).toBe(40);
    const audit = (await scanTable(h.store)).filter((item) => item.pk === `T#${id}` && item.type === 'AUDIT');
    expect(audit.filter((item) => item.action === 'unit.created')).toHaveLength(40);
  });

  it('fills each transaction by its operations: units in many categories and chains go fewer to a batch', async () => {
    const { id, ctx } = await newTenant();
    const chainIds: string[] = [];
    for (let i = 0; i < 8; i++)
      chainIds.push((await h.services.chains.create(ctx, id, { name: `重链${i}` })).id);
    const light: NewUnit[] = Array.from({ length: 40 }, (_, i) => ({
      input: { name: `轻单位${i}`, kind: 'enterprise', flags: [] },
      chainIds: [],
    }));
    const heavy: NewUnit[] = Array.from({ length: 12 }, (_, i) => ({
      input: {
        name: `重单位${i}`,
        kind: 'enterprise',
        creditCode: makeCreditCode('310118', 40_000 + i),
        town: `镇${i}`,
        employeeCount: 500,
        flags: ['above_size', 'high_tech', 'little_giant'],
      },
      chainIds,
    }));
    const lightBatches = h.services.units.createInBatches(ctx, id, light);
    const heavyBatches = h.services.units.createInBatches(ctx, id, heavy);
    // Every batch is accepted as one transaction (none over DynamoDB's 100 operations).
    for (const batch of [...lightBatches, ...heavyBatches]) await batch.write();
    const largest = (batches: { units: readonly unknown[] }[]) =>
      Math.max(...batches.map((batch) => batch.units.length));
    expect(largest(lightBatches)).toBeGreaterThan(10);
    expect(largest(heavyBatches)).toBeGreaterThan(1);
    expect(largest(heavyBatches)).toBeLessThan(4);
    expect((await h.services.coverage.read(id)).total.units).toBe(52);
    for (const chainId of chainIds) expect((await h.services.chains.get(id, chainId)).memberCount).toBe(12);
  });
});
