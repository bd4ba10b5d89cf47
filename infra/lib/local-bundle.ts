// Lambda code bundled on this machine with the project's esbuild settings (infra/bin/bundle-function.ts),
// so `cdk synth` needs no Docker; hashing the output makes the asset change only when the bundle does.
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { REPO_ROOT } from './api-bundle.ts';

const BUNDLER = join(REPO_ROOT, 'infra/bin/bundle-function.ts');

/** The code of one function entry (e.g. `functions/tenant-onboarding/src/index.ts`), bundled at synth. */
export const locallyBundledCode = (entry: string): lambda.Code =>
  lambda.Code.fromAsset(dirname(dirname(entry)), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Only used if local bundling fails; the workspace build cannot run in a bare container.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      command: ['sh', '-c', `echo "bundle ${relative(REPO_ROOT, entry)} locally" >&2; exit 1`],
      local: {
        tryBundle(outputDir: string): boolean {
          const result = spawnSync(process.execPath, ['--import', 'tsx', BUNDLER, entry, outputDir], {
            cwd: REPO_ROOT,
            stdio: 'inherit',
          });
          if (result.status !== 0) console.error(`bundling ${entry} failed (status ${result.status})`);
          return result.status === 0;
        },
      },
    },
  });
