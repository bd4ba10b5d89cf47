// Creates the table from the shared definition if it is missing (the local stand-in for CDK).
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput, tableDefinition } from '@lianjian/store';

/** Returns true when the table had to be created. */
export const ensureTable = async (doc: DynamoDBDocumentClient, tableName: string): Promise<boolean> => {
  try {
    await doc.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await doc.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client: doc, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
  await doc.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    }),
  );
  return true;
};

/** The pooled table and every silo table (SILO_TABLES) locally; returns the names it had to create. */
export const ensureTables = async (
  doc: DynamoDBDocumentClient,
  tableName: string,
  siloTables: ReadonlyMap<string, string> = new Map(),
): Promise<string[]> => {
  const created: string[] = [];
  for (const name of new Set([tableName, ...siloTables.values()]))
    if (await ensureTable(doc, name)) created.push(name);
  return created;
};
