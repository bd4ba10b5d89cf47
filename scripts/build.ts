// `npm run build [-- <outdir>]`: bundles the API function with its OpenAPI document into dist/api.
import { buildOpenApiDocument } from '@lianjian/api/openapi';
import { bundleApi, DEFAULT_API_OUTDIR } from '../infra/lib/api-bundle.ts';

const outdir = process.argv[2] ?? DEFAULT_API_OUTDIR;
const { entryFile } = await bundleApi(outdir, buildOpenApiDocument());
console.log(`built ${entryFile}`);
