// How the benchmark's baselines (the bare SDK handlers) are bundled: esbuild's usual Lambda recipe with none of
// our packaging (bundleWithRecipe in infra/lib/api-bundle.ts, as the and the brief's reference figures
// were measured), so that improving how the API is packaged does not move the baseline it is measured against.
import { type BundleResult, bundleWithRecipe } from '../infra/lib/api-bundle.ts';

export const bundleBaseline = (entry: string, outdir: string): Promise<BundleResult> =>
  bundleWithRecipe(
    { entry, outdir },
    {
      // ESM output still meets CommonJS dependencies that call require().
      banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      plugins: [],
    },
  );
