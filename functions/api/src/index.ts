// The API's Lambda entry: builds the app once per container and hands each API Gateway event to it.
// Routes are mounted from the manifest and each route group is imported on its first call (a chunk of
// the bundle), so a cold start compiles only the group it serves.
import { readFile } from 'node:fs/promises';
import { configFromEnv, createLazyAppFromConfig } from '@lianjian/api';
import middy from '@middy/core';
import { accessLog } from './access-log.ts';
import { handle } from './lambda-adapter.ts';
import { mapStack } from './mapped-stack.ts';

const here = new URL('.', import.meta.url);
let openApi: Promise<unknown> | undefined;

const app = createLazyAppFromConfig(configFromEnv(process.env), {
  // Built at build time and shipped beside the bundle: no schema conversion code in the Lambda.
  openApiDocument: () => {
    openApi ??= readFile(new URL('openapi.json', here), 'utf8').then(JSON.parse);
    return openApi;
  },
  docsAssets: async (name) => readFile(new URL(`docs/${name}`, here)).catch(() => undefined),
  // Unexpected errors are logged with their stack in our sources (the function runs without
  // --enable-source-maps, which would read every chunk's map at start).
  logger: {
    error: (message, details) =>
      console.error(message, {
        ...details,
        ...(typeof details.error === 'string' ? { error: mapStack(details.error) } : {}),
      }),
  },
});

export const handler = middy(handle(app)).use(accessLog(performance.now()));
