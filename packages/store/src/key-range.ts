// Sort keys that start with a prefix, asked for as a range. On DynamoDB `BETWEEN` and `begins_with` cost the
// same; DynamoDB Local (the embedded default) answers `begins_with` by walking the whole partition, so a
// range keeps local reads as flat as AWS ones however many items a tenant has (measured in bench/).

/** `#sk BETWEEN :from AND :to` for every key starting with `prefix` (all our prefixes end in `#`). */
export const prefixRange = (prefix: string) => {
  const last = prefix.charCodeAt(prefix.length - 1);
  return {
    condition: '#sk BETWEEN :from AND :to',
    values: { ':from': prefix, ':to': prefix.slice(0, -1) + String.fromCharCode(last + 1) },
  };
};

/** The bound is inclusive: an item whose key is exactly the upper bound is not under the prefix. */
export const underPrefix = (prefix: string, sortKeyName: string) => (item: Record<string, unknown>) =>
  String(item[sortKeyName]).startsWith(prefix);

/** A consistent Query for the items of `partition` whose sort key starts with `prefix`, in key order. */
export const prefixQuery = (tableName: string, partition: string, prefix: string) => {
  const range = prefixRange(prefix);
  return {
    TableName: tableName,
    ConsistentRead: true,
    KeyConditionExpression: `#pk = :pk AND ${range.condition}`,
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': partition, ...range.values } as Record<string, unknown>,
  };
};
