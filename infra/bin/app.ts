// The CDK app (`npx cdk synth`): one Lianjian stack with a tenant construct per catalog entry, checked by
// cdk-nag's AwsSolutions pack on every synth. Env-agnostic unless `-c region=…` / `-c account=…` pin it, so
// synth needs no AWS account or network. The identity provider is `-c identityProvider=cognito` (global
// regions) or an OIDC issuer (`-c authIssuer=… -c authAudience=…`, or `identityProvider` as JSON).
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LianjianStack } from '../lib/lianjian-stack.ts';

const app = new App();

const contextString = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const region = contextString('region');
const account = contextString('account');

new LianjianStack(app, 'Lianjian', {
  description: 'Lianjian: multi-tenant API, its tables, tenants and identity provider',
  ...(region || account ? { env: { region, account } } : {}),
});

Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
);
app.synth();
