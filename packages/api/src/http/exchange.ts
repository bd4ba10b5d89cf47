// The framework-neutral shape of one HTTP exchange, so the route pipeline knows nothing of Hono or Lambda.

export interface Incoming {
  readonly method: string;
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  header(name: string): string | undefined;
  text(): Promise<string>;
  /** The body as bytes (file uploads); read once, like `text()`. */
  bytes(): Promise<Uint8Array>;
  readonly requestId: string;
}

export interface Outgoing {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** A stream for long bodies (exports), produced as the client reads; bytes for files. */
  readonly body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

export const jsonResponse = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Outgoing => ({
  status,
  headers: { 'content-type': JSON_TYPE, ...headers },
  body: JSON.stringify(body),
});
