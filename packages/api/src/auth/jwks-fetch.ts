// Fetches an issuer's JSON Web Key Set with node:https (node:http for a local issuer), for jose's remote key
// set in place of Node's `fetch`: a process's first `fetch` loads undici, ≈20 ms on Node 22, and in AWS the key
// set is fetched by each container's first request. It behaves as `fetch` does where jose looks: the status
// and the JSON body, a rejection with the signal's reason when the timeout aborts it, and a TypeError when
// the issuer cannot be reached.
import { get as getOverHttp, type IncomingMessage } from 'node:http';
import { get as getOverHttps } from 'node:https';
import type { FetchImplementation } from 'jose';

/** A key set is a few kilobytes; anything this large is not one. */
const MAX_BYTES = 256 * 1024;

const readBody = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BYTES) response.destroy(new TypeError(`the key set response passed ${MAX_BYTES} bytes`));
      else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });

export const fetchJwks: FetchImplementation = (url, { headers, signal }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const get = target.protocol === 'http:' ? getOverHttp : getOverHttps;
    const failed = (cause: unknown) =>
      reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause }));
    const request = get(target, { headers: Object.fromEntries(headers), signal }, (response) => {
      readBody(response).then((text) => {
        // What jose reads of a Response: its status, and its body as JSON.
        const answer = { status: response.statusCode ?? 0, json: async () => JSON.parse(text) as unknown };
        resolve(answer as Response);
      }, failed);
    });
    request.on('error', failed);
  });
