// Asynchronous import jobs in the tenant's partition: the job item (its state and report) and its rows in
// chunks of one item each. Runs move the job by its version, so two runs never both take it.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ImportJobRepository,
  type ImportRow,
  importJobView,
  isDomainError,
  rowOfStored,
  type StoredImportJob,
  type StoredRow,
  storedRow,
} from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';
import { importJobKey, importRowsKey, importRowsPrefix, withoutKeys } from './keys.ts';
import { transact } from './transact.ts';
import { writeMetaOps } from './write-meta.ts';

/** The `type` of a job item: the stream filter of the jobs function matches it (import-job-stream.ts). */
const IMPORT_JOB_TYPE = 'IMPORT_JOB';
/** Row chunks outlive any run by far, then expire (the table's TTL), whether or not a job refers to them. */
const CHUNK_TTL_SECONDS = 14 * 24 * 3600;

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
    const rows: ImportRow[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await s.doc.send(
        new QueryCommand({
          ...prefixQuery(s.tableName, importJobKey(tenantId, job.id).pk, importRowsPrefix(job.id)),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of Items) rows.push(...(JSON.parse(String(item.rows)) as StoredRow[]).map(rowOfStored));
      startKey = LastEvaluatedKey;
    } while (startKey);
    return rows;
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
    try {
      if (audit) await transact(s, [{ item: { Update: update } }, putAuditOp(s, tenantId, audit)]);
      else await s.doc.send(new UpdateCommand(update));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      if (isDomainError(error) && error.code === 'version.mismatch') return undefined;
      throw error;
    }
    return expectedVersion + 1;
  },
});
