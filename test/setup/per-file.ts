// After each test file: drop the tables it made and stop the DynamoDB Local it started for itself (see
// test/support/made-tables.ts).
import { afterAll } from 'vitest';
import { madeTables, ownInstances } from '../support/made-tables.ts';

afterAll(async () => {
  const tables = [...madeTables];
  madeTables.clear();
  const instances = ownInstances.splice(0);
  if (tables.length > 0) {
    // Loaded only by files that made tables, so unit-test files do not pay for the SDK.
    const { DeleteTableCommand } = await import('@aws-sdk/client-dynamodb');
    await Promise.all(
      tables.map(([TableName, doc]) =>
        doc.send(new DeleteTableCommand({ TableName })).catch(() => undefined),
      ),
    );
  }
  await Promise.all(instances.map((instance) => instance.stop()));
});
