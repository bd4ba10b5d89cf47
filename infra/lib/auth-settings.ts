// Where the API's bearer tokens come from: issuer, audience and JWKS URL, taken from stack props, else
// from CDK context (`-c authIssuer=…`), else placeholders that reject every token and warn at synth.
import { Annotations, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

export interface AuthSettingsProps {
  /**
   * The `iss` every accepted token carries (the Cognito user pool URL, or another OIDC issuer).
   * @default - context `authIssuer`, else `https://auth.lianjian.invalid` with a synth warning
   */
  readonly authIssuer?: string;
  /**
   * The `aud` (or Cognito `client_id`) every accepted token carries.
   * @default - context `authAudience`, else `lianjian-api`
   */
  readonly authAudience?: string;
  /**
   * The issuer's key set.
   * @default - context `authJwksUrl`, else `<issuer>/.well-known/jwks.json` (Cognito's location)
   */
  readonly authJwksUrl?: string;
}

export interface AuthSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
}

/** A `.invalid` host never resolves (RFC 2606), so a stack deployed without settings fails closed. */
export const PLACEHOLDER_ISSUER = 'https://auth.lianjian.invalid';

const fromContext = (scope: Construct, key: string): string | undefined => {
  const value: unknown = scope.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export const requireHttps = (name: string, value: string): string => {
  if (!Token.isUnresolved(value) && !/^https:\/\/[^\s/]+/.test(value)) {
    throw new Error(`${name} must be an https URL, got "${value}"`);
  }
  return value;
};

/** Resolves the settings once per stack, so every function of the stack trusts the same issuer. */
export const resolveAuthSettings = (scope: Construct, props: AuthSettingsProps): AuthSettings => {
  const configured = props.authIssuer ?? fromContext(scope, 'authIssuer');
  if (configured === undefined) {
    Annotations.of(scope).addWarningV2(
      'lianjian:authPlaceholder',
      `No token issuer configured; the API will reject every token. Pass -c authIssuer=https://… (and authAudience).`,
    );
  }
  const issuer = requireHttps('authIssuer', configured ?? PLACEHOLDER_ISSUER);
  const jwksUrl =
    props.authJwksUrl ??
    fromContext(scope, 'authJwksUrl') ??
    `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
  return {
    issuer,
    audience: props.authAudience ?? fromContext(scope, 'authAudience') ?? 'lianjian-api',
    jwksUrl: requireHttps('authJwksUrl', jwksUrl),
  };
};
