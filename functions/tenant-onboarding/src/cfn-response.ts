// Answers CloudFormation for a custom resource: a PUT of the outcome to the pre-signed URL in the event.
// Without an answer the stack waits for the resource's service timeout, so every path must end here.
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import type { Outcome } from './onboard.ts';

/** CloudFormation shows the reason in the stack events; it rejects response bodies over 4 KiB. */
const MAX_REASON = 1000;

export const responseBody = (event: CloudFormationCustomResourceEvent, outcome: Outcome) =>
  JSON.stringify({
    Status: outcome.status,
    Reason: (outcome.reason ?? outcome.status).slice(0, MAX_REASON),
    PhysicalResourceId: outcome.physicalResourceId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: false,
    ...(outcome.data ? { Data: outcome.data } : {}),
  });

/** Sends the outcome; throws if the URL does not accept it (the Lambda log then shows why). */
export const sendResponse = async (
  event: CloudFormationCustomResourceEvent,
  outcome: Outcome,
): Promise<void> => {
  const body = responseBody(event, outcome);
  // The URL is signed without a content type: send none, as CloudFormation's own helper does.
  const response = await fetch(event.ResponseURL, {
    method: 'PUT',
    body,
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
  });
  if (!response.ok) throw new Error(`CloudFormation response rejected: ${response.status}`);
};
