// The API Gateway REST API in front of the API function: one regional stage proxying every path to
// the Hono app, with stage throttling, JSON access logs and error-level execution logs.
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface PublicApiProps {
  readonly handler: lambda.IFunction;
  /**
   * What the API is for, shown in the console.
   * @default 'Lianjian API'
   */
  readonly description?: string;
  /**
   * Whether every method requires an `x-api-key` (the machine API, metered by per-tenant usage plans).
   * @default false
   */
  readonly apiKeyRequired?: boolean;
  /**
   * Steady-state requests per second for the whole stage (per-tenant limits come from usage plans).
   * @default 100
   */
  readonly throttlingRateLimit?: number;
  /**
   * Requests the stage absorbs in a burst above the rate.
   * @default 200
   */
  readonly throttlingBurstLimit?: number;
  /**
   * Whether this stack sets the region's API Gateway CloudWatch Logs role, which any API Gateway logging
   * needs. It is one setting per account and region: pass false when another stack already owns it.
   * @default true
   */
  readonly manageAccountLogRole?: boolean;
}

/** A REGIONAL REST API (edge-optimised endpoints do not exist in the China regions). */
export class PublicApi extends Construct {
  readonly api: apigateway.LambdaRestApi;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    const manageAccountLogRole = props.manageAccountLogRole ?? true;

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_YEAR,
      // Who called what and when is audit evidence; keep it when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.api = new apigateway.LambdaRestApi(this, 'Api', {
      handler: props.handler,
      proxy: true,
      description: props.description ?? 'Lianjian API',
      ...(props.apiKeyRequired ? { defaultMethodOptions: { apiKeyRequired: true } } : {}),
      endpointConfiguration: { types: [apigateway.EndpointType.REGIONAL] },
      // Imports upload xlsx and GB18030 CSV, exports download them: bodies pass as bytes (base64 to the
      // Lambda, which the adapter decodes), whatever the client's Accept header says.
      binaryMediaTypes: ['*/*'],
      cloudWatchRole: manageAccountLogRole,
      // The account-level role must survive this stack: other APIs in the region log through it too.
      ...(manageAccountLogRole ? { cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN } : {}),
      deployOptions: {
        throttlingRateLimit: props.throttlingRateLimit ?? 100,
        throttlingBurstLimit: props.throttlingBurstLimit ?? 200,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        // Bodies carry personal data; the app logs what it needs itself.
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: false,
      },
    });

    this.acknowledgeFindings(manageAccountLogRole);
  }

  private acknowledgeFindings(manageAccountLogRole: boolean): void {
    const inApp =
      'Every route except the public /healthz, /docs and /v1/openapi.json verifies the bearer JWT in the app ' +
      '(issuer, audience, expiry and algorithm against the JWKS); a Cognito authorizer is not available ' +
      'in the China regions and a Lambda authorizer would repeat the same check at extra latency and cost.';
    Validations.of(this.api).acknowledge(
      { id: 'AwsSolutions-APIG4', reason: inApp },
      { id: 'AwsSolutions-COG4', reason: inApp },
      {
        id: 'AwsSolutions-APIG2',
        reason:
          'The API is a proxy: the Hono app validates every parameter and body with zod (unknown fields ' +
          'rejected, sizes bounded) and answers problem+json; API Gateway models would duplicate those schemas.',
      },
      {
        id: 'AwsSolutions-APIG3',
        reason:
          'No WAF web ACL yet: rule choice and its cost depend on the tenants traffic, decided per environment; ' +
          'until then the stage throttling and per-tenant usage plans bound the load.',
      },
    );
    if (manageAccountLogRole) {
      const role = this.api.node.tryFindChild('CloudWatchRole');
      if (role) {
        Validations.of(role).acknowledge({
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
          reason:
            'API Gateway writes logs for every API in the account and region through this one role; the AWS ' +
            'managed policy is the one API Gateway documents for it and follows its needs.',
        });
      }
    }
  }
}
