// What one cold start loads, untimed: the bundle files a fresh process reads to import the bundle and answer
// one event, with their sizes. Prints `{ files, bytes }`.
import { statSync } from 'node:fs';
import { registerHooks } from 'node:module';

const [bundle, eventJson] = process.argv.slice(2);
const loaded = new Map();
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url !== import.meta.url) loaded.set(url, statSync(new URL(url)).size);
    return nextLoad(url, context);
  },
});
const { handler } = await import(bundle);
const result = await handler(JSON.parse(eventJson), {
  awsRequestId: 'bench',
  getRemainingTimeInMillis: () => 29_000,
});
if (result.statusCode !== 200) throw new Error(`status ${result.statusCode}: ${result.body}`);
console.log(
  JSON.stringify({ files: loaded.size, bytes: [...loaded.values()].reduce((sum, size) => sum + size, 0) }),
);
