// Tables a test file made in the shared DynamoDB Local, dropped when the file ends (test/setup/per-file.ts):
// DynamoDB Local slows down as everything earlier files wrote piles up in its one in-memory database.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const madeTables = new Map<string, DynamoDBDocumentClient>();

/** Marks `tableName` (reached through `doc`) for deletion at the end of the file. */
export const dropAfterFile = (doc: DynamoDBDocumentClient, tableName: string): void => {
  madeTables.set(tableName, doc);
};
