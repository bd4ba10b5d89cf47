// The bare GetItem handler plus jose verifying the bearer token against the key set, as the API does.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { itemKey, orgIdOf, type ProxyEvent, tokenOf } from './event.ts';

const client = new DynamoDBClient(
  process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {},
);
const keys = createLocalJWKSet(JSON.parse(process.env.AUTH_JWKS as string));

export const handler = async (event: ProxyEvent) => {
  await jwtVerify(tokenOf(event), keys, {
    issuer: process.env.AUTH_ISSUER,
    audience: process.env.AUTH_AUDIENCE,
    algorithms: ['ES256', 'RS256'],
  });
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: itemKey(orgIdOf(event)),
      ConsistentRead: true,
    }),
  );
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
};
