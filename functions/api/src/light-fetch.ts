// Light Headers, Request and Response for Hono (and jose's remote key set) on Lambda: Node's undici-backed
// classes cost more per request than the rest of the app (streams for every body), and the first use of one
// loads undici (≈20 ms of a cold start); the bundler points those libraries' references here (see
// infra/lib/api-bundle.ts). Exotic bodies (FormData…) fall back to the real classes.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const UNSAFE_VALUE = /[\0\r\n]/;

type HeadersInit = Headers | Iterable<[string, string]> | Record<string, string> | undefined | null;

export class Headers {
  readonly #values = new Map<string, string>();
  #cookies: string[] = [];

  constructor(init?: HeadersInit) {
    if (init == null) return;
    if (init instanceof Headers)
      init.forEach((value, name) => {
        this.append(name, value);
      });
    else if (Symbol.iterator in init) for (const [name, value] of init) this.append(name, value);
    else for (const [name, value] of Object.entries(init)) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const text = String(value).trim();
    if (UNSAFE_VALUE.test(text)) throw new TypeError(`invalid value for header ${key}`);
    if (key === 'set-cookie') {
      this.#cookies.push(text);
      return;
    }
    const current = this.#values.get(key);
    this.#values.set(
      key,
      current === undefined ? text : `${current}${key === 'cookie' ? '; ' : ', '}${text}`,
    );
  }

  set(name: string, value: string): void {
    this.delete(name);
    this.append(name, value);
  }

  delete(name: string): void {
    const key = name.toLowerCase();
    if (key === 'set-cookie') this.#cookies = [];
    else this.#values.delete(key);
  }

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (key === 'set-cookie') return this.#cookies.length ? this.#cookies.join(', ') : null;
    return this.#values.get(key) ?? null;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  getSetCookie(): string[] {
    return [...this.#cookies];
  }

  *entries(): IterableIterator<[string, string]> {
    yield* this.#values.entries();
    for (const cookie of this.#cookies) yield ['set-cookie', cookie];
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, headers: Headers) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}

type BodyValue = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | null;

/** The real class, loaded (with undici) only when a body needs it. */
const nativeResponse = (): typeof globalThis.Response => globalThis.Response;

const toBytes = async (body: unknown): Promise<Uint8Array> => {
  if (body == null) return new Uint8Array(0);
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof ReadableStream) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    }
    return Buffer.concat(chunks);
  }
  return new Uint8Array(
    await new (nativeResponse())(body as ConstructorParameters<typeof globalThis.Response>[0]).arrayBuffer(),
  );
};

class Body {
  #raw: unknown = null;
  #stream: ReadableStream<Uint8Array> | undefined;
  bodyUsed = false;
  headers: Headers = new Headers();

  protected setBody(body: unknown): void {
    this.#raw = body ?? null;
  }

  /** A stream only when someone asks for one: creating it costs more than the rest together. */
  get body(): ReadableStream<Uint8Array> | null {
    const raw = this.#raw;
    if (raw == null) return null;
    if (raw instanceof ReadableStream) return raw;
    this.#stream ??= new ReadableStream({
      start: async (controller) => {
        controller.enqueue(await toBytes(raw));
        controller.close();
      },
    });
    return this.#stream;
  }

  #take(): Promise<Uint8Array> {
    if (this.bodyUsed) return Promise.reject(new TypeError('body already used'));
    this.bodyUsed = true;
    return toBytes(this.#raw);
  }

  async text(): Promise<string> {
    const raw = this.#raw;
    if (typeof raw === 'string' && !this.bodyUsed) {
      this.bodyUsed = true;
      return raw;
    }
    return decoder.decode(await this.#take());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}

interface ResponseInit {
  status?: number;
  statusText?: string;
  headers?: HeadersInit;
}

export class Response extends Body {
  readonly status: number;
  readonly statusText: string;

  constructor(body?: BodyValue, init?: ResponseInit) {
    super();
    this.status = init?.status ?? 200;
    this.statusText = init?.statusText ?? '';
    this.headers = new Headers(init?.headers);
    this.setBody(body);
    if (typeof body === 'string' && !this.headers.has('content-type')) {
      this.headers.set('content-type', 'text/plain;charset=UTF-8');
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  static json(data: unknown, init?: ResponseInit): Response {
    const response = new Response(JSON.stringify(data), init);
    if (!init?.headers) response.headers.set('content-type', 'application/json');
    return response;
  }
}

interface RequestInit {
  method?: string;
  headers?: HeadersInit;
  body?: BodyValue;
}

export class Request extends Body {
  readonly url: string;
  readonly method: string;

  constructor(input: string | Request, init: RequestInit = {}) {
    super();
    const source = input instanceof Request ? input : undefined;
    this.url = source ? source.url : String(input);
    this.method = (init.method ?? source?.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers ?? source?.headers);
    this.setBody(init.body !== undefined ? init.body : (source?.body ?? null));
  }
}
