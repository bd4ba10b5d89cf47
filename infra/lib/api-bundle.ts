// Packages the API function for Lambda: a minified ESM entry with its chunks (code split, loaded by
// dynamic import()) and source maps, the OpenAPI document built at build time, and the /docs assets.
// Used by `npm run build` and by CDK synth.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { barrelFreeImports, workspaceBarrels } from './barrel-free-imports.ts';
import { builtinsAsCommonJs } from './builtins-as-commonjs.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const API_ENTRY = join(REPO_ROOT, 'functions/api/src/index.ts');
export const DEFAULT_API_OUTDIR = join(REPO_ROOT, 'dist/api');
const LIGHT_FETCH = join(REPO_ROOT, 'functions/api/src/light-fetch.ts');
const DOCS_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css'];

export interface BundleResult {
  readonly outdir: string;
  readonly entryFile: string;
}

/**
 * Inside Hono and jose's remote key set, the free globals Request, Response and Headers resolve to the light
 * classes of functions/api/src/light-fetch.ts. Node's own are backed by undici: reading one loads undici (≈20 ms
 * of a cold start on Node 22; jose builds a Headers for each remote key set), and per request they cost ≈0.4 ms
 * on the Lambda path (measured: p50 1.46× → 1.27× a raw GetItem).
 */
const LIGHT_FETCH_USERS =
  /[\\/]node_modules[\\/](?:hono[\\/]dist[\\/].*|jose[\\/]dist[\\/]webapi[\\/]jwks[\\/]remote)\.js$/;
const lightFetchClasses: Plugin = {
  name: 'light-fetch-classes',
  setup(build) {
    build.onLoad({ filter: LIGHT_FETCH_USERS }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const prelude = `import { Headers, Request, Response } from ${JSON.stringify(LIGHT_FETCH)};\n`;
      return { contents: prelude + source, loader: 'js' };
    });
  },
};

export interface LambdaBundleOptions {
  readonly entry: string;
  readonly outdir: string;
}

/** What sits on top of esbuild's usual Lambda recipe: the banner every output file starts with, and plugins. */
export interface LambdaPackaging {
  readonly banner: string;
  readonly plugins: readonly Plugin[];
}

/**
 * esbuild's usual recipe for a Node 22 Lambda, with `packaging` on top: ESM, minified, source maps, the
 * dependencies' ES module builds, code split: what an entry imports with `import()` (the API's route groups,
 * the SDK's credential providers) becomes a chunk beside `index.mjs` (`chunks/…`), compiled only when first
 * loaded. `outdir` is emptied first. The benchmark's baseline is this recipe with no packaging of ours.
 */
export const bundleWithRecipe = async (
  { entry, outdir }: LambdaBundleOptions,
  packaging: LambdaPackaging,
): Promise<BundleResult> => {
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
    banner: { js: packaging.banner },
    plugins: [...packaging.plugins],
    logLevel: 'warning',
  });
  return { outdir, entryFile: join(outdir, 'index.mjs') };
};

/**
 * Bundles one Lambda entry the way every function is shipped: the usual recipe, with Node's built-ins reached
 * as CommonJS (builtins-as-commonjs.ts: no ES module facade reads their lazy getters), the light fetch
 * classes in Hono and jose, and workspace barrel imports resolved to the defining files.
 */
export const bundleLambda = (options: LambdaBundleOptions): Promise<BundleResult> =>
  bundleWithRecipe(options, {
    // ESM output still meets CommonJS dependencies that call require(). Taken through getBuiltinModule, as
    // every built-in is (builtins-as-commonjs.ts): the bundle has no ES module import of a built-in.
    banner: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);",
    plugins: [builtinsAsCommonJs, lightFetchClasses, barrelFreeImports(workspaceBarrels(REPO_ROOT))],
  });

/** Bundles the API function into `outdir` (emptied first) with `openapi.json` and the /docs assets beside it. */
export const bundleApi = async (
  outdir: string = DEFAULT_API_OUTDIR,
  openApiDocument?: unknown,
): Promise<BundleResult> => {
  const result = await bundleLambda({ entry: API_ENTRY, outdir });
  mkdirSync(join(outdir, 'docs'), { recursive: true });
  if (openApiDocument !== undefined)
    writeFileSync(join(outdir, 'openapi.json'), JSON.stringify(openApiDocument));
  const require = createRequire(import.meta.url);
  const docsDir = dirname(require.resolve('swagger-ui-dist/package.json'));
  for (const file of DOCS_FILES) copyFileSync(join(docsDir, file), join(outdir, 'docs', file));
  return result;
};
