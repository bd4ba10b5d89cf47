// Opaque pagination cursors: the last key read, encrypted and authenticated with AES-256-GCM.
// The binding (tenant partition, query name, filters) is the associated data, so a cursor only
// decrypts for the same query of the same tenant; an edited or foreign cursor fails.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '@lianjian/core';

export interface CursorKeyRing {
  /** Key id used for new cursors; older ids stay readable until removed, so keys can rotate. */
  readonly currentKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export type LastKey = Record<string, unknown>;

/** Parses `kid:base64key[,kid:base64key…]`; the first key signs new cursors. */
export const parseCursorKeys = (spec: string): CursorKeyRing => {
  const entries = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): [string, Buffer] => {
      const [kid, secret] = part.split(':');
      const key = Buffer.from(secret ?? '', 'base64');
      if (!kid || !/^[A-Za-z0-9_-]{1,16}$/.test(kid) || key.length !== 32) {
        throw new Error('CURSOR_KEYS must be "kid:<32 bytes base64>[,…]"');
      }
      return [kid, key];
    });
  const first = entries[0];
  if (!first) throw new Error('CURSOR_KEYS is empty');
  return { currentKeyId: first[0], keys: new Map(entries) };
};

/** A fresh key ring spec, for development and tests. */
export const newCursorKeySpec = (kid = 'k1'): string => `${kid}:${randomBytes(32).toString('base64')}`;

export interface CursorCodec {
  encode(lastKey: LastKey, binding: string): string;
  /** Fails with `input.invalidCursor` unless the cursor was made by `encode` for the same binding. */
  decode(cursor: string, binding: string): LastKey;
}

export const createCursorCodec = (ring: CursorKeyRing): CursorCodec => ({
  encode(lastKey, binding) {
    const key = ring.keys.get(ring.currentKeyId) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify(lastKey), 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]);
    return `${ring.currentKeyId}.${sealed.toString('base64url')}`;
  },

  decode(cursor, binding) {
    const invalid = new DomainError('input.invalidCursor');
    const [kid, data, extra] = cursor.split('.');
    const key = kid === undefined ? undefined : ring.keys.get(kid);
    if (!key || !data || extra !== undefined) throw invalid;
    const sealed = Buffer.from(data, 'base64url');
    if (sealed.length < 29) throw invalid;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAAD(Buffer.from(binding));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid;
      return parsed as LastKey;
    } catch {
      throw invalid;
    }
  },
});
