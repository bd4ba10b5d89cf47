// What the chosen stack costs before any of our code: GET /v1/orgs/{id} done with the same libraries and
// nothing else. middy wraps Hono's routing (through the same Lambda adapter), jose verifies the bearer token
// against the same key set, zod/mini checks the id, and the document client reads the item and the tenant's
// registry record in one consistent BatchGetItem. No access rules, no services, no problem texts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import { Hono } from 'hono';
import { createLocalJWKSet, jwtVerify } from 'jose';
import * as z from 'zod/mini';
import { handle } from '../functions/api/src/lambda-adapter.ts';

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
);
const keys = createLocalJWKSet(JSON.parse(process.env.AUTH_JWKS as string));
const table = process.env.TABLE_NAME as string;
let params: z.ZodMiniType<{ orgId: string }> | undefined;

const app = new Hono();
app.get('/v1/orgs/:orgId', async (c) => {
  const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? '';
  const { payload } = await jwtVerify(token, keys, {
    issuer: process.env.AUTH_ISSUER,
    audience: process.env.AUTH_AUDIENCE,
    algorithms: ['ES256', 'RS256'],
  });
  params ??= z.strictObject({ orgId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)) });
  const { orgId } = params.parse(c.req.param());
  const tenantKey = { pk: 'PLATFORM#TENANTS', sk: `TENANT#${String(payload.tenant_id)}` };
  const itemKey = { pk: `T#${String(payload.tenant_id)}`, sk: `ORG#${orgId}` };
  const { Responses } = await doc.send(
    new BatchGetCommand({ RequestItems: { [table]: { Keys: [itemKey, tenantKey], ConsistentRead: true } } }),
  );
  const item = Responses?.[table]?.find((found) => found.sk === itemKey.sk);
  return item ? c.json(item) : c.json({}, 404);
});

export const handler = middy(handle(app));
