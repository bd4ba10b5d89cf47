// `npx tsx bench/import.ts`: a 10,000-row units workbook imported through the app on DynamoDB Local (in
// memory, the embedded default). First as an import job into a fresh tenant (`async=true`: 202, then
// `GET /v1/imports/{jobId}` polled until done, the job running in process as under `npm start`); then
// synchronously into another fresh tenant (`async=false`), posted again until no row is pending (one request
// writes for at most 20 s, within the function's 29 s); then imported again (every row unchanged: nothing
// written). Prints a table; part of `npm run bench`, never of `npm test`. IMPORT_BENCH_ROWS changes the row
// count.
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { headerRow, makeCreditCode, tenantCatalog } from '@lianjian/core';
import { writeCsv, writeXlsx } from '@lianjian/sheets';
import { withLocalApp } from './local-app.ts';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 10_000);
const TENANT = 'sh-jinshan';
/** The import job's tenant: as fresh as the synchronous one, with the same chains. */
const JOB_TENANT = 'zj-jiashan';
/** How often the bench asks for the job's state, as a client polling it would. */
const POLL_MS = 250;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TOWNS = [
  '石化街道',
  '朱泾镇',
  '枫泾镇',
  '张堰镇',
  '亭林镇',
  '吕巷镇',
  '廊下镇',
  '金山卫镇',
  '漕泾镇',
  '山阳镇',
  '金山工业区',
];
const CHAINS = ['高端智能装备', '新材料', '生命健康'];
const OWNERSHIPS = ['民营', '民营', '民营', '国有', '外资', '合资'];

/** The template's header row (its last column, 已建党组织, is export-only and left empty here). */
const header = headerRow('units');

/** Enterprises with valid credit codes; one in five in a chain, one in twenty in two. */
const unitRows = (count: number): string[][] =>
  Array.from({ length: count }, (_, i) => {
    const employees = (i * 37) % 480;
    const chains = i % 20 === 0 ? CHAINS.slice(0, 2) : i % 5 === 0 ? [CHAINS[i % 3] as string] : [];
    return [
      `上海金山第${i + 1}号精密制造有限公司`,
      '企业',
      OWNERSHIPS[i % OWNERSHIPS.length] as string,
      makeCreditCode('310116', 100_000 + i),
      TOWNS[i % TOWNS.length] as string,
      String(employees),
      String(Math.floor(employees / 15)),
      employees >= 200 ? '是' : '否',
      i % 7 === 0 ? '是' : '否',
      i % 29 === 0 ? '是' : '否',
      chains.join('、'),
    ];
  });

const seconds = (ms: number) => (ms / 1000).toFixed(1);

const openApi = buildOpenApiDocument();
await withLocalApp(
  'bench-import',
  async ({ issuer, app, onboard }) => {
    const tokens = new Map<string, string>();
    for (const id of [TENANT, JOB_TENANT]) {
      const tenant = tenantCatalog.find((entry) => entry.id === id);
      if (!tenant) throw new Error(`${id} is missing from the tenant catalog`);
      await onboard(tenant);
      const token = await issuer.mint({ sub: `bench-admin-${id}`, tenantId: id, roles: ['tenant_admin'] });
      tokens.set(id, token);
      for (const name of CHAINS) {
        const response = await app.request('/v1/chains', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
        if (response.status !== 201)
          throw new Error(`chain ${name}: ${response.status} ${await response.text()}`);
      }
    }
    const token = tokens.get(TENANT) as string;
    const jobToken = tokens.get(JOB_TENANT) as string;

    const rows = [header, ...unitRows(ROWS)];
    const started = performance.now();
    const xlsx = writeXlsx('单位', rows);
    const writeMs = performance.now() - started;
    const csv = writeCsv(rows);

    const importOnce = async (file: Uint8Array, type: string) => {
      const begin = performance.now();
      const response = await app.request('/v1/imports?kind=units&async=false', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body: file,
      });
      const report = (await response.json()) as Record<string, unknown> & { rejected?: unknown[] };
      const ms = performance.now() - begin;
      if (response.status !== 200 || report.rejected?.length)
        throw new Error(`import answered ${response.status}: ${JSON.stringify(report).slice(0, 500)}`);
      return { ms, report };
    };

    // The import job: the file checked and kept in the request (202), then written in the background.
    const runJob = async () => {
      const jobStart = performance.now();
      const accepted = await app.request('/v1/imports?kind=units&async=true', {
        method: 'POST',
        headers: { authorization: `Bearer ${jobToken}`, 'content-type': XLSX },
        body: xlsx,
      });
      const acceptedMs = performance.now() - jobStart;
      const location = accepted.headers.get('location');
      if (accepted.status !== 202 || !location)
        throw new Error(`import job answered ${accepted.status}: ${(await accepted.text()).slice(0, 500)}`);
      let job = (await accepted.json()) as Record<string, unknown>;
      let polls = 0;
      while (job.status !== 'done' && job.status !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        polls += 1;
        const polled = await app.request(location, { headers: { authorization: `Bearer ${jobToken}` } });
        job = (await polled.json()) as Record<string, unknown>;
      }
      const jobMs = performance.now() - jobStart;
      if (job.status !== 'done' || (job.rejected as unknown[]).length > 0)
        throw new Error(`import job ended ${JSON.stringify(job).slice(0, 500)}`);
      return { acceptedMs, polls, jobMs, job };
    };

    // A large file is written over several requests (each writes for at most IMPORT_WRITE_BUDGET_MS): post the
    // same file until nothing is pending, as a client does.
    const runSync = async () => {
      const requests: number[] = [];
      const firstStart = performance.now();
      let first = await importOnce(xlsx, XLSX);
      requests.push(first.ms);
      const totals = { created: Number(first.report.created), updated: 0 };
      while (Number(first.report.pending) > 0) {
        first = await importOnce(xlsx, XLSX);
        requests.push(first.ms);
        totals.created += Number(first.report.created);
      }
      const firstMs = performance.now() - firstStart;
      return { requests, firstMs, totals };
    };

    // The job first by default; IMPORT_BENCH_SYNC_FIRST=1 swaps the two, to tell their order's share.
    const syncFirst = process.env.IMPORT_BENCH_SYNC_FIRST === '1';
    const syncRun = syncFirst ? await runSync() : undefined;
    const { acceptedMs, polls, jobMs, job } = await runJob();
    const { requests, firstMs, totals } = syncRun ?? (await runSync());
    const again = await importOnce(xlsx, XLSX);
    const againCsv = await importOnce(csv, 'text/csv');
    const exportStart = performance.now();
    const exported = await app.request('/v1/exports/units', {
      headers: { authorization: `Bearer ${token}` },
    });
    const exportBytes = (await exported.arrayBuffer()).byteLength;
    const exportMs = performance.now() - exportStart;

    console.log(
      `\nLianjian import bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, DynamoDB Local in memory, ${syncFirst ? 'synchronous path first' : 'import job first'}\n`,
    );
    console.log('| measure | rows | format | file | seconds | rows/s | report |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const line = (measure: string, format: string, bytes: number, ms: number, report: unknown) =>
      console.log(
        `| ${measure} | ${ROWS.toLocaleString('en')} | ${format} | ${(bytes / 1024).toFixed(0)} KB | ${seconds(ms)} | ${Math.round((ROWS / ms) * 1000).toLocaleString('en')} | ${JSON.stringify(report)} |`,
      );
    const counts = ({ created, updated, unchanged, pending }: Record<string, unknown>) => ({
      created,
      updated,
      unchanged,
      pending,
    });
    line(
      `import job (new tenant, async=true): 202 after ${seconds(acceptedMs)} s, done at poll ${polls} (every ${POLL_MS} ms)`,
      'xlsx',
      xlsx.length,
      jobMs,
      counts(job),
    );
    line(
      `first import (new tenant, async=false), ${requests.length} requests, longest ${seconds(Math.max(...requests))} s`,
      'xlsx',
      xlsx.length,
      firstMs,
      totals,
    );
    line('re-import, same file', 'xlsx', xlsx.length, again.ms, counts(again.report));
    line('re-import, same rows', 'csv', csv.length, againCsv.ms, counts(againCsv.report));
    line('export', 'xlsx', exportBytes, exportMs, { status: exported.status });
    console.log(`\nwriting the workbook itself: ${seconds(writeMs)} s`);
  },
  async () => openApi,
);
