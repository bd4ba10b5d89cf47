// Reading the parts of a request every route shares: the JSON body, If-Match, Idempotency-Key.
import { createHash } from 'node:crypto';
import { DomainError } from '@lianjian/core';
import type { Incoming } from './exchange.ts';
import type { Lang } from './lang.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** The parsed JSON body; enforces the media type and the 64 KiB limit. */
export const readJsonBody = async (request: Incoming): Promise<unknown> => {
  const type = request.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/merge-patch+json') {
    throw new DomainError('input.unsupportedMediaType');
  }
  const declared = Number(request.header('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new DomainError('input.tooLarge', { limit: MAX_BODY_BYTES });
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new DomainError('input.tooLarge', { limit: MAX_BODY_BYTES });
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('input.invalidJson');
  }
};

/** The body as bytes for a route that takes a file: its media type must be one of `contentTypes`. */
export const readRawBody = async (
  request: Incoming,
  rule: { readonly maxBytes: number; readonly contentTypes: readonly string[] },
): Promise<{ bytes: Uint8Array; contentType: string }> => {
  const contentType = request.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!rule.contentTypes.includes(contentType))
    throw new DomainError('input.unsupportedMediaType', { types: rule.contentTypes.join(', ') });
  const declared = Number(request.header('content-length') ?? 0);
  if (declared > rule.maxBytes) throw new DomainError('input.tooLarge', { limit: rule.maxBytes });
  const bytes = await request.bytes();
  if (bytes.length > rule.maxBytes) throw new DomainError('input.tooLarge', { limit: rule.maxBytes });
  return { bytes, contentType };
};

/**
 * `Content-Disposition` for a download (RFC 6266): `filename` in ASCII for old clients (`fallback`, or the name
 * with other characters replaced) and, when the name is not plain ASCII, `filename*` in UTF-8.
 */
export const attachmentDisposition = (filename: string, fallback?: string): string => {
  const plain = (name: string) => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const ascii = plain(fallback ?? filename);
  if (ascii === filename) return `attachment; filename="${filename}"`;
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

/** The version named by `If-Match: "3"` (weak `W/"3"` accepted). */
export const readIfMatch = (header: string | undefined): number => {
  if (header === undefined || header.trim() === '') throw new DomainError('version.required');
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(header.trim());
  if (!match?.[1]) throw new DomainError('input.invalidIfMatch');
  return Number(match[1]);
};

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

export const readIdempotencyKey = (header: string | undefined, lang: Lang): string | undefined => {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    const message =
      lang === 'zh' ? '须为 1–128 个字母、数字或 _ . : -' : 'must be 1–128 letters, digits or _ . : -';
    throw new DomainError('input.invalid', {}, [{ path: 'headers.Idempotency-Key', message }]);
  }
  return header;
};

/** JSON with object keys sorted, so the same body always has the same fingerprint. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** Identifies a create request: the same key with a different fingerprint is a misuse. */
export const requestFingerprint = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('base64url');
