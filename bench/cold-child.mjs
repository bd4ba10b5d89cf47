// One cold start in a fresh process: import the bundle, invoke it once, print the milliseconds (in all, and
// the import's share).
const [bundle, eventJson] = process.argv.slice(2);
const started = performance.now();
const { handler } = await import(bundle);
const imported = performance.now() - started;
const result = await handler(JSON.parse(eventJson), {
  awsRequestId: 'bench',
  getRemainingTimeInMillis: () => 29_000,
});
const elapsed = performance.now() - started;
if (result.statusCode !== 200) throw new Error(`status ${result.statusCode}: ${result.body}`);
console.log(JSON.stringify({ ms: elapsed, importMs: imported }));
