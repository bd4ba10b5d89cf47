// The tenant-onboarding Lambda entry: the provider behind each tenant's `Custom::LianjianTenant` resource.
// It registers catalog tenants with the same services the API uses, so the registry has one writer's rules.
import { createServices, storeFromConfig } from '@lianjian/api';
import { newCursorKeySpec } from '@lianjian/store';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { sendResponse } from './cfn-response.ts';
import { type Outcome, onboard } from './onboard.ts';

const tableName = process.env.TABLE_NAME;
// Onboarding never lists, so it never seals a cursor: a throwaway key keeps the real one out of this function.
const services = tableName
  ? createServices(storeFromConfig({ tableName, cursorKeys: newCursorKeySpec('onboard') }))
  : undefined;

export const handler = async (event: CloudFormationCustomResourceEvent, context: Context): Promise<void> => {
  let outcome: Outcome;
  try {
    if (!services) throw new Error('environment variable TABLE_NAME is required');
    outcome = await onboard(services.tenants, event);
  } catch (error) {
    console.error(
      JSON.stringify({
        message: 'tenant onboarding failed',
        requestId: event.RequestId,
        error: String(error),
      }),
    );
    outcome = {
      status: 'FAILED',
      physicalResourceId:
        event.RequestType === 'Create' ? `failed/${event.RequestId}` : event.PhysicalResourceId,
      reason: `${error instanceof Error ? error.message : String(error)} (log stream ${context.logStreamName})`,
    };
  }
  await sendResponse(event, outcome);
};
