// What a test file set up in DynamoDB Local and undoes when the file ends (test/setup/per-file.ts): the tables
// it made in the shared instance, and the instance of its own a heavy file starts.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const madeTables = new Map<string, DynamoDBDocumentClient>();
export const ownInstances: { stop(): Promise<void> }[] = [];

/** Marks `tableName` (reached through `doc`) for deletion at the end of the file. */
export const dropAfterFile = (doc: DynamoDBDocumentClient, tableName: string): void => {
  madeTables.set(tableName, doc);
};

/** Stops a DynamoDB Local this file started, at the end of the file. */
export const stopAfterFile = (instance: { stop(): Promise<void> }): void => {
  ownInstances.push(instance);
};
