// The handle every repository works through: one document client, the table name, the cursor codec.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorCodec } from './cursor.ts';
import { createItemLoader, type ItemLoader } from './item-loader.ts';

export interface StoreContext {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly cursors: CursorCodec;
  /** Consistent reads by key, coalesced into batches. */
  readonly items: ItemLoader;
}

/** The store's handle on one table. */
export const createStoreContext = (
  doc: DynamoDBDocumentClient,
  tableName: string,
  cursors: CursorCodec,
): StoreContext => ({
  doc,
  tableName,
  cursors,
  items: createItemLoader(doc, tableName),
});

/** A document client that drops undefined attributes, so optional fields can be spread freely. */
export const createDocumentClient = (config: DynamoDBClientConfig = {}): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
