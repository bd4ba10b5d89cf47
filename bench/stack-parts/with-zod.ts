// The bare GetItem handler plus zod/mini checking the path parameter, as the API does.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod/mini';
import { itemKey, orgIdOf, type ProxyEvent } from './event.ts';

const client = new DynamoDBClient(
  process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {},
);

export const handler = async (event: ProxyEvent) => {
  const params = z
    .strictObject({ orgId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)) })
    .parse({ orgId: orgIdOf(event) });
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: itemKey(params.orgId),
      ConsistentRead: true,
    }),
  );
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
};
