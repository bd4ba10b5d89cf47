// Imports and exports of units and organisations as xlsx and CSV files, end to end through the app against
// DynamoDB Local: row checks with Excel row numbers, both modes, re-imports that write nothing, round trips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createImportService, makeCreditCode } from '@lianjian/core';
import { readTable, writeCsv, writeXlsx } from '@lianjian/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { canonicalItems, scanTable } from './support/table-scan.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UNIT_HEADER = [
  '名称*',
  '类型*',
  '所有制',
  '统一社会信用代码',
  '所在镇街',
  '职工人数',
  '党员人数',
  '规上企业',
  '高新技术企业',
  '专精特新',
  '所属产业链',
  '已建党组织',
];
const ORG_HEADER = ['名称*', '类型*', '上级党组织', '党员人数', '成立日期', '书记', '所在镇街', '所在单位'];

type Json = Record<string, unknown>;
interface Report {
  kind: string;
  mode: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; column?: string; message: string }[];
}

let tenantSerial = 0;
let codeSerial = 5_000;
const code = () => {
  codeSerial += 7;
  return makeCreditCode('310118', codeSerial);
};

describe('imports and exports', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });

  /** A fresh tenant and its admin, so each test compares only its own partition. */
  const newTenant = async () => {
    tenantSerial += 1;
    const id = `sh-imp${tenantSerial}x${Math.random().toString(36).slice(2, 6)}`;
    await h.addTenant(id);
    return { id, admin: { tenant: id, role: 'tenant_admin' } as Caller };
  };

  const importFile = async (
    as: Caller,
    kind: string,
    file: Uint8Array | string,
    options: { mode?: string; type?: string; lang?: string } = {},
  ) => {
    const query = `kind=${kind}${options.mode ? `&mode=${options.mode}` : ''}`;
    const response = await h.call('POST', `/v1/imports?${query}`, {
      as,
      body: file,
      headers: {
        'content-type': options.type ?? (typeof file === 'string' ? 'text/csv' : 'application/octet-stream'),
        ...(options.lang ? { 'accept-language': options.lang } : {}),
      },
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Report & Json };
  };

  const download = async (as: Caller, path: string) => {
    const response = await h.call('GET', path, { as });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  const rowsOf = (bytes: Uint8Array, format: 'xlsx' | 'csv') =>
    readTable(bytes, format).rows.map((row) => [...row.cells]);

  /** The tenant's partition as sorted canonical JSON lines. */
  const partition = async (tenantId: string) =>
    canonicalItems(
      (await scanTable(h.store)).filter((item) => {
        const pk = String(item.pk);
        return pk === `T#${tenantId}` || pk.startsWith(`T#${tenantId}#`);
      }),
    );

  const newChain = async (as: Caller, name: string) => {
    const response = await h.call('POST', '/v1/chains', { as, body: { name } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  const listUnits = async (as: Caller) =>
    ((await (await h.call('GET', '/v1/units?limit=100', { as })).json()) as { items: Json[] }).items;
  const listOrgs = async (as: Caller) =>
    ((await (await h.call('GET', '/v1/orgs?limit=100', { as })).json()) as { items: Json[] }).items;

  it('imports units from xlsx, and the same file again changes nothing', async () => {
    const { id, admin } = await newTenant();
    const equipment = await newChain(admin, '高端智能装备');
    const materials = await newChain(admin, '新材料');
    const [a, b] = [code(), code()];
    const file = writeXlsx('单位', [
      UNIT_HEADER.slice(0, 11),
      [
        '上海青浦精密模具有限公司',
        '企业',
        '民营',
        a,
        '华新镇',
        '236',
        '12',
        '是',
        '是',
        '否',
        '高端智能装备、新材料',
      ],
      ['青浦工业园区', '园区', '', '', '香花桥街道', '', '', '', '', '', ''],
      [
        '上海青浦新材料研究院',
        'social_org',
        '国有',
        b.toLowerCase(),
        '赵巷镇',
        '45',
        '',
        'N',
        'TRUE',
        '√',
        '新材料',
      ],
    ]);
    const first = await importFile(admin, 'units', file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      kind: 'units',
      mode: 'valid-rows',
      rows: 3,
      created: 3,
      rejected: [],
    });

    const units = await listUnits(admin);
    const mould = units.find((unit) => unit.name === '上海青浦精密模具有限公司');
    expect(mould).toMatchObject({
      kind: 'enterprise',
      ownership: 'private',
      creditCode: a,
      town: '华新镇',
      employeeCount: 236,
      partyMemberCount: 12,
      flags: ['above_size', 'high_tech', 'hundred_plus'],
      chainIds: [equipment, materials].sort(),
    });
    expect(units.find((unit) => unit.name === '上海青浦新材料研究院')).toMatchObject({
      kind: 'social_org',
      ownership: 'state',
      creditCode: b,
      flags: ['high_tech', 'little_giant'],
      chainIds: [materials],
    });
    expect(units.find((unit) => unit.name === '青浦工业园区')).toMatchObject({ kind: 'park', flags: [] });
    const coverage = (await (await h.call('GET', '/v1/coverage', { as: admin })).json()) as {
      total: { units: number };
    };
    expect(coverage.total.units).toBe(3);

    const before = await partition(id);
    const again = await importFile(admin, 'units', file);
    expect(again.body).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, rejected: [] });
    expect(await partition(id)).toEqual(before);
  });

  it('stops writing when its time is up and reports the rest as pending; the same file again goes on', async () => {
    const { admin, id } = await newTenant();
    const chain = await newChain(admin, '数字经济');
    // More new units than one transaction holds, so they are written in several batches.
    const rows = [
      ['名称', '类型', '所属产业链'],
      ...Array.from({ length: 40 }, (_, i) => [`分批单位${i}`, '企业', '数字经济']),
    ].map((cells, i) => ({ rowNumber: i + 1, cells }));
    const ctx = {
      principal: {
        kind: 'user' as const,
        sub: 'test',
        tenantId: id,
        roles: ['tenant_admin' as const],
        scopes: [],
      },
      requestId: 'r',
      now: new Date(),
    };
    // With no time at all, each import still writes one batch.
    const hurried = createImportService(h.services, { writeBudgetMs: 0 });
    const first = await hurried.importRows(ctx, id, 'units', rows, 'valid-rows');
    expect(first).toMatchObject({ rows: 40, rejected: [] });
    expect(first.created).toBeGreaterThan(1);
    expect(first.created).toBeLessThan(20);
    expect(first.pending).toBe(40 - first.created);
    const second = await hurried.importRows(ctx, id, 'units', rows, 'valid-rows');
    expect(second).toMatchObject({ unchanged: first.created, rejected: [] });
    expect(second.created).toBeGreaterThan(1);
    expect(second.pending).toBe(40 - first.created - second.created);
    const rest = await importFile(admin, 'units', writeCsv(rows.map((row) => row.cells)));
    expect(rest.body).toMatchObject({
      created: second.pending,
      unchanged: first.created + second.created,
      pending: 0,
    });
    expect((await listUnits(admin)).every((unit) => (unit.chainIds as string[]).length === 1)).toBe(true);
    const stored = (await (await h.call('GET', `/v1/chains/${chain}`, { as: admin })).json()) as Json;
    expect(stored.memberCount).toBe(40);
  });

  it('imports CSV in UTF-8 with BOM and in GB18030, as Chinese Excel saves it', async () => {
    const { admin } = await newTenant();
    const utf8 = writeCsv([
      ['名称', '类型', '统一社会信用代码', '职工人数'],
      ['上海青浦UTF8测试有限公司', '企业', code(), '1,200'],
    ]);
    expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fromUtf8 = await importFile(admin, 'units', utf8, { type: 'text/csv' });
    expect(fromUtf8.body).toMatchObject({ created: 1, rejected: [] });

    const gb18030 = readFileSync(join(import.meta.dirname, 'fixtures/imports/units-gb18030.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb18030)).toThrow();
    const fromGb = await importFile(admin, 'units', new Uint8Array(gb18030), {
      type: 'application/octet-stream',
    });
    expect(fromGb.body).toMatchObject({ rows: 2, created: 2, rejected: [] });
    const units = await listUnits(admin);
    expect(units.map((unit) => unit.name).sort()).toEqual(
      ['上海青浦UTF8测试有限公司', '上海青浦䶮记食品有限公司', '青浦区赵巷镇农民专业合作社联合社'].sort(),
    );
    expect(units.find((unit) => unit.name === '上海青浦UTF8测试有限公司')?.employeeCount).toBe(1200);
    expect(units.find((unit) => unit.name === '上海青浦䶮记食品有限公司')).toMatchObject({
      kind: 'enterprise',
      ownership: 'private',
      town: '华新镇',
      flags: ['above_size', 'hundred_plus', 'little_giant'],
    });
  });

  const badUnitRows = (good: string) => [
    UNIT_HEADER.slice(0, 11),
    ['上海青浦合格有限公司', '企业', '', good, '', '10', '', '', '', '', ''],
    ['校验位错误有限公司', '企业', '', `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`],
    ['人数有误有限公司', '企业', '', '', '', '-5', '三人'],
    ['类型有误有限公司', '公司'],
    ['', '企业'],
    ['产业链有误有限公司', '企业', '', '', '', '', '', '也许', '', '', '不存在的产业链'],
    ['名'.repeat(101), '企业'],
    ['上海青浦合格有限公司', '园区'],
  ];

  it('lists every rejected row with its Excel row number, column and Chinese message; writes the valid rows', async () => {
    const { admin } = await newTenant();
    const good = code();
    const result = await importFile(admin, 'units', writeCsv(badUnitRows(good)), { type: 'text/csv' });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ rows: 8, created: 1, updated: 0, unchanged: 0 });
    expect(result.body.rejected).toEqual([
      { row: 3, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' },
      { row: 4, column: '职工人数', message: '职工人数须为非负整数' },
      { row: 4, column: '党员人数', message: '党员人数须为非负整数' },
      {
        row: 5,
        column: '类型',
        message: '类型须为以下之一：企业、农民专业合作社、园区、镇（街道）、机关部门、高校、社会组织',
      },
      { row: 6, column: '名称', message: '名称为必填项' },
      { row: 7, column: '规上企业', message: '规上企业须为“是”或“否”，不能是“也许”' },
      { row: 7, column: '所属产业链', message: '产业链“不存在的产业链”不存在' },
      { row: 8, column: '名称', message: '名称不能超过 100个字符' },
      { row: 9, column: '名称', message: '与第 2 行是同一单位（名称相同）' },
    ]);
    const units = await listUnits(admin);
    expect(units.map((unit) => unit.name)).toEqual(['上海青浦合格有限公司']);
  });

  it('answers in English with Accept-Language: en, column headers staying Chinese', async () => {
    const { admin } = await newTenant();
    const result = await importFile(admin, 'units', writeCsv(badUnitRows(code())), {
      type: 'text/csv',
      lang: 'en',
    });
    expect(result.body.rejected.slice(0, 2)).toEqual([
      { row: 3, column: '统一社会信用代码', message: '统一社会信用代码 has a wrong check character' },
      { row: 4, column: '职工人数', message: '职工人数 must be a whole number, 0 or more' },
    ]);
    expect(result.body.rejected.find((r) => r.row === 8)?.message).toBe(
      '名称: must be at most 100 characters',
    );
    const header = await importFile(admin, 'units', '名称,类型,颜色\r\n', { lang: 'en' });
    expect(header.body).toMatchObject({
      code: 'import_header_invalid',
      title: 'Header does not match the template',
    });
  });

  it('all-or-nothing writes nothing when any row fails, and answers 422 with the rejected rows', async () => {
    const { id, admin } = await newTenant();
    await importFile(
      admin,
      'units',
      writeCsv([
        ['名称', '类型'],
        ['已有单位', '企业'],
      ]),
    );
    const before = await partition(id);
    const result = await importFile(admin, 'units', writeCsv(badUnitRows(code())), {
      type: 'text/csv',
      mode: 'all-or-nothing',
    });
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({
      code: 'import_rejected',
      title: '导入数据有误，未写入任何数据',
      status: 422,
    });
    expect(result.body.detail).toContain('7 行');
    expect(result.body.rejected).toHaveLength(9);
    expect(result.body.rejected[0]).toEqual({
      row: 3,
      column: '统一社会信用代码',
      message: '统一社会信用代码校验位不正确',
    });
    expect(await partition(id)).toEqual(before);

    const clean = await importFile(admin, 'units', writeCsv(badUnitRows(code()).slice(0, 2)), {
      mode: 'all-or-nothing',
    });
    expect(clean.body).toMatchObject({ mode: 'all-or-nothing', created: 1, rejected: [] });
  });

  it('matches units by credit code, else by name, and updates only what differs', async () => {
    const { admin } = await newTenant();
    const chain = await newChain(admin, '生物医药');
    const [a, b] = [code(), code()];
    await importFile(
      admin,
      'units',
      writeCsv([
        ['名称', '类型', '统一社会信用代码', '职工人数', '规上企业', '所属产业链'],
        ['甲公司', '企业', a, '90', '是', '生物医药'],
        ['乙公司', '企业', '', '10', '', ''],
      ]),
    );
    const [first] = await listUnits(admin);
    const updated = await importFile(
      admin,
      'units',
      writeCsv([
        ['名称', '类型', '统一社会信用代码', '职工人数', '所属产业链'],
        ['甲公司（更名）', '企业', a, '150', ''],
        ['乙公司', '企业', b, '10', ''],
        ['丙公司', '企业', a, '', ''],
        ['丁公司', '企业', '', '', ''],
        ['乙公司', '企业', '', '', ''],
      ]),
    );
    expect(updated.body).toMatchObject({ rows: 5, created: 1, updated: 2, unchanged: 0 });
    expect(updated.body.rejected).toEqual([
      { row: 4, column: '统一社会信用代码', message: '与第 2 行的统一社会信用代码相同' },
      { row: 6, column: '名称', message: '与第 3 行是同一单位（名称相同）' },
    ]);
    const units = await listUnits(admin);
    // Renamed in place (same id), 百人以上 derived, 规上 kept (its column was not in the file), chain left.
    expect(units.find((unit) => unit.id === first?.id)).toMatchObject({
      name: '甲公司（更名）',
      employeeCount: 150,
      flags: ['above_size', 'hundred_plus'],
      chainIds: [],
    });
    expect(units.find((unit) => unit.name === '乙公司')).toMatchObject({ creditCode: b });
    const chainAfter = (await (await h.call('GET', `/v1/chains/${chain}`, { as: admin })).json()) as Json;
    expect(chainAfter.memberCount).toBe(0);

    const taken = await importFile(
      admin,
      'units',
      writeCsv([
        ['名称', '类型', '统一社会信用代码'],
        ['乙公司', '企业', code()],
      ]),
    );
    expect(taken.body.rejected).toEqual([
      { row: 2, column: '名称', message: `名称“乙公司”已被另一单位使用（统一社会信用代码 ${b}）` },
    ]);
  });

  it('imports organizations with parents later in the file, host units and Excel dates', async () => {
    const { id, admin } = await newTenant();
    await importFile(
      admin,
      'units',
      writeCsv([
        ['名称', '类型'],
        ['青浦精工有限公司', '企业'],
        ['青浦新材有限公司', '企业'],
        ['华新镇', '镇（街道）'],
      ]),
    );
    const file = writeXlsx('党组织', [
      ORG_HEADER,
      [
        '中共青浦精工有限公司支部委员会',
        '党支部',
        '中共华新镇委员会',
        '18',
        '44378',
        '张伟',
        '华新镇',
        '青浦精工有限公司',
      ],
      ['中共华新镇委员会', '党委', '', '320', '2001/7/1', '李强', '华新镇', '华新镇'],
      [
        '中共青浦新材联合支部',
        '联合党支部',
        '中共华新镇委员会',
        '',
        '2019年5月4日',
        '',
        '',
        '青浦精工有限公司、青浦新材有限公司',
      ],
      ['循环甲', '党支部', '循环乙'],
      ['循环乙', '党支部', '循环甲'],
      ['孤儿支部', '党支部', '不存在的党委'],
      ['日期有误支部', '党支部', '', '', '2021-02-30'],
      ['单位有误支部', '党支部', '', '', '', '', '', '不存在的单位'],
      ['中共华新镇委员会', '党委'],
    ]);
    const result = await importFile(admin, 'orgs', file);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({ kind: 'orgs', rows: 9, created: 3, updated: 0, unchanged: 0 });
    expect(result.body.rejected).toEqual([
      { row: 5, column: '上级党组织', message: '上级党组织“循环乙”与其他行互为上级，无法导入' },
      { row: 6, column: '上级党组织', message: '上级党组织“循环甲”与其他行互为上级，无法导入' },
      { row: 7, column: '上级党组织', message: '上级党组织“不存在的党委”不存在或重名' },
      { row: 8, column: '成立日期', message: '成立日期不是有效日期' },
      { row: 9, column: '所在单位', message: '所在单位“不存在的单位”不存在' },
      { row: 10, column: '名称', message: '与第 3 行是同一党组织（名称和上级党组织相同）' },
    ]);
    const orgs = await listOrgs(admin);
    const units = await listUnits(admin);
    const unitId = (name: string) => units.find((unit) => unit.name === name)?.id;
    const town = orgs.find((org) => org.name === '中共华新镇委员会');
    expect(town).toMatchObject({
      kind: 'committee',
      memberCount: 320,
      establishedOn: '2001-07-01',
      childCount: 2,
    });
    expect(orgs.find((org) => org.name === '中共青浦精工有限公司支部委员会')).toMatchObject({
      kind: 'branch',
      parentId: town?.id,
      establishedOn: '2021-07-01',
      secretaryName: '张伟',
      hostUnitIds: [unitId('青浦精工有限公司')],
    });
    expect(orgs.find((org) => org.name === '中共青浦新材联合支部')).toMatchObject({
      kind: 'joint_branch',
      memberCount: 0,
      establishedOn: '2019-05-04',
      hostUnitIds: [unitId('青浦精工有限公司'), unitId('青浦新材有限公司')].sort(),
    });
    expect(units.find((unit) => unit.name === '青浦精工有限公司')).toMatchObject({
      orgCount: 2,
      hasPartyOrg: true,
    });

    const before = await partition(id);
    const again = await importFile(admin, 'orgs', file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await partition(id)).toEqual(before);
  });

  it('exports xlsx and CSV that re-import unchanged and carry the same data into another tenant', async () => {
    const source = await newTenant();
    const target = await newTenant();
    for (const tenant of [source, target]) {
      await newChain(tenant.admin, '集成电路');
      await newChain(tenant.admin, '现代物流');
    }
    const units = writeXlsx('单位', [
      UNIT_HEADER.slice(0, 11),
      [
        '青浦芯片有限公司',
        '企业',
        '外资',
        code(),
        '徐泾镇',
        '800',
        '40',
        '是',
        '是',
        '是',
        '集成电路、现代物流',
      ],
      ['青浦物流园区', '园区', '', '', '白鹤镇', '', '', '', '', '', '现代物流'],
      ['青浦区商务委', '机关部门', '国有', code(), '', '60', '55', '', '', '', ''],
      ['含=号的单位', '社会组织', '', '', '', '0', '0', '', '', '', ''],
    ]);
    const orgs = writeXlsx('党组织', [
      ORG_HEADER,
      ['中共青浦芯片有限公司委员会', '党委', '', '40', '2015-03-01', '王芳', '徐泾镇', '青浦芯片有限公司'],
      ['研发党支部', '党支部', '中共青浦芯片有限公司委员会', '25', '', '赵敏', '', '青浦芯片有限公司'],
      ['物流功能性党支部', '功能性党支部', '', '9', '', '', '白鹤镇', '青浦物流园区、青浦区商务委'],
    ]);
    expect((await importFile(source.admin, 'units', units)).body).toMatchObject({ created: 4, rejected: [] });
    expect((await importFile(source.admin, 'orgs', orgs)).body).toMatchObject({ created: 3, rejected: [] });
    const before = await partition(source.id);

    const exported: Record<string, { xlsx: Uint8Array; csv: Uint8Array }> = {};
    for (const kind of ['units', 'orgs']) {
      const xlsx = await download(source.admin, `/v1/exports/${kind}`);
      expect(xlsx.response.status).toBe(200);
      expect(xlsx.response.headers.get('content-type')).toBe(XLSX);
      expect(xlsx.response.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="${kind}-\\d{8}\\.xlsx"; filename\\*=UTF-8''%E`),
      );
      const csv = await download(source.admin, `/v1/exports/${kind}?format=csv`);
      expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(rowsOf(csv.bytes, 'csv')).toEqual(rowsOf(xlsx.bytes, 'xlsx'));
      exported[kind] = { xlsx: xlsx.bytes, csv: csv.bytes };
    }
    const unitRows = rowsOf(exported.units?.xlsx ?? new Uint8Array(), 'xlsx');
    expect(unitRows[0]).toEqual(UNIT_HEADER);
    expect(unitRows.slice(1)).toEqual([
      [
        '青浦芯片有限公司',
        '企业',
        '外资',
        expect.any(String),
        '徐泾镇',
        '800',
        '40',
        '是',
        '是',
        '是',
        '集成电路、现代物流',
        '是',
      ],
      ['青浦物流园区', '园区', '', '', '白鹤镇', '', '', '否', '否', '否', '现代物流', '是'],
      ['青浦区商务委', '机关部门', '国有', expect.any(String), '', '60', '55', '否', '否', '否', '', '是'],
      ['含=号的单位', '社会组织', '', '', '', '0', '0', '否', '否', '否', '', '否'],
    ]);
    expect(rowsOf(exported.orgs?.csv ?? new Uint8Array(), 'csv')).toEqual([
      ORG_HEADER,
      ['中共青浦芯片有限公司委员会', '党委', '', '40', '2015-03-01', '王芳', '徐泾镇', '青浦芯片有限公司'],
      ['研发党支部', '党支部', '中共青浦芯片有限公司委员会', '25', '', '赵敏', '', '青浦芯片有限公司'],
      ['物流功能性党支部', '功能性党支部', '', '9', '', '', '白鹤镇', '青浦物流园区、青浦区商务委'],
    ]);

    // Back into the same tenant, either format: nothing changes, not even an audit entry.
    for (const format of ['xlsx', 'csv'] as const) {
      for (const kind of ['units', 'orgs']) {
        const file = exported[kind]?.[format] ?? new Uint8Array();
        const again = await importFile(source.admin, kind, file, {
          type: format === 'xlsx' ? XLSX : 'text/csv',
        });
        expect(again.body, `${kind} ${format}`).toMatchObject({ created: 0, updated: 0, rejected: [] });
      }
    }
    expect(await partition(source.id)).toEqual(before);

    // Into another tenant with the same chains: its exports are the same rows.
    for (const kind of ['units', 'orgs']) {
      const result = await importFile(target.admin, kind, exported[kind]?.csv ?? new Uint8Array(), {
        type: 'text/csv',
      });
      expect(result.body).toMatchObject({ rejected: [] });
    }
    for (const kind of ['units', 'orgs']) {
      const copy = await download(target.admin, `/v1/exports/${kind}?format=csv`);
      expect(rowsOf(copy.bytes, 'csv')).toEqual(rowsOf(exported[kind]?.csv ?? new Uint8Array(), 'csv'));
    }
  });

  it('serves the templates: the header row, as xlsx or CSV', async () => {
    const { admin } = await newTenant();
    const xlsx = await download(admin, '/v1/imports/templates/units');
    expect(xlsx.response.status).toBe(200);
    expect(xlsx.response.headers.get('content-disposition')).toBe(
      `attachment; filename="units-template.xlsx"; filename*=UTF-8''${encodeURIComponent('单位导入模板.xlsx')}`,
    );
    expect(rowsOf(xlsx.bytes, 'xlsx')).toEqual([UNIT_HEADER]);
    const csv = await download(admin, '/v1/imports/templates/orgs?format=csv');
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(rowsOf(csv.bytes, 'csv')).toEqual([ORG_HEADER]);
    // The template itself imports: nothing to do.
    expect((await importFile(admin, 'orgs', csv.bytes, { type: 'text/csv' })).body).toMatchObject({
      rows: 0,
      created: 0,
      rejected: [],
    });
  });

  it('refuses headers that do not fit the template as a whole file', async () => {
    const { admin } = await newTenant();
    const unknown = await importFile(admin, 'units', ' 名 称 ＊,类型,颜色,尺寸\r\n某公司,企业,红,大\r\n');
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'import_header_invalid' });
    expect(unknown.body.rejected).toEqual([
      {
        row: 1,
        message:
          '无法识别的列：颜色、尺寸。可用的列：名称、类型、所有制、统一社会信用代码、所在镇街、职工人数、党员人数、规上企业、高新技术企业、专精特新、所属产业链、已建党组织',
      },
    ]);
    const missing = await importFile(admin, 'orgs', '名称,书记\r\n');
    expect(missing.body.rejected).toEqual([{ row: 1, message: '缺少必填列：类型' }]);
    const empty = await importFile(admin, 'orgs', '');
    expect(empty.body.rejected?.[0]?.message).toMatch(/^文件中没有数据/);
    expect(await listUnits(admin)).toEqual([]);
  });

  it("never shows one tenant's data in another tenant's export", async () => {
    const owner = await newTenant();
    const foreign = await newTenant();
    const secret = code();
    await importFile(
      owner.admin,
      'units',
      writeCsv([
        ['名称', '类型', '统一社会信用代码'],
        ['机密单位', '企业', secret],
      ]),
    );
    await importFile(
      owner.admin,
      'orgs',
      writeCsv([
        ['名称', '类型', '书记'],
        ['机密党委', '党委', '机密书记'],
      ]),
    );
    for (const kind of ['units', 'orgs']) {
      const exported = await download(foreign.admin, `/v1/exports/${kind}?format=csv`);
      expect(exported.response.status).toBe(200);
      const text = new TextDecoder().decode(exported.bytes);
      for (const value of ['机密单位', secret, '机密党委', '机密书记']) expect(text).not.toContain(value);
      expect(rowsOf(exported.bytes, 'csv')).toHaveLength(1);
    }
  });

  it('answers 400 for a wrong kind or an unreadable file, 413 when too large, 415 for JSON, 403 for viewers', async () => {
    const { id, admin } = await newTenant();
    const csv = writeCsv([
      ['名称', '类型'],
      ['某公司', '企业'],
    ]);
    const wrongKind = await importFile(admin, 'people', csv);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body).toMatchObject({ code: 'validation_failed' });
    expect((await importFile(admin, 'units', csv, { mode: 'some' })).status).toBe(400);
    expect((await download(admin, '/v1/exports/units?format=pdf')).response.status).toBe(400);

    const truncated = writeXlsx('单位', [['名称', '类型']]).slice(0, 200);
    const unreadable = await importFile(admin, 'units', truncated, { type: XLSX });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body).toMatchObject({ code: 'file_unreadable', title: '无法读取文件' });
    const legacyXls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await importFile(admin, 'units', legacyXls, { type: 'application/vnd.ms-excel' })).status).toBe(
      400,
    );

    const huge = new Uint8Array(4 * 1024 * 1024 + 1).fill(0x41);
    const tooLarge = await importFile(admin, 'units', huge, { type: 'text/csv' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'payload_too_large' });
    const manyRows = `名称,类型\r\n${Array.from({ length: 10_001 }, (_, i) => `单位${i},企业`).join('\r\n')}`;
    const tooManyRows = await importFile(admin, 'units', manyRows);
    expect(tooManyRows.status).toBe(413);
    expect(tooManyRows.body).toMatchObject({
      code: 'file_too_large',
      detail: '文件不得超过 10000 行数据；请分成几个文件导入',
    });

    const json = await importFile(admin, 'units', '{"name":"某公司"}', { type: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.body.detail).toContain('text/csv');

    const viewer = await importFile({ tenant: id, role: 'tenant_viewer' }, 'units', csv);
    expect(viewer.status).toBe(403);
    expect(await listUnits(admin)).toEqual([]);
  });
});
