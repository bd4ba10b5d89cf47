// One JSON line per request for CloudWatch Logs, written by the Lambda entry (middy): the gateway's request id
// (the response's `x-request-id` too), method, path, status and duration, and on a container's first call the
// cold-start figures (how long the process took to load the bundle, then this call). Query them with Logs
// Insights, e.g. `filter coldStart | stats avg(initMs), avg(ms)`.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export interface AccessLine {
  readonly message: 'request';
  readonly requestId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Milliseconds in the handler. */
  readonly ms: number;
  /** Present on a container's first call only. */
  readonly coldStart?: true;
  /** Milliseconds from the process's start to the bundle being loaded (present with `coldStart`). */
  readonly initMs?: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * `loadedAt` is `performance.now()` once the entry module has run (milliseconds since the process started);
 * `write` receives each line (stdout by default, which Lambda sends to CloudWatch Logs).
 */
export const accessLog = (
  loadedAt: number,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  let cold = true;
  let startedAt = 0;
  const log = (event: APIGatewayProxyEvent, status: number) => {
    const line: AccessLine = {
      message: 'request',
      requestId: event.requestContext?.requestId,
      method: event.httpMethod,
      path: event.path,
      status,
      ms: round(performance.now() - startedAt),
      ...(cold ? { coldStart: true as const, initMs: round(loadedAt) } : {}),
    };
    cold = false;
    write(JSON.stringify(line));
  };
  return {
    // Lambda runs one event at a time per container, so one start time is enough.
    before: () => {
      startedAt = performance.now();
    },
    after: ({ event, response }) => log(event, response?.statusCode ?? 0),
    onError: ({ event }) => log(event, 500),
  };
};
