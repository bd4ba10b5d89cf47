// The CDK app (`npx cdk synth`): one Lianjian stack, checked by cdk-nag's AwsSolutions pack on every synth.
// Env-agnostic unless `-c region=…` / `-c account=…` pin it, so synth needs no AWS account or network.
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
  description: 'Lianjian: multi-tenant API, its single table and cursor key',
  ...(region || account ? { env: { region, account } } : {}),
});

Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
);
app.synth();
