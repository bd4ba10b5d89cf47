// Reading a whole key range: every page of a consistent prefix Query, for sets that are small and bounded
// (members, positions, a job's row chunks, a tenant's coverage counts), never a listing a client pages through.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { prefixQuery } from './key-range.ts';

/** Every item of `partition` whose sort key starts with `prefix`, in key order, read consistently. */
export const queryAll = async (
  s: Pick<StoreContext, 'doc'>,
  tableName: string,
  partition: string,
  prefix: string,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await s.doc.send(
      new QueryCommand({
        ...prefixQuery(tableName, partition, prefix),
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};
