// The issuer's key set over http for the bench's children (AUTH_JWKS_URL, as the API is configured in AWS):
// serves the JSON given in KEY_SET at every path, prints `ready <port>` once listening.
import { createServer } from 'node:http';

const body = process.env.KEY_SET ?? '{"keys":[]}';
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
