// The floor for a tenant-checked read: the item and the tenant's registry record in one consistent
// BatchGetItem, the same two reads the API makes for GET /v1/orgs/{id}, with no framework around them.
import { BatchGetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient(
  process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {},
);

export const handler = async (event: { keys: { pk: string; sk: string }[] }) => {
  const table = process.env.TABLE_NAME as string;
  const { Responses } = await client.send(
    new BatchGetItemCommand({
      RequestItems: {
        [table]: {
          Keys: event.keys.map(({ pk, sk }) => ({ pk: { S: pk }, sk: { S: sk } })),
          ConsistentRead: true,
        },
      },
    }),
  );
  const items = Responses?.[table] ?? [];
  return { statusCode: items.length === event.keys.length ? 200 : 404, body: JSON.stringify(items) };
};
