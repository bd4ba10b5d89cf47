// After each test file: drop the tables it made (see test/support/made-tables.ts).
import { afterAll } from 'vitest';
import { madeTables } from '../support/made-tables.ts';

afterAll(async () => {
  const tables = [...madeTables];
  madeTables.clear();
  if (tables.length === 0) return;
  // Loaded only by files that made tables, so unit-test files do not pay for the SDK.
  const { DeleteTableCommand } = await import('@aws-sdk/client-dynamodb');
  await Promise.all(
    tables.map(([TableName, doc]) => doc.send(new DeleteTableCommand({ TableName })).catch(() => undefined)),
  );
});
