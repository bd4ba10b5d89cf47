// API Gateway REST (v1) proxy events in, proxy results out, through Hono's fetch interface
// with the light Request/Response (see light-fetch.ts), so no undici is loaded.
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context as LambdaContext } from 'aws-lambda';
import type { Hono } from 'hono';
import { Headers, Request, type Response } from './light-fetch.ts';

/** Hono's rule: anything not text-like, or encoded, goes back base64. */
const isBinary = (type: string | null, encoding: string | null): boolean =>
  (!!encoding && !/^identity$/i.test(encoding)) ||
  // CSV goes as bytes: decoded as text, its byte-order mark (which Chinese Excel needs) would be dropped.
  (!!type && !/^text\/(?:plain|html|css|javascript)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(type));

const queryString = (event: APIGatewayProxyEvent): string => {
  const params = new URLSearchParams();
  const multi = event.multiValueQueryStringParameters;
  if (multi) {
    for (const [name, values] of Object.entries(multi))
      for (const value of values ?? []) params.append(name, value);
  } else {
    for (const [name, value] of Object.entries(event.queryStringParameters ?? {}))
      params.append(name, value ?? '');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

const requestOf = (event: APIGatewayProxyEvent): Request => {
  const headers = new Headers();
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    for (const value of values ?? []) headers.append(name, value);
  }
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined && !headers.has(name)) headers.set(name, value);
  }
  const body =
    event.body == null ? null : event.isBase64Encoded ? Buffer.from(event.body, 'base64') : event.body;
  if (body != null) headers.set('content-length', String(Buffer.byteLength(body)));
  const host = event.requestContext?.domainName ?? headers.get('host') ?? 'localhost';
  // API Gateway's own request id, so logs and x-request-id agree.
  if (event.requestContext?.requestId && !headers.has('x-request-id')) {
    headers.set('x-request-id', event.requestContext.requestId);
  }
  return new Request(`https://${host}${event.path}${queryString(event)}`, {
    method: event.httpMethod,
    headers,
    body,
  });
};

const resultOf = async (response: Response): Promise<APIGatewayProxyResult> => {
  const binary = isBinary(response.headers.get('content-type'), response.headers.get('content-encoding'));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { multiValueHeaders: { 'set-cookie': cookies } } : {}),
    body: binary ? Buffer.from(await response.arrayBuffer()).toString('base64') : await response.text(),
    isBase64Encoded: binary,
  };
};

// biome-ignore lint/suspicious/noExplicitAny: any app's environment bindings are fine here
export const handle = (app: Hono<any>) => async (event: APIGatewayProxyEvent, context: LambdaContext) => {
  const request = requestOf(event);
  const response = (await app.fetch(request as unknown as globalThis.Request, {
    event,
    requestContext: event.requestContext,
    lambdaContext: context,
  })) as unknown as Response;
  return resultOf(response);
};
