// Runs in a fresh Node process: imports a built Lambda bundle, invokes it with the API Gateway events
// given as JSON on stdin (each may use {{orgId}} from the previous result), and prints the results and whether
// undici was loaded.
import { readFileSync } from 'node:fs';

const [bundle] = process.argv.slice(2);
const events = JSON.parse(readFileSync(0, 'utf8'));
const { handler } = await import(bundle);
const context = { awsRequestId: 'local', getRemainingTimeInMillis: () => 29_000, functionName: 'api' };
const results = [];
let orgId = '';
for (const template of events) {
  const event = JSON.parse(JSON.stringify(template).replaceAll('{{orgId}}', orgId));
  const result = await handler(event, context);
  if (result.statusCode === 201) orgId = JSON.parse(result.body).id;
  results.push(result);
}
// Whether the process loaded undici (Node's fetch classes): the bundle should not need it.
const undiciLoaded = process.moduleLoadList.some((name) => name.includes('undici'));
console.log(JSON.stringify({ results, undiciLoaded }));
