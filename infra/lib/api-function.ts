// The project's Lambda function construct: holds the defaults every function shares (Node 22 on
// arm64, source maps, an explicit log group, least-privilege logging role) and bundles the API locally.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REPO_ROOT } from './api-bundle.ts';

export interface ApiFunctionProps {
  /**
   * What the function is for, on the function and its role.
   * @default 'Runs the Lianjian API function'
   */
  readonly description?: string;
  /** Environment variables handed to the function (the function adds `NODE_OPTIONS` for source maps). */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * Node maps stack traces with the bundle's source maps (`--enable-source-maps`). It reads the map of every
   * chunk as the chunk loads, ≈11 ms of a cold start of the API, so the API function turns it off and maps the
   * stacks it logs itself (functions/api/src/mapped-stack.ts).
   * @default true
   */
  readonly nodeSourceMaps?: boolean;
  /**
   * The deployment package.
   * @default - the API bundled by `scripts/build.ts` on this machine (no Docker needed)
   */
  readonly code?: lambda.Code;
  /**
   * Memory in MiB; on Lambda this also buys CPU, and 1024 keeps cold starts short.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Maximum run time; API Gateway gives up after 29 s, so longer would only burn money.
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;
  /**
   * How long the function's logs are kept.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
}

/** A Node 22 arm64 function running `index.handler`, logging to its own retained log group. */
export class ApiFunction extends Construct {
  readonly function: lambda.Function;
  readonly logGroup: logs.LogGroup;
  /** The execution role (the tenant data roles trust the API function's). */
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    // Logs are evidence (audit, incidents), so they outlive a stack deletion; retention still bounds cost.
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Our own role instead of the AWSLambdaBasicExecutionRole managed policy, which may write to any log
    // group in the account; this one writes only to the function's log group.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: props.description ?? 'Runs the Lianjian API function',
    });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: props.code ?? bundledApiCode(),
      ...(props.description ? { description: props.description } : {}),
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(29),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.DISABLED,
      environment: {
        ...(props.nodeSourceMaps === false ? {} : { NODE_OPTIONS: '--enable-source-maps' }),
        ...props.environment,
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is the project runtime everywhere (the node@22 devDependency locally, nodejs22.x on Lambda) ' +
        'and is in AWS support; moving to a newer runtime is a deliberate upgrade of both together.',
    });
  }
}

/**
 * The API bundle built by `scripts/build.ts`, the same command as `npm run build`, so what CDK deploys
 * is what the tests invoke. Hashing the output (not the source tree) makes the asset change only when
 * the bundle does.
 */
const bundledApiCode = (): lambda.Code =>
  lambda.Code.fromAsset(join(REPO_ROOT, 'functions/api'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Only used if local bundling fails; the monorepo build needs the whole workspace, so Docker
      // bundling is not supported and says so instead of producing an empty asset.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      command: ['sh', '-c', 'echo "bundle the API locally: npm run build" >&2; exit 1'],
      local: {
        tryBundle(outputDir: string): boolean {
          const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', outputDir], {
            cwd: REPO_ROOT,
            stdio: 'inherit',
          });
          if (result.status !== 0) console.error(`scripts/build.ts failed (status ${result.status})`);
          return result.status === 0;
        },
      },
    },
  });
