// The scheduled jobs (functions/jobs): one function, invoked by EventBridge rules with the job's name. The
// leaderboard runs daily at 01:00 Asia/Shanghai (17:00 UTC), after the day's writes; overdue problems are
// escalated hourly. The function reaches only alliance partitions, the platform's audit trail and the
// alliance directory index: never a tenant's partition.
import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { REPO_ROOT } from './api-bundle.ts';
import { ApiFunction } from './api-function.ts';
import { locallyBundledCode } from './local-bundle.ts';

export const JOBS_ENTRY = join(REPO_ROOT, 'functions/jobs/src/index.ts');

/** Each job's schedule (EventBridge cron, UTC). */
export const JOB_SCHEDULES = {
  leaderboard: events.Schedule.cron({ minute: '0', hour: '17' }),
  escalations: events.Schedule.cron({ minute: '5' }),
} as const;

export interface ScheduledJobsProps {
  /** The pooled table: it holds every alliance partition. */
  readonly table: dynamodb.ITable;
  /**
   * The jobs function's deployment package; tests pass inline code to skip the build.
   * @default - functions/jobs bundled locally
   */
  readonly code?: lambda.Code;
}

export class ScheduledJobs extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    const fn = new ApiFunction(this, 'Jobs', {
      description: 'Runs the Lianjian scheduled jobs (leaderboard, problem escalation)',
      code: props.code ?? locallyBundledCode(JOBS_ENTRY),
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: props.table.tableName },
    });
    this.function = fn.function;
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
}
