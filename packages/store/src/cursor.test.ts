import { describe, expect, it } from 'vitest';
import { createCursorCodec, newCursorKeySpec, parseCursorKeys } from './cursor.ts';

describe('cursor codec', () => {
  const codec = createCursorCodec(parseCursorKeys(newCursorKeySpec('k1')));
  const key = { pk: 'T#sh-jinshan', sk: 'ORG#01JD3Q7Z8K6T2M4X9C5V0B1N7R' };

  it('round-trips a key for the same binding without showing it', () => {
    const cursor = codec.encode(key, 'orgs.all|T#sh-jinshan|');
    expect(cursor).not.toContain('sh-jinshan');
    expect(Buffer.from(cursor.split('.')[1] ?? '', 'base64url').toString('latin1')).not.toContain('ORG#');
    expect(codec.decode(cursor, 'orgs.all|T#sh-jinshan|')).toEqual(key);
  });

  it('refuses the cursor for another binding, an edit, or an unknown key id', () => {
    const cursor = codec.encode(key, 'orgs.all|T#sh-jinshan|');
    expect(() => codec.decode(cursor, 'orgs.all|T#zj-jiashan|')).toThrow('input.invalidCursor');
    const body = cursor.split('.')[1] ?? '';
    const flipped = `k1.${body.slice(0, 20)}${body[20] === 'A' ? 'B' : 'A'}${body.slice(21)}`;
    expect(() => codec.decode(flipped, 'orgs.all|T#sh-jinshan|')).toThrow('input.invalidCursor');
    expect(() => codec.decode(cursor.replace(/^k1/, 'k9'), 'orgs.all|T#sh-jinshan|')).toThrow(
      'input.invalidCursor',
    );
    expect(() => codec.decode('garbage', 'x')).toThrow('input.invalidCursor');
  });

  it('keeps reading cursors of a retired key after rotation', () => {
    const oldSpec = newCursorKeySpec('k1');
    const before = createCursorCodec(parseCursorKeys(oldSpec)).encode(key, 'b');
    const rotated = createCursorCodec(parseCursorKeys(`${newCursorKeySpec('k2')},${oldSpec}`));
    expect(rotated.decode(before, 'b')).toEqual(key);
    expect(rotated.encode(key, 'b').startsWith('k2.')).toBe(true);
  });

  it('rejects malformed key specs', () => {
    expect(() => parseCursorKeys('')).toThrow();
    expect(() => parseCursorKeys('k1:short')).toThrow();
  });
});
