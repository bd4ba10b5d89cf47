// The Update of a client edit: set the item's fields, remove the ones the patch cleared, only if the stored
// version is the one the client read. Counters the writes keep elsewhere are left out of `fields` by the caller.

export const versionedUpdate = (
  fields: Readonly<Record<string, unknown>>,
  removed: readonly string[],
  expectedVersion: number,
) => {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion };
  const sets = Object.entries(fields).map(([field, value]) => {
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    return `#${field} = :${field}`;
  });
  const removes = removed.map((field) => {
    names[`#${field}`] = field;
    return `#${field}`;
  });
  return {
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: '#version = :expected',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
};
