// Errors of the tenant data access layer. None is the client's fault: ids reach it validated, so the API
// answers these with 500 (configuration, policy) or 503 (STS unavailable), never with detail.

export type TenantAccessErrorCode =
  /** An environment setting is missing or malformed. */
  | 'access.config'
  /** A tenant or alliance id does not have the shape a policy may name. */
  | 'access.invalidId'
  /** The session policy for this many alliances exceeds what STS accepts. */
  | 'access.policyTooLarge'
  /** Alliance partitions were asked for, but no alliance partition builder is configured. */
  | 'access.alliancesUnsupported'
  /** STS refused or failed the AssumeRole call. */
  | 'access.assumeRoleFailed';

export class TenantAccessError extends Error {
  override readonly name = 'TenantAccessError';

  constructor(
    readonly code: TenantAccessErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }
}

export const isTenantAccessError = (error: unknown): error is TenantAccessError =>
  error instanceof TenantAccessError;
