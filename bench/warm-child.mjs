// Warm latency in one process: the API bundle's GET /v1/orgs/{id} beside the bare GetItem and
// BatchGetItem handlers.
const [apiBundle, apiEventJson, bareBundle, bareEventJson, batchBundle, batchEventJson, countText] =
  process.argv.slice(2);
const count = Number(countText);
const context = { awsRequestId: 'bench', getRemainingTimeInMillis: () => 29_000 };

const measure = async (handler, event) => {
  for (let i = 0; i < 200; i++) await handler(event, context);
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const result = await handler(event, context);
    times.push(performance.now() - start);
    if (result.statusCode !== 200) throw new Error(`status ${result.statusCode}`);
  }
  return times;
};

const api = (await import(apiBundle)).handler;
const bare = (await import(bareBundle)).handler;
const batch = (await import(batchBundle)).handler;
const apiEvent = JSON.parse(apiEventJson);
const bareEvent = JSON.parse(bareEventJson);
const batchEvent = JSON.parse(batchEventJson);
// Interleave rounds so drift in DynamoDB Local affects both alike.
const apiTimes = [];
const bareTimes = [];
const batchTimes = [];
for (let round = 0; round < 4; round++) {
  apiTimes.push(...(await measure(api, apiEvent)));
  bareTimes.push(...(await measure(bare, bareEvent)));
  batchTimes.push(...(await measure(batch, batchEvent)));
}
console.log(JSON.stringify({ api: apiTimes, bare: bareTimes, batch: batchTimes }));
