// The bare GetItem handler served by Hono behind middy, through the API's Lambda adapter.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import middy from '@middy/core';
import { Hono } from 'hono';
import { handle } from '../../functions/api/src/lambda-adapter.ts';
import { itemKey } from './event.ts';

const client = new DynamoDBClient(
  process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {},
);

const app = new Hono();
app.get('/v1/orgs/:orgId', async (c) => {
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: itemKey(c.req.param('orgId')),
      ConsistentRead: true,
    }),
  );
  return Item ? c.json(Item) : c.json({}, 404);
});

export const handler = middy(handle(app));
