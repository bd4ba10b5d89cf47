// The jobs function (functions/jobs): invoked by EventBridge rules with the job's name, and by the tables'
// streams for asynchronous imports. The leaderboard runs daily at 01:00 Asia/Shanghai (17:00 UTC), after the
// day's writes; overdue problems are escalated hourly. With its own role the function reaches only alliance
// partitions, the platform's audit trail and the alliance directory index. An import job writes a tenant's
// partition as the API does, through the tenant's data role (which trusts this function's role too, see
// tenant.ts): the stream passes on only import job items written as `queued`, one job per invocation, and a
// run that runs out of time writes its job `queued` again, which is the next run's stream record.
import { join } from 'node:path';
import { importJobStreamFilter } from '@lianjian/store';
import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { REPO_ROOT } from './api-bundle.ts';
import { ApiFunction } from './api-function.ts';
import { locallyBundledCode } from './local-bundle.ts';

export const JOBS_ENTRY = join(REPO_ROOT, 'functions/jobs/src/index.ts');

/** Each job's schedule (EventBridge cron, UTC). */
export const JOB_SCHEDULES = {
  leaderboard: events.Schedule.cron({ minute: '0', hour: '17' }),
  escalations: events.Schedule.cron({ minute: '5' }),
  // Import jobs whose run died (timeout, crash) or whose start was lost are started again.
  imports: events.Schedule.cron({ minute: '*/10' }),
} as const;

export interface ScheduledJobsProps {
  /** The pooled table: it holds every alliance partition. */
  readonly table: dynamodb.ITable;
  /**
   * The jobs function's deployment package; tests pass inline code to skip the build.
   * @default - functions/jobs bundled locally
   */
  readonly code?: lambda.Code;
  /** `TENANT_DATA_ROLE_ARN`, as the API has it: import jobs reach a tenant's partition through its data role. */
  readonly dataRoleArnTemplate?: string;
}

export class ScheduledJobs extends Construct {
  readonly function: lambda.Function;
  /** The function's execution role: the tenant data roles trust it, for import jobs. */
  readonly role: iam.IRole;

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    const fn = new ApiFunction(this, 'Jobs', {
      description: 'Runs the Lianjian scheduled jobs (leaderboard, problem escalation) and import jobs',
      code: props.code ?? locallyBundledCode(JOBS_ENTRY),
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: props.table.tableName,
        ...(props.dataRoleArnTemplate ? { TENANT_DATA_ROLE_ARN: props.dataRoleArnTemplate } : {}),
      },
    });
    this.function = fn.function;
    this.role = fn.role;
    this.runImportJobsOf(props.table);
    Validations.of(fn.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'The stream event sources grant dynamodb:ListStreams, which IAM authorises only on "*"; it lists stream ' +
        "ARNs and reads no data. Reading each stream's records is granted on that stream's ARN alone.",
    });
    fn.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:ConditionCheckItem',
        ],
        resources: [props.table.tableArn, `${props.table.tableArn}/index/gsi1`],
        conditions: {
          // Alliance partitions, the platform's audit trail, and the alliance directory key of gsi1.
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['A#*', 'PLATFORM#*', 'ALLIANCES'] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      }),
    );
    for (const [job, schedule] of Object.entries(JOB_SCHEDULES)) {
      new events.Rule(this, `${job[0]?.toUpperCase()}${job.slice(1)}Schedule`, {
        description: `Runs the Lianjian ${job} job`,
        schedule,
        targets: [
          new targets.LambdaFunction(fn.function, {
            event: events.RuleTargetInput.fromObject({ job }),
            retryAttempts: 2,
          }),
        ],
      });
    }
  }

  /**
   * Runs the import jobs kept in `table` (the pooled one, or a silo tenant's): its stream invokes the function
   * with each import job item written as `queued`, filtered before the function is invoked.
   */
  runImportJobsOf(table: dynamodb.ITable): void {
    this.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: lambda.StartingPosition.LATEST,
        // One job per invocation: each run gets the function's whole time.
        batchSize: 1,
        filters: [lambda.FilterCriteria.filter(importJobStreamFilter())],
        // A failed run has queued its job again itself; these retries cover invocations that never ran.
        retryAttempts: 2,
      }),
    );
  }
}
