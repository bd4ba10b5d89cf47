// Asynchronous imports end to end against DynamoDB Local: `POST /v1/imports?async=true` checks the file, keeps
// it as a job and answers 202; the job is written in process (as `npm start` runs it) and followed with
// `GET /v1/imports/{jobId}`. A second harness leaves runs to the test, to run the jobs function's entry with
// little time left: the job stays queued, and the next run goes on without writing any row twice.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { makeCreditCode } from '@lianjian/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Caller, createHarness, type Harness } from './support/harness.ts';
import { canonicalItems, scanTable } from './support/table-scan.ts';

type Json = Record<string, unknown>;
interface Job {
  id: string;
  status: string;
  kind: string;
  mode: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  pending: number;
  rejected: { row: number; column?: string; message: string }[];
}

const HEADER = '名称*,类型*,统一社会信用代码,所在镇街';
let serial = 0;
let codeSerial = 600_000;

/** A CSV of `count` new enterprises (valid credit codes), plus the given extra lines. */
const unitsCsv = (count: number, extra: readonly string[] = []) => {
  serial += 1;
  const lines = Array.from({ length: count }, (_, i) => {
    codeSerial += 1;
    return `异步导入第${serial}批第${i + 1}号有限公司,企业,${makeCreditCode('310116', codeSerial)},朱泾镇`;
  });
  return `${[HEADER, ...lines, ...extra].join('\r\n')}\r\n`;
};

describe('asynchronous imports', () => {
  let h: Harness;
  let tenantSerial = 0;

  beforeAll(async () => {
    h = await createHarness();
  });

  const newTenant = async (harness: Harness = h) => {
    tenantSerial += 1;
    const id = `sh-ajob${tenantSerial}x${Math.random().toString(36).slice(2, 6)}`;
    await harness.addTenant(id);
    return { id, admin: { tenant: id, role: 'tenant_admin' } as Caller };
  };

  const post = async (as: Caller, csv: string, query = 'kind=units&async=true', headers = {}) => {
    const response = await h.call('POST', `/v1/imports?${query}`, {
      as,
      body: csv,
      headers: { 'content-type': 'text/csv', ...headers },
    });
    return { response, body: (await response.json()) as Job & Json };
  };

  /** Follows the job as a client does, until it is done or failed. */
  const follow = async (as: Caller, location: string, lang?: string): Promise<Job> => {
    for (let i = 0; i < 600; i++) {
      const response = await h.call('GET', location, {
        as,
        ...(lang ? { headers: { 'accept-language': lang } } : {}),
      });
      expect(response.status).toBe(200);
      const job = (await response.json()) as Job;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import job ${location} did not finish`);
  };

  const unitCount = async (as: Caller) => {
    let count = 0;
    let cursor: string | undefined;
    do {
      const response = await h.call('GET', `/v1/units?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { as });
      const page = (await response.json()) as { items: unknown[]; nextCursor?: string };
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  };

  const auditActions = async (as: Caller) => {
    const actions: string[] = [];
    let cursor: string | undefined;
    do {
      const response = await h.call('GET', `/v1/audit?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { as });
      const page = (await response.json()) as { items: { action: string }[]; nextCursor?: string };
      actions.push(...page.items.map((entry) => entry.action));
      cursor = page.nextCursor;
    } while (cursor);
    return actions;
  };

  it('answers 202 with the job, writes the valid rows, reports the rejected ones; a re-import changes nothing', async () => {
    const { admin } = await newTenant();
    const csv = unitsCsv(30, [`坏代码有限公司,企业,91310116MA1234567X,朱泾镇`, `无类型有限公司,,,朱泾镇`]);
    const { response, body } = await post(admin, csv);
    expect(response.status).toBe(202);
    const location = response.headers.get('location');
    expect(location).toBe(`/v1/imports/${body.id}`);
    expect(body).toMatchObject({ kind: 'units', mode: 'valid-rows', rows: 32, created: 0, pending: 30 });
    expect(['queued', 'running', 'done']).toContain(body.status);
    // The rows the checks refused are in the report from the start, with Excel row numbers, in Chinese.
    expect(body.rejected.map((r) => r.row)).toEqual([32, 33]);
    expect(body.rejected[0]).toMatchObject({
      column: '统一社会信用代码',
      message: '统一社会信用代码校验位不正确',
    });

    const job = await follow(admin, String(location));
    expect(job).toMatchObject({
      status: 'done',
      rows: 32,
      created: 30,
      updated: 0,
      unchanged: 0,
      pending: 0,
    });
    expect(job.rejected.map((r) => r.row)).toEqual([32, 33]);
    expect(await unitCount(admin)).toBe(30);
    const english = await follow(admin, String(location), 'en');
    expect(english.rejected[0]?.message).toMatch(/check character/i);

    const again = await post(admin, csv);
    expect(again.response.status).toBe(202);
    const unchanged = await follow(admin, String(again.response.headers.get('location')));
    expect(unchanged).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 30, pending: 0 });
    expect(await unitCount(admin)).toBe(30);

    const actions = await auditActions(admin);
    expect(actions.filter((action) => action === 'unit.created')).toHaveLength(30);
    expect(actions.filter((action) => action === 'importJob.created')).toHaveLength(2);
    expect(actions.filter((action) => action === 'importJob.done')).toHaveLength(2);
  });

  it('imports organisations as a job: parents named by rows of the same file, orphans reported', async () => {
    const { admin } = await newTenant();
    const branches = Array.from(
      { length: 12 },
      (_, i) => `中共朱泾镇第${i + 1}支部委员会,党支部,中共朱泾镇委员会,${10 + i}`,
    );
    const csv = `${[
      '名称*,类型*,上级党组织,党员人数',
      '中共朱泾镇委员会,党委,,320',
      ...branches,
      '孤儿支部,党支部,不存在的党委,5',
    ].join('\r\n')}\r\n`;
    const { response, body } = await post(admin, csv, 'kind=orgs&async=true');
    expect(response.status).toBe(202);
    expect(body).toMatchObject({ kind: 'orgs', rows: 14 });
    const job = await follow(admin, String(response.headers.get('location')));
    expect(job).toMatchObject({ status: 'done', created: 13, updated: 0, pending: 0 });
    expect(job.rejected).toEqual([
      { row: 15, column: '上级党组织', message: '上级党组织“不存在的党委”不存在或重名' },
    ]);
    const orgs = (await (await h.call('GET', '/v1/orgs?limit=100', { as: admin })).json()) as {
      items: { id: string; name: string; parentId?: string }[];
    };
    const committee = orgs.items.find((org) => org.name === '中共朱泾镇委员会');
    expect(orgs.items).toHaveLength(13);
    expect(orgs.items.filter((org) => org.parentId === committee?.id)).toHaveLength(12);

    // The same file again: every organisation unchanged, the orphan refused again.
    const again = await post(admin, csv, 'kind=orgs&async=true');
    const unchanged = await follow(admin, String(again.response.headers.get('location')));
    expect(unchanged).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 13 });
  });

  it('makes a job of a file past 2,000 rows unless async=false, and none of a small one', async () => {
    const { admin } = await newTenant();
    // Rows without a kind are all refused in the checks: the job is done at once, writing nothing.
    const many = `${[HEADER, ...Array.from({ length: 2_001 }, (_, i) => `大文件第${i}号公司,,,`)].join('\r\n')}\r\n`;
    const big = await post(admin, many, 'kind=units');
    expect(big.response.status).toBe(202);
    expect(big.body).toMatchObject({ status: 'done', rows: 2_001, created: 0, pending: 0 });
    expect(big.body.rejected).toHaveLength(2_001);
    const forcedSync = await post(admin, many, 'kind=units&async=false');
    expect(forcedSync.response.status).toBe(200);
    expect(forcedSync.body).toMatchObject({ rows: 2_001, created: 0 });
    expect(forcedSync.body.status).toBeUndefined();
    const small = await post(admin, unitsCsv(2), 'kind=units');
    expect(small.response.status).toBe(200);
    expect(small.body).toMatchObject({ created: 2 });
  });

  it('replays the 202 for the same Idempotency-Key and file, and refuses the key for another file', async () => {
    const { admin } = await newTenant();
    const csv = unitsCsv(3);
    const key = { 'idempotency-key': `async-import-${Math.random().toString(36).slice(2)}` };
    const first = await post(admin, csv, 'kind=units&async=true', key);
    expect(first.response.status).toBe(202);
    const replay = await post(admin, csv, 'kind=units&async=true', key);
    expect(replay.response.status).toBe(202);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.response.headers.get('location')).toBe(`/v1/imports/${first.body.id}`);
    expect(replay.body.id).toBe(first.body.id);
    const other = await post(admin, unitsCsv(1), 'kind=units&async=true', key);
    expect(other.response.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency_key_reused' });
    await follow(admin, `/v1/imports/${first.body.id}`);
    expect(await unitCount(admin)).toBe(3);
  });

  it('refuses a bad file as an RFC 9457 problem, Chinese by default and English on request, writing nothing', async () => {
    const { id, admin } = await newTenant();
    const partition = async () =>
      canonicalItems((await scanTable(h.store)).filter((item) => String(item.pk).endsWith(id)));
    const before = await partition();

    const badHeader = await post(admin, '名字,类型*\r\n某公司,企业\r\n');
    expect(badHeader.response.status).toBe(422);
    expect(badHeader.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(badHeader.body).toMatchObject({ code: 'import_header_invalid', status: 422 });
    expect(String(badHeader.body.title)).toMatch(/[\u4e00-\u9fff]/);
    expect((badHeader.body.rejected as Job['rejected'])[0]).toMatchObject({ row: 1 });

    const english = await post(admin, '名字,类型*\r\n某公司,企业\r\n', 'kind=units&async=true', {
      'accept-language': 'en',
    });
    expect(english.response.status).toBe(422);
    expect(String(english.body.title)).toMatch(/^[\x20-\x7e]+$/);

    const strict = await post(
      admin,
      unitsCsv(3, ['坏代码有限公司,企业,91310116MA1234567X,朱泾镇']),
      'kind=units&async=true&mode=all-or-nothing',
    );
    expect(strict.response.status).toBe(422);
    expect(strict.body).toMatchObject({ code: 'import_rejected' });
    expect((strict.body.rejected as Job['rejected']).map((r) => r.row)).toEqual([5]);

    const wrongAsync = await post(admin, unitsCsv(1), 'kind=units&async=yes');
    expect(wrongAsync.response.status).toBe(400);
    expect(wrongAsync.body).toMatchObject({ code: 'validation_failed' });

    expect(await partition()).toEqual(before);
  });

  it('answers 404 for another tenant’s job, and for an unknown one', async () => {
    const owner = await newTenant();
    const other = await newTenant();
    const { response, body } = await post(owner.admin, unitsCsv(1));
    expect(response.status).toBe(202);
    const location = `/v1/imports/${body.id}`;
    await follow(owner.admin, location);
    const foreign = await h.call('GET', location, { as: other.admin });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain(body.id);
    const unknown = await h.call('GET', '/v1/imports/01JD6Q3V8Y7M2K5N4P3R2S1T0V', { as: owner.admin });
    expect(unknown.status).toBe(404);
  });
});

describe('import job runs (the jobs function)', () => {
  let h: Harness;
  let runJob: typeof import('../functions/jobs/src/index.ts').runJob;

  beforeAll(async () => {
    // Nothing starts runs here: the test runs the jobs function's entry as the stream would.
    h = await createHarness({ services: { importJobStarter: 'stream' } });
    process.env.TABLE_NAME = h.store.tableName;
    process.env.DYNAMODB_ENDPOINT = inject('dynamodbEndpoint');
    ({ runJob } = await import('../functions/jobs/src/index.ts'));
  });

  /** The stream record of a job item as the event source mapping passes it on (keys only are read). */
  const streamEvent = (tenantId: string, jobId: string) => ({
    Records: [
      {
        eventName: 'INSERT' as const,
        dynamodb: { Keys: { pk: { S: `T#${tenantId}` }, sk: { S: `IMPORTJOB#${jobId}` } } },
      },
    ],
  });

  /** Rewrites a job item as a run that died, or a start that was lost, would have left it. */
  const leaveJob = async (tenantId: string, jobId: string, fields: Record<string, unknown>) => {
    const names = Object.fromEntries(Object.keys(fields).map((field) => [`#${field}`, field]));
    const values = Object.fromEntries(Object.entries(fields).map(([field, value]) => [`:${field}`, value]));
    await h.store.doc.send(
      new UpdateCommand({
        TableName: h.store.tableName,
        Key: { pk: `T#${tenantId}`, sk: `IMPORTJOB#${jobId}` },
        UpdateExpression: `SET ${Object.keys(fields)
          .map((field) => `#${field} = :${field}`)
          .join(', ')}, #version = #version + :one`,
        ExpressionAttributeNames: { ...names, '#version': 'version' },
        ExpressionAttributeValues: { ...values, ':one': 1 },
      }),
    );
  };
  const jobItem = async (tenantId: string, jobId: string) =>
    (await scanTable(h.store)).find(
      (item) => item.pk === `T#${tenantId}` && item.sk === `IMPORTJOB#${jobId}`,
    );
  const markers = async (tenantId: string) =>
    (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${tenantId}` && String(item.sk).startsWith('IMPORTOPEN#'),
    );

  it('sweeps: a job whose run died is queued again (failed after three), a lost start is started again', async () => {
    const tenant = `sh-ajobsweep${Math.random().toString(36).slice(2, 6)}`;
    await h.addTenant(tenant);
    const admin: Caller = { tenant, role: 'tenant_admin' };
    const postJob = async () => {
      const posted = await h.call('POST', '/v1/imports?kind=units&async=true', {
        as: admin,
        body: unitsCsv(5),
        headers: { 'content-type': 'text/csv' },
      });
      expect(posted.status).toBe(202);
      return ((await posted.json()) as Job).id;
    };
    const [died, diedOften, lost, fresh] = [
      await postJob(),
      await postJob(),
      await postJob(),
      await postJob(),
    ];
    expect(await markers(tenant)).toHaveLength(4);
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    // A run took each of the first two and died holding its lease (the function timed out, the process
    // stopped); the third's stream record was lost 11 minutes ago; the fourth was queued just now.
    await leaveJob(tenant, died, { status: 'running', leaseUntil: minutesAgo(1) });
    await leaveJob(tenant, diedOften, { status: 'running', leaseUntil: minutesAgo(1), failedRuns: 2 });
    await leaveJob(tenant, lost, { updatedAt: minutesAgo(11) });
    const versions = {
      died: (await jobItem(tenant, died))?.version,
      lost: (await jobItem(tenant, lost))?.version,
      fresh: (await jobItem(tenant, fresh))?.version,
    };

    const swept = await runJob({ job: 'imports' }, { awsRequestId: 'sweep-1' });
    expect(swept).toMatchObject({ unfinished: 4, restarted: 2, failed: 1 });
    expect(await jobItem(tenant, died)).toMatchObject({
      status: 'queued',
      failedRuns: 1,
      version: Number(versions.died) + 1,
    });
    expect((await jobItem(tenant, died))?.leaseUntil).toBeUndefined();
    expect(await jobItem(tenant, diedOften)).toMatchObject({ status: 'failed', failedRuns: 3 });
    // Queued again (a new version is a new stream record: the next run's start), its failed runs unchanged.
    expect(await jobItem(tenant, lost)).toMatchObject({
      status: 'queued',
      failedRuns: 0,
      version: Number(versions.lost) + 1,
    });
    expect(await jobItem(tenant, fresh)).toMatchObject({ status: 'queued', version: versions.fresh });
    expect((await markers(tenant)).map((marker) => marker.jobId).sort()).toEqual([died, fresh, lost].sort());
    const failedAudits = (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${tenant}` && item.action === 'importJob.failed',
    );
    expect(failedAudits).toHaveLength(1);

    // Right after, nothing is abandoned any more: the sweep leaves every job alone.
    expect(await runJob({ job: 'imports' }, { awsRequestId: 'sweep-2' })).toMatchObject({
      unfinished: 3,
      restarted: 0,
      failed: 0,
    });
    // The runs the stream starts finish them; finished jobs leave no marker, and the sweep finds none.
    for (const id of [died, lost, fresh]) {
      expect(await runJob(streamEvent(tenant, id), { awsRequestId: `run-${id}` })).toMatchObject({ done: 1 });
    }
    expect(await markers(tenant)).toHaveLength(0);
    expect(await runJob({ job: 'imports' }, { awsRequestId: 'sweep-3' })).toMatchObject({ unfinished: 0 });
    const units = (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${tenant}` && String(item.sk).startsWith('UNIT#'),
    );
    expect(units).toHaveLength(15);
  });

  it('leaves a job queued when time runs out; the next run goes on and writes no row twice', async () => {
    const tenant = `sh-ajobrun${Math.random().toString(36).slice(2, 6)}`;
    await h.addTenant(tenant);
    const admin: Caller = { tenant, role: 'tenant_admin' };
    const posted = await h.call('POST', '/v1/imports?kind=units&async=true', {
      as: admin,
      body: unitsCsv(200),
      headers: { 'content-type': 'text/csv' },
    });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as Job;
    const get = async () => (await (await h.call('GET', `/v1/imports/${id}`, { as: admin })).json()) as Job;
    expect(await get()).toMatchObject({ status: 'queued', pending: 200 });

    // A run with 300 ms beyond the function's reserve: it writes a few batches, then queues the job again.
    const deadline = Date.now() + 20_000 + 300;
    const short = await runJob(streamEvent(tenant, id), {
      awsRequestId: 'short-run',
      getRemainingTimeInMillis: () => deadline - Date.now(),
    });
    expect(short).toMatchObject({ jobs: 1, queued: 1 });
    const partial = await get();
    expect(partial.status).toBe('queued');
    expect(partial.created).toBeGreaterThan(0);
    expect(partial.created).toBeLessThan(200);
    expect(partial.pending).toBe(200 - partial.created);

    // Records of other items are skipped; the job's own record runs it to the end.
    const skipped = await runJob(
      { Records: [{ dynamodb: { Keys: { pk: { S: `T#${tenant}` }, sk: { S: 'UNIT#x' } } } }] },
      { awsRequestId: 'other' },
    );
    expect(skipped).toMatchObject({ jobs: 0 });
    const full = await runJob(streamEvent(tenant, id), { awsRequestId: 'full-run' });
    expect(full).toMatchObject({ jobs: 1, done: 1 });
    expect(await get()).toMatchObject({
      status: 'done',
      created: 200,
      unchanged: 0,
      pending: 0,
      rejected: [],
    });

    // Every unit exactly once: one `unit.created` entry each, and a finished job is left alone.
    const units = (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${tenant}` && String(item.sk).startsWith('UNIT#'),
    );
    expect(units).toHaveLength(200);
    const audits = (await scanTable(h.store)).filter(
      (item) => item.pk === `T#${tenant}` && item.action === 'unit.created',
    );
    expect(audits).toHaveLength(200);
    const rerun = await runJob({ job: 'import', tenantId: tenant, jobId: id }, { awsRequestId: 'again' });
    expect(rerun).toMatchObject({ jobs: 1, done: 1 });
    expect(await get()).toMatchObject({ status: 'done', created: 200 });
  });
});
