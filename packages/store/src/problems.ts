// Problems (问题收集帮办) and their comments in the alliance partition, read and written through the caller's
// tenant session, or the platform's own access for a scheduled escalation (a scope without a tenant). Every
// write is one transaction: the problem, its index entries, its counters, the audit entry and the feed event.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  DomainError,
  type ProblemComment,
  type ProblemRepository,
  type ProblemScope,
  type StoredProblem,
} from '@lianjian/core';
import { allianceWriteMetaOps } from './alliance-meta.ts';
import { activeMemberCheck } from './alliance-session.ts';
import { statOps } from './alliance-stats.ts';
import type { StoreContext } from './context.ts';
import { filteredPage, type Row } from './filtered-page.ts';
import { prefixRange } from './key-range.ts';
import {
  alliancePartition,
  memberUnitKey,
  PROBLEM_DUE_PREFIX,
  problemCommentKey,
  problemCommentPrefix,
  problemDueBefore,
  problemKey,
  withoutKeys,
} from './keys.ts';
import { problemEntryOps } from './problem-entries.ts';
import { planProblemList } from './problem-plan.ts';
import { type TransactOp, transact } from './transact.ts';
import { versionedUpdate } from './versioned-update.ts';
import { versionFailure } from './write-meta.ts';

/** Set once at creation, or kept by its own writes (`commentCount`, moved without a version). */
const UNCHANGED = new Set(['id', 'createdAt', 'allianceId', 'raiserTenantId', 'commentCount']);

const keyOf = (problem: StoredProblem) => problemKey(problem.allianceId, problem.id);

export const createProblemRepository = (platform: StoreContext): ProblemRepository => {
  const session = (scope: ProblemScope) =>
    scope.tenantId === null ? Promise.resolve(platform) : platform.tenant(scope.tenantId, [scope.allianceId]);
  const tables = (s: StoreContext) => ({ tableName: s.tableName, allianceTableName: s.allianceTableName });

  const problemsOf =
    (s: StoreContext, allianceId: string) =>
    (rows: Row[]): Promise<(Row | undefined)[]> =>
      Promise.all(rows.map((row) => s.allianceItems.get(problemKey(allianceId, String(row.problemId)))));

  const updateOp = (tableName: string, before: StoredProblem, after: StoredProblem): TransactOp => {
    const fields = Object.fromEntries(Object.entries(after).filter(([field]) => !UNCHANGED.has(field)));
    const removed = Object.keys(before).filter((field) => !(field in after) && !UNCHANGED.has(field));
    return {
      item: {
        Update: {
          TableName: tableName,
          Key: keyOf(before),
          ...versionedUpdate(fields, removed, before.version),
        },
      },
      onConditionFailed: versionFailure,
    };
  };

  return {
    async get(scope, problemId) {
      const s = await session(scope);
      const item = await s.allianceItems.get(problemKey(scope.allianceId, problemId));
      return item ? withoutKeys<StoredProblem>(item) : undefined;
    },

    async list(scope, filter, page) {
      const s = await session(scope);
      const plan = planProblemList(filter);
      const { today: _today, ...bound } = filter;
      const found = await filteredPage(s, {
        binding: `problems|${scope.allianceId}|${JSON.stringify(bound)}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: plan.prefix,
        below: plan.below,
        newestFirst: plan.newestFirst,
        filter: plan.filter,
        resolve: plan.viaEntries ? problemsOf(s, scope.allianceId) : async (rows) => rows,
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<StoredProblem>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async toEscalate(scope, today, limit) {
      const s = await session(scope);
      const range = prefixRange(PROBLEM_DUE_PREFIX);
      const rows: Row[] = [];
      let startKey: Record<string, unknown> | undefined;
      // The due-date entries before today that are not escalated yet: escalated ones are passed over, and
      // leave the range when they are resolved, rejected or given a new due date.
      do {
        const page = await s.doc.send(
          new QueryCommand({
            TableName: s.allianceTableName,
            ConsistentRead: true,
            KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
            FilterExpression: '#escalated = :false',
            ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#escalated': 'escalated' },
            ExpressionAttributeValues: {
              ':pk': alliancePartition(scope.allianceId),
              ...range.values,
              ':to': problemDueBefore(today),
              ':false': false,
            },
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        rows.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey && rows.length <= limit);
      const items = await problemsOf(s, scope.allianceId)(rows.slice(0, limit));
      return {
        problems: items.flatMap((item) => (item ? [withoutKeys<StoredProblem>(item)] : [])),
        more: rows.length > limit || startKey !== undefined,
      };
    },

    async create(scope, problem, response, deltas, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      const { allianceId } = problem;
      await transact(s, [
        {
          item: {
            Put: {
              TableName: table,
              Item: { ...keyOf(problem), type: 'PROBLEM', ...problem },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        ...problemEntryOps(table, undefined, problem),
        activeMemberCheck(table, allianceId, problem.assigneeTenantId),
        ...(problem.memberUnitId === undefined
          ? []
          : [
              {
                item: {
                  ConditionCheck: {
                    TableName: table,
                    Key: memberUnitKey(allianceId, problem.memberUnitId),
                    ConditionExpression: 'ownerTenantId = :raiser',
                    ExpressionAttributeValues: { ':raiser': problem.raiserTenantId },
                  },
                },
                onConditionFailed: () =>
                  new DomainError('problem.memberUnitNotFound', {
                    memberUnitId: String(problem.memberUnitId),
                  }),
              },
            ]),
        ...statOps(table, allianceId, deltas),
        ...allianceWriteMetaOps(tables(s), allianceId, meta, { type: 'problem', body: response }),
      ]);
    },

    async update(scope, { before, after, deltas }, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        updateOp(table, before, after),
        ...problemEntryOps(table, before, after),
        ...(after.assigneeTenantId === before.assigneeTenantId
          ? []
          : [activeMemberCheck(table, scope.allianceId, after.assigneeTenantId)]),
        ...statOps(table, scope.allianceId, deltas),
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta),
      ]);
    },

    async comments(scope, problemId, page) {
      const s = await session(scope);
      const found = await filteredPage(s, {
        binding: `problems.comments|${scope.allianceId}|${problemId}`,
        tableName: s.allianceTableName,
        partition: alliancePartition(scope.allianceId),
        prefix: problemCommentPrefix(problemId),
        newestFirst: false,
        resolve: async (rows) => rows,
        limit: page.limit,
        cursor: page.cursor,
      });
      const items = found.items.map((item) => withoutKeys<ProblemComment>(item));
      return found.nextCursor ? { items, nextCursor: found.nextCursor } : { items };
    },

    async addComment(scope, comment, meta) {
      const s = await session(scope);
      const table = s.allianceTableName;
      await transact(s, [
        {
          item: {
            Update: {
              TableName: table,
              Key: problemKey(comment.allianceId, comment.problemId),
              UpdateExpression: 'ADD commentCount :one',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          onConditionFailed: () => new DomainError('resource.notFound'),
        },
        {
          item: {
            Put: {
              TableName: table,
              Item: {
                ...problemCommentKey(comment.allianceId, comment.problemId, comment.id),
                type: 'PROBLEM_COMMENT',
                ...comment,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
        ...allianceWriteMetaOps(tables(s), scope.allianceId, meta, { type: 'problemComment', body: comment }),
      ]);
    },
  };
};
