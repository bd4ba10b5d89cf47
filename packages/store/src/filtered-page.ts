// One page of a key range in a known partition, filtered, with a bounded amount of reading. Filters DynamoDB
// can test go in a FilterExpression; a text match runs in code on the items. A page may come back short (with
// a cursor) when the reads allowed for one request passed over items that did not match.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '@lianjian/core';
import type { StoreContext } from './context.ts';
import { prefixRange, underPrefix } from './key-range.ts';

export type Row = Record<string, unknown>;

export interface Filter {
  readonly expression: string;
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * Reads per request when filtering: the first of a page's size (most filters reject little, e.g. hidden
 * items), then up to four more of `FILTERED_BATCH` rows: at most 401 rows (and their items) per request.
 */
export const MAX_FILTER_READS = 5;
export const FILTERED_BATCH = 100;

export interface FilteredPageInput {
  /** Binds the cursor to this query (name, partition, filters, viewer). */
  readonly binding: string;
  readonly tableName: string;
  readonly partition: string;
  readonly prefix: string;
  /** Only keys under the prefix sorting before this one (a range's open end, e.g. dates before today). */
  readonly below?: string | undefined;
  readonly newestFirst: boolean;
  readonly filter?: Filter | undefined;
  /** The items the rows stand for, in order (index entries → items); rows without one are skipped. */
  readonly resolve: (rows: Row[]) => Promise<(Row | undefined)[]>;
  /** A test in code on each item (text); the rows it rejects still count as read. */
  readonly accept?: ((item: Row) => boolean) | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export const filteredPage = async (s: StoreContext, input: FilteredPageInput): Promise<Page<Row>> => {
  const range = prefixRange(input.prefix);
  // BETWEEN is inclusive: `below` itself is never a stored key (keys go on past it with `#<id>`).
  if (input.below !== undefined) range.values[':to'] = input.below;
  const filtering = input.filter !== undefined || input.accept !== undefined;
  const found: { row: Row; item: Row }[] = [];
  let startKey = input.cursor ? s.cursors.decode(input.cursor, input.binding) : undefined;
  for (let reads = 0; reads < (filtering ? MAX_FILTER_READS : 1) && found.length <= input.limit; reads++) {
    const { Items = [], LastEvaluatedKey } = await s.doc.send(
      new QueryCommand({
        TableName: input.tableName,
        ConsistentRead: true,
        KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
        ...(input.filter ? { FilterExpression: input.filter.expression } : {}),
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', ...input.filter?.names },
        ExpressionAttributeValues: { ':pk': input.partition, ...range.values, ...input.filter?.values },
        ScanIndexForward: !input.newestFirst,
        // One row more than a page tells whether another page exists.
        Limit: reads === 0 ? input.limit + 1 : Math.max(FILTERED_BATCH, input.limit + 1),
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const rows = Items.filter(underPrefix(input.prefix, 'sk'));
    const items = await input.resolve(rows);
    for (const [index, row] of rows.entries()) {
      const item = items[index];
      if (item && (input.accept?.(item) ?? true)) found.push({ row, item });
      if (found.length > input.limit) break;
    }
    startKey = LastEvaluatedKey;
    if (!startKey) break;
  }
  const page = found.slice(0, input.limit);
  const last = page.at(-1);
  // More matched than fit: resume after the last one shown. Otherwise resume where reading stopped.
  const resumeAt = found.length > input.limit ? last && { pk: last.row.pk, sk: last.row.sk } : startKey;
  const items = page.map(({ item }) => item);
  return resumeAt ? { items, nextCursor: s.cursors.encode(resumeAt, input.binding) } : { items };
};
