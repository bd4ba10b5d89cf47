// The Lianjian stack: the single table, the cursor key, the API function and the REST API in front of
// it. Partition-, region- and account-agnostic, so the same code deploys to the China regions.
import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { ApiFunction } from './api-function.ts';
import { type AuthSettingsProps, resolveAuthSettings } from './auth-settings.ts';
import { CursorKeys } from './cursor-keys.ts';
import { PublicApi, type PublicApiProps } from './public-api.ts';
import { createSingleTable, REQUEST_PATH_ACTIONS } from './single-table.ts';

export interface LianjianStackProps extends StackProps, AuthSettingsProps {
  /**
   * The API function's deployment package; tests pass inline code to skip the build.
   * @default - the API bundled locally by `scripts/build.ts`
   */
  readonly apiCode?: lambda.Code;
  /**
   * Whether this stack sets the region's API Gateway CloudWatch Logs role (see `PublicApiProps`).
   * @default true
   */
  readonly manageApiGatewayLogRole?: PublicApiProps['manageAccountLogRole'];
}

export class LianjianStack extends Stack {
  readonly table: dynamodb.ITable;
  readonly apiFunction: lambda.IFunction;
  readonly api: PublicApi;

  constructor(scope: Construct, id: string, props: LianjianStackProps = {}) {
    super(scope, id, props);
    const auth = resolveAuthSettings(this, props);

    const table = createSingleTable(this, 'Table');
    this.table = table;
    const cursorKeys = new CursorKeys(this, 'CursorKeys');

    const api = new ApiFunction(this, 'ApiFunction', {
      ...(props.apiCode ? { code: props.apiCode } : {}),
      environment: {
        TABLE_NAME: table.tableName,
        AUTH_ISSUER: auth.issuer,
        AUTH_AUDIENCE: auth.audience,
        AUTH_JWKS_URL: auth.jwksUrl,
        CURSOR_KEYS: cursorKeys.environmentValue,
      },
    });
    this.apiFunction = api.function;
    table.grant(api.function, ...REQUEST_PATH_ACTIONS);
    // The only wildcard in the function's policy: `grant` covers the table's indexes (gsi1, and any added
    // later) as `<table>/index/*`; Query on an index is authorised against the index ARN.
    Validations.of(api).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(table.node.defaultChild as dynamodb.CfnTable)}.Arn>/index/*]`,
      reason:
        'Queries on the table indexes (gsi1 and later ones) are authorised against <table>/index/<name>; the ' +
        "wildcard covers only this table's indexes, with the same request-path actions (no Scan).",
    });

    this.api = new PublicApi(this, 'PublicApi', {
      handler: api.function,
      ...(props.manageApiGatewayLogRole === undefined
        ? {}
        : { manageAccountLogRole: props.manageApiGatewayLogRole }),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.api.url, description: 'Base URL of the Lianjian API' });
    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'The single DynamoDB table' });
  }
}
