// The one STS call tenant access makes. The STS client is the SDK's nested one, which the default credential
// chain already bundles (+0.2 KB against +29 KB for @aws-sdk/client-sts, measured). AWS calls that package
// internal: @aws-sdk/client-sts exports the same names, so switching is this import alone. It is imported on
// first use, so deployments without tenant roles (local, tests) never evaluate it.
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

export interface AssumeRoleRequest {
  readonly roleArn: string;
  readonly sessionName: string;
  /** Session policy JSON. */
  readonly policy: string;
  readonly durationSeconds: number;
}

export interface TemporaryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

export type AssumeRole = (request: AssumeRoleRequest) => Promise<TemporaryCredentials>;

export interface StsOptions {
  readonly region: string;
  /** Another STS endpoint (a VPC endpoint, or a local server in tests); unset means the regional one. */
  readonly endpoint?: string | undefined;
  /** The container's own identity, which may assume the tenant roles. */
  readonly credentials: NonNullable<DynamoDBClientConfig['credentials']>;
  /** Shared with the DynamoDB clients, so one agent serves every client of the container. */
  readonly requestHandler?: DynamoDBClientConfig['requestHandler'];
  readonly maxAttempts?: number | undefined;
}

export const createAssumeRole = (options: StsOptions): AssumeRole => {
  let loaded: ReturnType<typeof load> | undefined;
  const load = async () => {
    const { AssumeRoleCommand, STSClient } = await import('@aws-sdk/nested-clients/sts');
    const client = new STSClient({
      region: options.region,
      credentials: options.credentials,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
    return { client, AssumeRoleCommand };
  };

  return async (request) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    const { client, AssumeRoleCommand } = await loaded;
    const { Credentials: credentials } = await client.send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        Policy: request.policy,
        DurationSeconds: request.durationSeconds,
      }),
    );
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken || !Expiration)
      throw new Error('STS AssumeRole answered without complete credentials');
    return {
      accessKeyId: AccessKeyId,
      secretAccessKey: SecretAccessKey,
      sessionToken: SessionToken,
      expiration: Expiration,
    };
  };
};
