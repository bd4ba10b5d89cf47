// Units in the tenant partition. Lists by category read the category's entries (one Query) and then the
// units themselves (one BatchGetItem), so a page costs the same however many units the tenant has.
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  ALL_UNITS,
  type ListUnitsQuery,
  type Page,
  publicUnit,
  type StoredUnit,
  type Unit,
  type UnitCreation,
  type UnitRepository,
} from '@lianjian/core';
import { putAuditOp } from './audit.ts';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';
import {
  tenantPartition,
  UNIT_PREFIX,
  unitCategoryPrefix,
  unitGapIndexKey,
  unitKey,
  withoutKeys,
} from './keys.ts';
import { queryPage } from './query.ts';
import { transact } from './transact.ts';
import { groupsFittingOneTransaction, unitTransitionOps } from './unit-state.ts';
import { writeMetaOps } from './write-meta.ts';

/** A filtered page reads at most this many Query pages before answering with what it found and a cursor. */
const MAX_FILTER_READS = 8;

const storedUnit = (item: Record<string, unknown>): StoredUnit => ({
  ...withoutKeys<StoredUnit>(item),
  rev: Number(item.rev ?? 1),
});

/** The most selective category a filter names: its entries are read, the other conditions filter them. */
const primaryCategory = (query: ListUnitsQuery): string => {
  if (query.chainId) return `chain:${query.chainId}`;
  if (query.town) return `town:${query.town}`;
  if (query.flag) return `flag:${query.flag}`;
  if (query.kind) return `kind:${query.kind}`;
  return ALL_UNITS;
};

/** The conditions besides the primary category, as a filter on category entries. */
const residualFilter = (query: ListUnitsQuery, primary: string, onGapIndex: boolean) => {
  const terms: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const add = (term: string, name: string, value: unknown) => {
    terms.push(term);
    names[`#${name}`] = name;
    values[`:${name}`] = value;
  };
  if (query.kind && primary !== `kind:${query.kind}`) add('#kind = :kind', 'kind', query.kind);
  if (query.flag && primary !== `flag:${query.flag}`) add('contains(#flags, :flags)', 'flags', query.flag);
  if (query.town && primary !== `town:${query.town}`) add('#town = :town', 'town', query.town);
  if (query.hasPartyOrg !== undefined && !onGapIndex)
    add('#hasPartyOrg = :hasPartyOrg', 'hasPartyOrg', query.hasPartyOrg);
  // chainId is always the primary category when present.
  return terms.length
    ? {
        FilterExpression: terms.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }
    : undefined;
};

export const createUnitRepository = (platform: StoreContext): UnitRepository => {
  const getMany = async (s: StoreContext, tenantId: string, unitIds: readonly string[]): Promise<Unit[]> => {
    const items = await Promise.all(unitIds.map((id) => s.items.get(unitKey(tenantId, id))));
    // An entry whose unit vanished between the two reads (a concurrent delete) is skipped.
    return items.flatMap((item) => (item ? [publicUnit(storedUnit(item))] : []));
  };

  /**
   * One page of category entries, filtered, then their units. `binding` ties the cursor to this exact query.
   */
  const entriesPage = async (
    s: StoreContext,
    tenantId: string,
    input: { keyQuery: QueryCommandInput; filter?: ReturnType<typeof residualFilter>; binding: string },
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<Unit>> => {
    const owner = tenantPartition(tenantId);
    const found: Record<string, unknown>[] = [];
    let startKey = cursor ? s.cursors.decode(cursor, input.binding) : undefined;
    const names = { ...input.keyQuery.ExpressionAttributeNames, ...input.filter?.ExpressionAttributeNames };
    const values = {
      ...input.keyQuery.ExpressionAttributeValues,
      ...input.filter?.ExpressionAttributeValues,
    };
    for (let reads = 0; reads < MAX_FILTER_READS && found.length <= limit; reads++) {
      const { Items = [], LastEvaluatedKey } = await s.doc.send(
        new QueryCommand({
          ...input.keyQuery,
          ...(input.filter ? { FilterExpression: input.filter.FilterExpression } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          Limit: input.filter ? Math.max(limit * 4, 100) : limit + 1,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      // Index entries must be stored in the tenant's own partition (see queryPage's ownerPartition).
      found.push(...Items.filter((item) => item.pk === owner));
      startKey = LastEvaluatedKey;
      if (!startKey) break;
    }
    const page = found.slice(0, limit);
    const units = await getMany(
      s,
      tenantId,
      page.map((entry) => String(entry.unitId)),
    );
    const keyNames = input.keyQuery.IndexName ? ['pk', 'sk', 'gsi1pk', 'gsi1sk'] : ['pk', 'sk'];
    const last = page.at(-1);
    // More entries were found than fit: resume after the last one shown. Otherwise resume where reading stopped.
    const resumeAt =
      found.length > limit && last
        ? Object.fromEntries(keyNames.map((name) => [name, last[name]]))
        : startKey;
    return resumeAt
      ? { items: units, nextCursor: s.cursors.encode(resumeAt, input.binding) }
      : { items: units };
  };

  return {
    async get(tenantId, unitId) {
      const s = await platform.tenant(tenantId);
      const item = await s.items.get(unitKey(tenantId, unitId));
      return item ? storedUnit(item) : undefined;
    },

    async list(tenantId, query) {
      const s = await platform.tenant(tenantId);
      const primary = primaryCategory(query);
      const filtered = primary !== ALL_UNITS || query.hasPartyOrg !== undefined;
      const binding = `units.list|${tenantId}|${JSON.stringify({ ...query, limit: undefined, cursor: undefined })}`;
      if (!filtered) {
        const page = await queryPage<StoredUnit>(s, {
          name: 'units.all',
          partition: tenantPartition(tenantId),
          skPrefix: UNIT_PREFIX,
          limit: query.limit,
          cursor: query.cursor,
        });
        return { ...page, items: page.items.map(publicUnit) };
      }
      const onGapIndex = query.hasPartyOrg === false;
      const keyQuery = onGapIndex ? gapQuery(s, tenantId, primary) : categoryQuery(s, tenantId, primary);
      const filter = residualFilter(query, primary, onGapIndex);
      return entriesPage(
        s,
        tenantId,
        { keyQuery, ...(filter ? { filter } : {}), binding },
        query.limit,
        query.cursor,
      );
    },

    async listGaps(tenantId, { category, limit, cursor }) {
      const s = await platform.tenant(tenantId);
      return entriesPage(
        s,
        tenantId,
        { keyQuery: gapQuery(s, tenantId, category), binding: `units.gaps|${tenantId}|${category}` },
        limit,
        cursor,
      );
    },

    async *all(tenantId) {
      const s = await platform.tenant(tenantId);
      let startKey: Record<string, unknown> | undefined;
      do {
        const { Items = [], LastEvaluatedKey } = await s.doc.send(
          new QueryCommand({
            ...unitPrefixQuery(s, tenantId),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of Items) yield storedUnit(item);
        startKey = LastEvaluatedKey;
      } while (startKey);
    },

    async write(tenantId, transition, meta) {
      const s = await platform.tenant(tenantId);
      const created = transition.before ? undefined : transition.after;
      await transact(s, [
        ...unitTransitionOps(s, tenantId, [transition]),
        ...writeMetaOps(s, tenantId, meta, created && { type: 'unit', body: publicUnit(created) }),
      ]);
    },

    // The operation count does not depend on the table or the session, so the platform context counts them.
    groupCreations: (tenantId, creations) =>
      groupsFittingOneTransaction(platform, tenantId, creations, creationTransition, auditCount),

    async createMany(tenantId, creations) {
      const s = await platform.tenant(tenantId);
      await transact(s, [
        ...unitTransitionOps(s, tenantId, creations.map(creationTransition)),
        ...creations.flatMap(({ audit }) => audit.map((entry) => putAuditOp(s, tenantId, entry))),
      ]);
    },
  };
};

const creationTransition = ({ unit }: UnitCreation) => ({ after: unit });
const auditCount = ({ audit }: UnitCreation) => audit.length;

/** Every unit item, in id (creation) order. */
const unitPrefixQuery = (s: StoreContext, tenantId: string): QueryCommandInput =>
  prefixQuery(s.tableName, tenantPartition(tenantId), UNIT_PREFIX);

/** A category's entries in unit id order. */
const categoryQuery = (s: StoreContext, tenantId: string, category: string): QueryCommandInput =>
  prefixQuery(s.tableName, tenantPartition(tenantId), unitCategoryPrefix(category));

/** A category's entries whose unit has no Party organisation (the sparse gap index; eventually consistent). */
const gapQuery = (s: StoreContext, tenantId: string, category: string): QueryCommandInput => ({
  TableName: s.tableName,
  IndexName: 'gsi1',
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': 'gsi1pk' },
  ExpressionAttributeValues: { ':pk': unitGapIndexKey(tenantId, category, '').gsi1pk },
});
