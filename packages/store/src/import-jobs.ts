// Asynchronous import jobs in the tenant's partition: the job item (its state and report), its rows in chunks
// of one item each, and while it is unfinished a marker the sweep finds it by. Runs move the job by its
// version, so two runs never both take it.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ImportJobRepository,
  importJobView,
  isDomainError,
  rowOfStored,
  type StoredImportJob,
  type StoredRow,
  storedRow,
} from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import {
  importJobKey,
  importRowsKey,
  importRowsPrefix,
  tenantPartition,
  UNFINISHED_IMPORT_JOB_PREFIX,
  unfinishedImportJobKey,
  withoutKeys,
} from './keys.ts';
import { queryAll } from './query-all.ts';
import { transact } from './transact.ts';
import { writeMetaOps } from './write-meta.ts';

/** The `type` of a job item: the stream filter of the jobs function matches it (import-job-stream.ts). */
const IMPORT_JOB_TYPE = 'IMPORT_JOB';
/** Row chunks outlive any run by far, then expire (the table's TTL), whether or not a job refers to them. */
const CHUNK_TTL_SECONDS = 14 * 24 * 3600;

const finished = (status: StoredImportJob['status']) => status === 'done' || status === 'failed';

const unfinishedMarker = (tenantId: string, jobId: string) => ({
  ...unfinishedImportJobKey(tenantId, jobId),
  type: 'IMPORT_JOB_UNFINISHED',
  jobId,
});

export const createImportJobRepository = (platform: StoreContext): ImportJobRepository => ({
  async create(tenantId, job, chunks, meta) {
    const s = await platform.tenant(tenantId);
    const expiresAt = Math.floor(Date.parse(job.createdAt) / 1000) + CHUNK_TTL_SECONDS;
    // Chunks first, each its own Put: together they may pass a transaction's 4 MB. The job comes last, so
    // a run never finds a job whose rows are not all written.
    for (const [index, rows] of chunks.entries()) {
      await s.doc.send(
        new PutCommand({
          TableName: s.tableName,
          Item: {
            ...importRowsKey(tenantId, job.id, index),
            type: 'IMPORT_ROWS',
            rows: JSON.stringify(rows.map(storedRow)),
            expiresAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    }
    await transact(s, [
      {
        item: {
          Put: {
            TableName: s.tableName,
            Item: { ...importJobKey(tenantId, job.id), type: IMPORT_JOB_TYPE, ...job },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...(finished(job.status)
        ? []
        : [{ item: { Put: { TableName: s.tableName, Item: unfinishedMarker(tenantId, job.id) } } }]),
      ...writeMetaOps(s, tenantId, meta, { type: 'importJob', body: importJobView(job) }),
    ]);
  },

  async get(tenantId, jobId) {
    const s = await platform.tenant(tenantId);
    const item = await s.items.get(importJobKey(tenantId, jobId));
    return item ? withoutKeys<StoredImportJob>(item) : undefined;
  },

  async rows(tenantId, job) {
    const s = await platform.tenant(tenantId);
    const chunks = await queryAll(s, s.tableName, tenantPartition(tenantId), importRowsPrefix(job.id));
    return chunks.flatMap((chunk) => (JSON.parse(String(chunk.rows)) as StoredRow[]).map(rowOfStored));
  },

  async update(tenantId, jobId, expectedVersion, progress, audit) {
    const s = await platform.tenant(tenantId);
    const { leaseUntil, ...fields } = progress;
    const names: Record<string, string> = { '#version': 'version', '#leaseUntil': 'leaseUntil' };
    const values: Record<string, unknown> = { ':expected': expectedVersion, ':next': expectedVersion + 1 };
    const sets = ['#version = :next'];
    for (const [field, value] of Object.entries({ ...fields, ...(leaseUntil ? { leaseUntil } : {}) })) {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    const update = {
      TableName: s.tableName,
      Key: importJobKey(tenantId, jobId),
      UpdateExpression: `SET ${sets.join(', ')}${leaseUntil ? '' : ' REMOVE #leaseUntil'}`,
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    };
    const ended = finished(progress.status)
      ? [{ item: { Delete: { TableName: s.tableName, Key: unfinishedImportJobKey(tenantId, jobId) } } }]
      : [];
    try {
      if (audit || ended.length > 0)
        await transact(s, [
          { item: { Update: update } },
          ...(audit ? [putAuditOp(s, tenantId, audit)] : []),
          ...ended,
        ]);
      else await s.doc.send(new UpdateCommand(update));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      if (isDomainError(error) && error.code === 'version.mismatch') return undefined;
      throw error;
    }
    return expectedVersion + 1;
  },

  async unfinished(tenantId) {
    const s = await platform.tenant(tenantId);
    const markers = await queryAll(s, s.tableName, tenantPartition(tenantId), UNFINISHED_IMPORT_JOB_PREFIX);
    return markers.map((marker) => String(marker.jobId));
  },
});
