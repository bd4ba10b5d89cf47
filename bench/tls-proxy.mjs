// The TLS endpoint's server (bench/tls-endpoint.ts), in a process of its own: the bench waits on its children
// with spawnSync, which would stall a server in the bench's own event loop. Forwards every request to the
// target (DynamoDB Local's http endpoint) and prints `ready <port>` once listening.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:https';

const [target, keyFile, certFile] = process.argv.slice(2);
const upstream = new URL(target);
const agent = new Agent({ keepAlive: true });

const server = createServer(
  { key: readFileSync(keyFile), cert: readFileSync(certFile) },
  (incoming, outgoing) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  },
);
server.listen(0, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
