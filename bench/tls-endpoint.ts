// DynamoDB Local behind HTTPS, as DynamoDB is reached from Lambda. Cold starts over DynamoDB Local's plain
// http endpoint are not the ones Lambda sees: for an http endpoint the SDK imports `node:http` as an ES
// module on the first call (its https agent is the one it loads up front), and on Node 22 that import loads
// undici (≈20 ms in a bare handler's first call) where a real https endpoint loads nothing of the kind; and
// the TLS handshake of a real first call is missing. This proxy terminates TLS on the loopback address with a
// certificate made for the run (openssl), and the bench's children trust it through NODE_EXTRA_CA_CERTS.
// The server runs in a process of its own (bench/tls-proxy.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer } from './child-server.ts';

export interface TlsEndpoint {
  /** `https://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** The certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  stop(): Promise<void>;
}

const selfSignedCertificate = (dir: string) => {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (made.error || made.status !== 0)
    throw new Error(`the bench needs openssl (apt-get install -y openssl): ${made.error ?? made.stderr}`);
  return { key, cert };
};

/** An https endpoint on the loopback address forwarding every request to `target` (DynamoDB Local). */
export const startTlsEndpoint = async (target: string): Promise<TlsEndpoint> => {
  const dir = mkdtempSync(join(tmpdir(), 'lianjian-bench-tls-'));
  const { key, cert } = selfSignedCertificate(dir);
  const proxy = await startChildServer(join(import.meta.dirname, 'tls-proxy.mjs'), [target, key, cert]);
  return {
    endpoint: `https://127.0.0.1:${proxy.port}`,
    caFile: cert,
    stop: async () => {
      await proxy.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
