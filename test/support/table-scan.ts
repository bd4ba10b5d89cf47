// Every item of a test table. Tests may scan to prove what is (not) stored; request paths never do.
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '@lianjian/store';

export const scanTable = async (store: Pick<StoreContext, 'doc' | 'tableName'>) => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.doc.send(
      new ScanCommand({ TableName: store.tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Items as sorted canonical JSON lines, for byte-for-byte comparisons. */
export const canonicalItems = (items: readonly Record<string, unknown>[]) =>
  items.map((item) => JSON.stringify(item, Object.keys(item).sort())).sort();
