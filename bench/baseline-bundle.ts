// How the benchmark's baselines (the bare SDK handlers) are bundled: esbuild's usual recipe for a Node 22
// Lambda, as the and the brief's reference figures were measured (ESM, minified, the SDK's ES module
// builds via mainFields, code split so the SDK's credential providers load only when used). It is kept here,
// apart from infra's bundler, so that improving how the API is packaged does not move the baseline it is
// measured against; `bundleLambda` (infra/lib/api-bundle.ts) adds our packaging on top.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BundleResult } from '../infra/lib/api-bundle.ts';

export const bundleBaseline = async (entry: string, outdir: string): Promise<BundleResult> => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    target: 'node22',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    // ESM output still meets CommonJS dependencies that call require().
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return { outdir, entryFile: join(outdir, 'index.mjs') };
};
