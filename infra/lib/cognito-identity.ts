// The Cognito user pool of the global regions: officials sign in to it, each tenant has one group per tenant
// role, and each tenant's machine consumers have a client-credentials app client.
//
// Claims mapping, without a pre-token-generation trigger (one less function on every sign-in):
// - the API takes ID tokens of the web client (`aud` = its client id); the tenant is the `custom:tenant_id`
//   attribute, which only administrators can set (no app client may write it);
// - the roles are the `cognito:groups` claim: group `<tenantId>:<role>` grants `<role>` only when `<tenantId>`
//   is the token's own tenant, so a user put in another tenant's group gains nothing there; `platform_admin`
//   is a group of its own, for operators without a tenant;
// - machine tokens (client credentials) carry `client_id` and `lianjian/*` scopes but no tenant: the tenant is
//   looked up in `AUTH_CLIENT_TENANTS` (client id → tenant id), written here when the clients are created.
// A pre-token-generation trigger could instead write `tenant_id` and `roles` claims into every token; that is
// one more function to deploy and secure, called on each sign-in, refresh and machine token. The mapping
// above needs none: it is two claim-name settings and one lookup table.

import { TENANT_ROLES } from '@lianjian/core';
import { Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { CognitoIdentitySetting, TenantIdentity } from './identity-provider.ts';
import { stackGuidPrefix } from './stack-unique.ts';

/** The group that grants `role` in `tenantId`, e.g. `sh-jinshan:tenant_admin`. */
export const tenantGroupName = (tenantId: string, role: string): string => `${tenantId}:${role}`;
export const PLATFORM_ADMIN_GROUP = 'platform_admin';
/** The resource server whose scopes are the API's machine scopes (`lianjian/read`, `lianjian/write`). */
export const RESOURCE_SERVER_ID = 'lianjian';

export type CognitoIdentityProps = Omit<CognitoIdentitySetting, 'kind'>;

export class CognitoIdentity extends Construct implements TenantIdentity {
  readonly kind = 'cognito';
  readonly userPool: cognito.UserPool;
  /** The browser application's client: SRP sign-in, no secret; its id is the ID tokens' audience. */
  readonly webClient: cognito.UserPoolClient;
  readonly resourceServer: cognito.UserPoolResourceServer;
  readonly domain?: cognito.UserPoolDomain;
  readonly environment: Readonly<Record<string, string>>;
  private readonly scopes: cognito.OAuthScope[];
  private readonly clientTenants: [clientId: string, tenantId: string][] = [];

  constructor(scope: Construct, id: string, props: CognitoIdentityProps = {}) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      // Officials are invited by their department's administrators; nobody signs up alone.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { mutable: true } },
      customAttributes: { tenant_id: new cognito.StringAttribute({ minLen: 4, maxLen: 40, mutable: true }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Authenticator apps only: SMS and email codes need SNS or SES set up per region and cost per message.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // The Plus plan's threat protection blocks credential stuffing and risky sign-ins to officials' accounts.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.webClient = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      // Sign-in through the SDK (SRP); add OAuth with the front end's callback URLs when it exists.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('tenant_id'),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read tenant data' });
    const write = new cognito.ResourceServerScope({
      scopeName: 'write',
      scopeDescription: 'Write tenant data',
    });
    this.resourceServer = this.userPool.addResourceServer('ResourceServer', {
      identifier: RESOURCE_SERVER_ID,
      scopes: [read, write],
    });
    this.scopes = [read, write].map((s) => cognito.OAuthScope.resourceServer(this.resourceServer, s));

    if (props.machineClients ?? true) {
      // The token endpoint of the client-credentials grant.
      this.domain = this.userPool.addDomain('Domain', {
        cognitoDomain: { domainPrefix: props.domainPrefix ?? `lianjian-${stackGuidPrefix()}` },
      });
    }

    new cognito.UserPoolGroup(this, 'PlatformAdmins', {
      userPool: this.userPool,
      groupName: PLATFORM_ADMIN_GROUP,
      description: 'Lianjian platform operators (no tenant)',
    });

    const issuer = this.userPool.userPoolProviderUrl;
    this.environment = {
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: this.webClient.userPoolClientId,
      AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`,
      AUTH_TENANT_CLAIM: 'custom:tenant_id',
      AUTH_ROLES_CLAIM: 'cognito:groups',
      AUTH_CLIENT_TENANTS: Lazy.string({
        produce: () => Stack.of(this).toJsonString(Object.fromEntries(this.clientTenants)),
      }),
    };
  }

  /** The tenant's groups, one per tenant role, and its machine client. */
  addTenant(scope: Construct, tenantId: string): void {
    for (const role of TENANT_ROLES) {
      new cognito.UserPoolGroup(scope, `Group-${role}`, {
        userPool: this.userPool,
        groupName: tenantGroupName(tenantId, role),
        description: `${role} of tenant ${tenantId}`,
      });
    }
    if (!this.domain) return;
    const client = new cognito.UserPoolClient(scope, 'MachineClient', {
      userPool: this.userPool,
      generateSecret: true,
      oAuth: { flows: { clientCredentials: true }, scopes: this.scopes },
      // Only refresh-token auth in the explicit flows: no person can sign in through a machine client.
      authFlows: { userSrp: false },
      accessTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
    });
    this.clientTenants.push([client.userPoolClientId, tenantId]);
  }
}
