// The settings the container's own DynamoDB client is built from.
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { fromEnv } from '@aws-sdk/credential-provider-env';

export interface ContainerClientSettings {
  /** DynamoDB endpoint; unset means AWS itself. */
  readonly endpoint?: string;
  /** The environment holds credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), as Lambda's always does. */
  readonly credentialsInEnvironment?: boolean;
}

/**
 * Lambda puts the function role's credentials in the environment, where the SDK's default provider chain
 * looks first anyway. Taking them from there directly skips loading the chain and its shared-config file
 * lookups: ≈2 ms of wall time and ≈4 ms of CPU per cold start (25 alternating runs of a bare GetItem
 * handler). Without them (a developer's profile or SSO session) the client keeps the default chain.
 */
export const containerClientConfig = ({
  endpoint,
  credentialsInEnvironment,
}: ContainerClientSettings): DynamoDBClientConfig => ({
  ...(endpoint ? { endpoint } : {}),
  ...(credentialsInEnvironment ? { credentials: fromEnv() } : {}),
});
