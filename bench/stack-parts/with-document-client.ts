// The bare handler's read done as the API's cold start does it: the document client, one consistent
// BatchGetItem of the item and the tenant's registry record.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { orgIdOf, type ProxyEvent, TENANT_ID } from './event.ts';

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
);

export const handler = async (event: ProxyEvent) => {
  const table = process.env.TABLE_NAME as string;
  const itemKey = { pk: `T#${TENANT_ID}`, sk: `ORG#${orgIdOf(event)}` };
  const { Responses } = await doc.send(
    new BatchGetCommand({
      RequestItems: {
        [table]: {
          Keys: [itemKey, { pk: 'PLATFORM#TENANTS', sk: `TENANT#${TENANT_ID}` }],
          ConsistentRead: true,
        },
      },
    }),
  );
  const item = Responses?.[table]?.find((found) => found.sk === itemKey.sk);
  return { statusCode: item ? 200 : 404, body: JSON.stringify(item ?? {}) };
};
