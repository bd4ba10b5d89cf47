// Warm latency in one process: the API bundle's GET /v1/orgs/{id} beside the bare GetItem and BatchGetItem
// handlers, each warmed up first. Two designs:
// - `interleaved`: call by call in turn (the order turning each cycle), so whatever drifts in DynamoDB Local or
//   the machine falls on every variant alike;
// - `rounds`: 500 calls of one variant, then of the next, four times over (how earlier figures were taken).
// With a gap (the last argument), the API and the bare GetItem handler alone, called in turn after a pause of
// that many milliseconds each: a container with sparse traffic.
const [apiBundle, apiEventJson, bareBundle, bareEventJson, batchBundle, batchEventJson, countText, gapText] =
  process.argv.slice(2);
const count = Number(countText);
const gapMs = Number(gapText ?? 0);
const context = { awsRequestId: 'bench', getRemainingTimeInMillis: () => 29_000 };

const timed = async ({ handler, event }) => {
  const start = performance.now();
  const result = await handler(event, context);
  const elapsed = performance.now() - start;
  if (result.statusCode !== 200) throw new Error(`status ${result.statusCode}`);
  return elapsed;
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const load = async (bundle, eventJson) => ({
  handler: (await import(bundle)).handler,
  event: JSON.parse(eventJson),
});

const variants = {
  api: await load(apiBundle, apiEventJson),
  bare: await load(bareBundle, bareEventJson),
  batch: await load(batchBundle, batchEventJson),
};
for (const variant of Object.values(variants)) for (let i = 0; i < 500; i++) await timed(variant);

/** `count` calls of each of `names`, in turn; the order turns every cycle. */
const interleaved = async (names, beforeEach = async () => undefined) => {
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      await beforeEach();
      times[name].push(await timed(variants[name]));
    }
  }
  return times;
};

if (gapMs > 0) {
  console.log(JSON.stringify(await interleaved(['api', 'bare'], () => pause(gapMs))));
} else {
  const rounds = { api: [], bare: [], batch: [] };
  for (let round = 0; round < 4; round++) {
    for (const name of Object.keys(rounds)) {
      for (let i = 0; i < count / 4; i++) rounds[name].push(await timed(variants[name]));
    }
  }
  console.log(JSON.stringify({ interleaved: await interleaved(['api', 'bare', 'batch']), rounds }));
}
