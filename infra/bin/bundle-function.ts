// `tsx infra/bin/bundle-function.ts <entry> <outdir>`: bundles one Lambda entry the way every function ships.
// CDK's local bundling is synchronous, so synth runs this in a child process.
import { resolve } from 'node:path';
import { bundleLambda } from '../lib/api-bundle.ts';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: bundle-function.ts <entry> <outdir>');
  process.exit(2);
}
await bundleLambda({ entry: resolve(entry), outdir: resolve(outdir) });
