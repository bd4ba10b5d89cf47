// Synth tests of the identity provider setting: a Cognito user pool in the global regions (groups per tenant
// and role, machine clients, the claims the API reads), an external OIDC issuer anywhere, and no Cognito in
// the China regions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TENANT_ROLES, tenantCatalog } from '@lianjian/core';
import { App, type CfnElement, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { LianjianStack, type LianjianStackProps } from '../infra/lib/index.ts';

const root = join(import.meta.dirname, '..');
const { context } = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};
const inlineCode = lambda.Code.fromInline('export const handler = async () => ({ statusCode: 200 });');
const tenants = tenantCatalog.filter((tenant) =>
  ['sh-jinshan', 'zj-jiashan', 'sh-pudong'].includes(tenant.id),
);
const OIDC = {
  kind: 'oidc',
  issuer: 'https://sso.zj.gov.cn/realms/lianjian',
  jwksUrl: 'https://sso.zj.gov.cn/realms/lianjian/protocol/openid-connect/certs',
  audience: 'lianjian-api',
  tenantClaim: 'org_tenant',
  rolesClaim: 'lianjian_roles',
} as const;

const newApp = (extra: Record<string, unknown> = {}) =>
  new App({ context: { ...context, '@aws-cdk/core:appMode': 'inmemory', ...extra } });

const synth = (props: LianjianStackProps = {}, app = newApp()) => {
  const stack = new LianjianStack(app, 'Lianjian', {
    apiCode: inlineCode,
    onboardingCode: inlineCode,
    jobsCode: inlineCode,
    tenants,
    ...props,
  });
  const template = Template.fromStack(stack);
  const [fn] = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) =>
    id.startsWith('ApiFunction'),
  );
  return { app, stack, template, env: fn?.[1].Properties.Environment.Variables as Record<string, unknown> };
};

/**
 * The JSON an `Fn::Join` of literals and `Ref`s becomes, each `Ref` written as `{Ref:<logical id>}`, parsed:
 * the client id → tenant id mapping as the function will read it, with client ids by resource.
 */
const resolveJoin = (value: unknown): Record<string, unknown> => {
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) return JSON.parse(value as string) as Record<string, unknown>;
  const [separator, parts] = join;
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = (part as { Ref?: unknown }).Ref;
      if (typeof ref !== 'string') throw new Error(`unexpected part ${JSON.stringify(part)}`);
      return `{Ref:${ref}}`;
    })
    .join(separator);
  return JSON.parse(text) as Record<string, unknown>;
};

describe('identity provider: Cognito', () => {
  const { stack, template, env } = synth({ identityProvider: { kind: 'cognito' } });

  it('creates an invitation-only user pool with MFA, threat protection and the tenant attribute', () => {
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        UserPoolTier: 'PLUS',
        // Threat protection enforced (the Plus plan's full-function mode).
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'tenant_id', AttributeDataType: 'String', Mutable: true }),
        ]),
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      }),
    });
  });

  it('creates one group per tenant and tenant role, named <tenantId>:<role>, and the platform group', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => group.Properties.GroupName,
    );
    expect(groups.sort()).toEqual(
      [
        'platform_admin',
        ...tenants.flatMap((tenant) => TENANT_ROLES.map((role) => `${tenant.id}:${role}`)),
      ].sort(),
    );
  });

  it('offers the lianjian/read and lianjian/write scopes to one client-credentials client per tenant', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'lianjian',
      Scopes: [
        { ScopeName: 'read', ScopeDescription: Match.anyValue() },
        { ScopeName: 'write', ScopeDescription: Match.anyValue() },
      ],
    });
    const machine = Object.entries(template.findResources('AWS::Cognito::UserPoolClient')).filter(([id]) =>
      id.startsWith('Tenants'),
    );
    expect(machine).toHaveLength(tenants.length);
    for (const [, client] of machine) {
      expect(client.Properties).toMatchObject({
        GenerateSecret: true,
        AllowedOAuthFlows: ['client_credentials'],
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      });
      expect(JSON.stringify(client.Properties.AllowedOAuthScopes)).toMatch(/\/read.*\/write/);
    }
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('tells the API the pool issuer, the web client audience and how to read tenant, roles and clients', () => {
    expect(env).toMatchObject({
      AUTH_AUDIENCE: { Ref: expect.stringMatching(/^IdentityUserPoolWebClient/) },
      AUTH_TENANT_CLAIM: 'custom:tenant_id',
      AUTH_ROLES_CLAIM: 'cognito:groups',
    });
    expect(env.AUTH_ISSUER).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^IdentityUserPool/), 'ProviderURL'],
    });
  });

  it("maps each tenant's machine client, and only those, to its tenant in AUTH_CLIENT_TENANTS", () => {
    const machineClientOf = (tenantId: string) =>
      stack.getLogicalId(
        stack.node.findChild('Tenants').node.findChild(tenantId).node.findChild('MachineClient').node
          .defaultChild as CfnElement,
      );
    expect(resolveJoin(env.AUTH_CLIENT_TENANTS)).toEqual(
      Object.fromEntries(tenants.map((tenant) => [`{Ref:${machineClientOf(tenant.id)}}`, tenant.id])),
    );
    // Every client-credentials client of the pool is mapped; the web client (ID tokens) is not.
    const clientCredentialsClients = Object.entries(template.findResources('AWS::Cognito::UserPoolClient'))
      .filter(([, client]) => client.Properties.AllowedOAuthFlows?.includes('client_credentials'))
      .map(([id]) => `{Ref:${id}}`);
    expect(Object.keys(resolveJoin(env.AUTH_CLIENT_TENANTS)).sort()).toEqual(clientCredentialsClients.sort());
  });

  it('maps no client when machine clients are turned off, so every access token is refused', () => {
    const { env } = synth({ identityProvider: { kind: 'cognito', machineClients: false } });
    expect(env.AUTH_CLIENT_TENANTS).toBe('{}');
  });

  it('passes the AwsSolutions checks with no new acknowledgement', () => {
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
    const { stack } = synth({ identityProvider: { kind: 'cognito' } }, app);
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
    const errors = (report.pluginReports as { violations: { ruleName: string; severity: string }[] }[])
      .flatMap((plugin) => plugin.violations)
      .filter((violation) => violation.severity === 'error');
    expect(errors).toEqual([]);
    const resources = assembly.getStackByName(stack.stackName).template.Resources as Record<
      string,
      { Type: string; Metadata?: { cdk_nag?: unknown } }
    >;
    const cognitoAcks = Object.values(resources).filter(
      (resource) => resource.Type.startsWith('AWS::Cognito') && resource.Metadata?.cdk_nag,
    );
    expect(cognitoAcks).toEqual([]);
  });

  it('is chosen by context too: -c identityProvider=cognito', () => {
    const { template } = synth({}, newApp({ identityProvider: 'cognito' }));
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
  });
});

describe('identity provider: external OIDC issuer', () => {
  it('creates no Cognito resources and hands the issuer and claim names to the API', () => {
    const { template, env } = synth({ identityProvider: OIDC });
    for (const type of ['UserPool', 'UserPoolClient', 'UserPoolGroup', 'UserPoolDomain']) {
      template.resourceCountIs(`AWS::Cognito::${type}`, 0);
    }
    expect(env).toMatchObject({
      AUTH_ISSUER: OIDC.issuer,
      AUTH_AUDIENCE: OIDC.audience,
      AUTH_JWKS_URL: OIDC.jwksUrl,
      AUTH_TENANT_CLAIM: 'org_tenant',
      AUTH_ROLES_CLAIM: 'lianjian_roles',
    });
    expect(env).not.toHaveProperty('AUTH_CLIENT_TENANTS');
  });

  it('takes the setting as JSON from context', () => {
    const { env } = synth({}, newApp({ identityProvider: JSON.stringify(OIDC) }));
    expect(env).toMatchObject({ AUTH_ISSUER: OIDC.issuer, AUTH_TENANT_CLAIM: 'org_tenant' });
  });

  it('refuses an issuer that is not https, and claim names that are not names', () => {
    expect(() => synth({ identityProvider: { ...OIDC, issuer: 'http://sso.test' } })).toThrow(/https/);
    expect(() => synth({ identityProvider: { ...OIDC, rolesClaim: 'roles claim' } })).toThrow(/claim name/);
    expect(() => synth({}, newApp({ identityProvider: 'ldap' }))).toThrow(/identityProvider/);
  });
});

describe('identity provider in the China regions', () => {
  it('refuses Cognito in cn-northwest-1 with a clear error', () => {
    expect(() => synth({ env: { region: 'cn-northwest-1' }, identityProvider: { kind: 'cognito' } })).toThrow(
      /Cognito user pools are not offered in cn-northwest-1.*kind: 'oidc'/,
    );
  });

  it('synthesizes cn-northwest-1 with an OIDC issuer, every ARN in the stack partition', () => {
    const { template, env } = synth({ env: { region: 'cn-northwest-1' }, identityProvider: OIDC });
    const text = JSON.stringify(template.toJSON());
    expect(text).not.toContain('arn:aws:');
    expect(JSON.stringify(env.TENANT_DATA_ROLE_ARN)).toContain('{"Ref":"AWS::Partition"}');
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.resourceCountIs('AWS::ApiGateway::UsagePlan', tenants.length);
  });
});
