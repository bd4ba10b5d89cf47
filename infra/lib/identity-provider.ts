// Where the API's bearer tokens come from is a deployment setting: a Cognito user pool this stack creates
// (global regions), or an external OIDC issuer such as a provincial government single sign-on (required in
// the China regions, where Cognito user pools are not offered). The API verifies either the same way.
import { Annotations, Stack, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type AuthSettingsProps, requireHttps, resolveAuthSettings } from './auth-settings.ts';

export interface CognitoIdentitySetting {
  readonly kind: 'cognito';
  /**
   * Prefix of the user pool's domain (`<prefix>.auth.<region>.amazoncognito.com`, the machine clients' token
   * endpoint); unique per region across all AWS accounts.
   * @default - `lianjian-<8 hex of the stack's GUID>`
   */
  readonly domainPrefix?: string;
  /**
   * Whether each tenant gets an app client for machine consumers (OAuth client credentials). Cognito bills
   * machine-to-machine app clients per client and month, used or not.
   * @default true
   */
  readonly machineClients?: boolean;
}

export interface OidcIdentitySetting {
  readonly kind: 'oidc';
  /** The `iss` of accepted tokens. */
  readonly issuer: string;
  /** The issuer's key set. */
  readonly jwksUrl: string;
  /** The `aud` of accepted tokens. */
  readonly audience: string;
  /** Claim holding the tenant id. @default 'tenant_id' */
  readonly tenantClaim?: string;
  /** Claim holding the tenant roles (array or space-separated). @default 'roles' */
  readonly rolesClaim?: string;
}

export type IdentityProviderSetting = CognitoIdentitySetting | OidcIdentitySetting;

/** What the stack needs from the identity provider, whichever it is. */
export interface TenantIdentity {
  readonly kind: IdentityProviderSetting['kind'];
  /** The `AUTH_*` variables of the API function. */
  readonly environment: Readonly<Record<string, string>>;
  /** Creates the tenant's identity groups (and machine client) under `scope`. */
  addTenant(scope: Construct, tenantId: string): void;
}

export interface IdentityProviderProps extends AuthSettingsProps {
  /**
   * The identity provider.
   * @default - context `identityProvider` (`cognito`, `oidc`, or the setting as an object or JSON), else an
   * OIDC issuer from `authIssuer`/`authAudience`/`authJwksUrl` (props or context) and the claim names from
   * context `authTenantClaim`/`authRolesClaim`, as before this setting
   */
  readonly identityProvider?: IdentityProviderSetting;
}

const CLAIM_NAME = /^[\w:./-]{1,64}$/;

const checkOidc = (setting: OidcIdentitySetting): OidcIdentitySetting => {
  requireHttps('identityProvider.issuer', setting.issuer);
  requireHttps('identityProvider.jwksUrl', setting.jwksUrl);
  if (typeof setting.audience !== 'string' || setting.audience === '')
    throw new Error('identityProvider.audience is required for an OIDC issuer');
  for (const claim of [setting.tenantClaim, setting.rolesClaim]) {
    if (claim !== undefined && !CLAIM_NAME.test(claim)) throw new Error(`claim name "${claim}" is not valid`);
  }
  return setting;
};

/** The OIDC setting of today's context keys (or the placeholder issuer that rejects every token). */
const oidcFromAuthSettings = (scope: Construct, props: AuthSettingsProps): OidcIdentitySetting => {
  const auth = resolveAuthSettings(scope, props);
  const claim = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const tenantClaim = claim('authTenantClaim');
  const rolesClaim = claim('authRolesClaim');
  return checkOidc({
    kind: 'oidc',
    issuer: auth.issuer,
    jwksUrl: auth.jwksUrl,
    audience: auth.audience,
    ...(tenantClaim ? { tenantClaim } : {}),
    ...(rolesClaim ? { rolesClaim } : {}),
  });
};

const fromContext = (scope: Construct, props: AuthSettingsProps): IdentityProviderSetting | undefined => {
  let value: unknown = scope.node.tryGetContext('identityProvider');
  if (value === undefined || value === '') return undefined;
  if (value === 'cognito') return { kind: 'cognito' };
  if (value === 'oidc') return oidcFromAuthSettings(scope, props);
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new Error(`context identityProvider must be "cognito", "oidc" or a JSON setting, got "${value}"`);
    }
  }
  return value as IdentityProviderSetting;
};

/** True when the stack's region is known and is one of the China regions. */
const inChina = (scope: Construct): boolean => {
  const region = Stack.of(scope).region;
  return !Token.isUnresolved(region) && region.startsWith('cn-');
};

/** Resolves the setting once per stack, and refuses Cognito where it does not exist. */
export const resolveIdentityProvider = (
  scope: Construct,
  props: IdentityProviderProps,
): IdentityProviderSetting => {
  const setting = props.identityProvider ?? fromContext(scope, props) ?? oidcFromAuthSettings(scope, props);
  switch (setting.kind) {
    case 'oidc':
      return checkOidc(setting);
    case 'cognito':
      if (setting.domainPrefix !== undefined && !Token.isUnresolved(setting.domainPrefix)) {
        const prefix = setting.domainPrefix;
        if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix))
          throw new Error(`Cognito domain prefix "${prefix}" must be lower-case letters, digits and hyphens`);
      }
      if (inChina(scope)) {
        throw new Error(
          `Cognito user pools are not offered in ${Stack.of(scope).region} (a China region): set identityProvider ` +
            `to { kind: 'oidc', issuer, jwksUrl, audience } for an external OIDC issuer.`,
        );
      }
      if (Token.isUnresolved(Stack.of(scope).region)) {
        Annotations.of(scope).addWarningV2(
          'lianjian:cognitoRegion',
          'identityProvider cognito with an unpinned region: this template cannot deploy to the China regions.',
        );
      }
      return setting;
    default:
      throw new Error(`identityProvider.kind must be "cognito" or "oidc", got ${JSON.stringify(setting)}`);
  }
};

/**
 * An external issuer: nothing to create. Groups live in that IdP, whose administrators put users in them and
 * whose token carries them, mapped to `tenant_admin`/`tenant_editor`/`tenant_viewer`, in the roles claim.
 */
export const oidcIdentity = (setting: OidcIdentitySetting): TenantIdentity => ({
  kind: 'oidc',
  environment: {
    AUTH_ISSUER: setting.issuer,
    AUTH_AUDIENCE: setting.audience,
    AUTH_JWKS_URL: setting.jwksUrl,
    AUTH_TENANT_CLAIM: setting.tenantClaim ?? 'tenant_id',
    AUTH_ROLES_CLAIM: setting.rolesClaim ?? 'roles',
  },
  addTenant: () => {},
});
