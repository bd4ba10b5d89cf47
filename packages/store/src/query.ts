// One page of a Query on a known partition, with an opaque cursor bound to the query that made it.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { prefixRange, underPrefix } from './key-range.ts';
import { withoutKeys } from './keys.ts';

export interface PageQuery {
  /** Names the access pattern; part of the cursor binding, so a cursor only fits its own query. */
  readonly name: string;
  readonly partition: string;
  readonly skPrefix: string;
  /** Query the overloaded index instead of the table (eventually consistent). */
  readonly index?: 'gsi1';
  /**
   * With `index`: the partition every returned item must be stored in. A tenant's role session may only write
   * its own partition, but nothing stops it writing any index key; items another partition put under this
   * index key are dropped, so one tenant can never plant entries in another's listing.
   */
  readonly ownerPartition?: string;
  readonly newestFirst?: boolean;
  /** A sort key under the prefix: only the items after it (in ascending order). Part of the cursor binding. */
  readonly startAfter?: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export const queryPage = async <T>(store: StoreContext, query: PageQuery): Promise<Page<T>> => {
  const [pkName, skName] = query.index ? ['gsi1pk', 'gsi1sk'] : ['pk', 'sk'];
  const binding = `${query.name}|${query.partition}|${query.index ?? ''}|${query.startAfter ?? ''}`;
  const range = prefixRange(query.skPrefix);
  if (query.startAfter !== undefined) range.values[':from'] = query.startAfter;
  const { Items: read = [] } = await store.doc.send(
    new QueryCommand({
      TableName: store.tableName,
      ...(query.index ? { IndexName: query.index } : { ConsistentRead: true }),
      KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
      ExpressionAttributeNames: { '#pk': pkName, '#sk': skName },
      ExpressionAttributeValues: { ':pk': query.partition, ...range.values },
      ScanIndexForward: !query.newestFirst,
      // One extra item tells whether another page exists, so the last page carries no cursor (and one more
      // when the range starts at the `startAfter` item itself, which is dropped).
      Limit: query.limit + (query.startAfter === undefined ? 1 : 2),
      ...(query.cursor ? { ExclusiveStartKey: store.cursors.decode(query.cursor, binding) } : {}),
    }),
  );
  const Items = read.filter(
    (item) => underPrefix(query.skPrefix, skName)(item) && item[skName] !== query.startAfter,
  );
  const owned = query.index ? Items.filter((item) => item.pk === query.ownerPartition) : Items;
  const page = owned.slice(0, query.limit);
  const last = page.at(-1);
  const items = page.map((item) => withoutKeys<T>(item));
  if (Items.length <= query.limit || !last) return { items };
  // (Dropped foreign items still count towards the look-ahead: the cursor then resumes after them.)
  const keyNames = query.index ? ['pk', 'sk', 'gsi1pk', 'gsi1sk'] : ['pk', 'sk'];
  const lastKey = Object.fromEntries(keyNames.map((name) => [name, last[name]]));
  return { items, nextCursor: store.cursors.encode(lastKey, binding) };
};
