import { describe, expect, it } from 'vitest';
import { pickLang } from './lang.ts';
import { readIfMatch, requestFingerprint } from './request-parts.ts';
import { formatPath } from './validation.ts';

describe('request parts', () => {
  it('reads the version from If-Match and says what is wrong otherwise', () => {
    expect(readIfMatch('"7"')).toBe(7);
    expect(readIfMatch('W/"7"')).toBe(7);
    expect(() => readIfMatch(undefined)).toThrow('version.required');
    expect(() => readIfMatch('*')).toThrow('input.invalidIfMatch');
    expect(() => readIfMatch('"7", "8"')).toThrow('input.invalidIfMatch');
  });

  it('fingerprints bodies regardless of key order', () => {
    expect(requestFingerprint('POST', '/v1/orgs', { a: 1, b: [{ c: 2, d: 3 }] })).toBe(
      requestFingerprint('POST', '/v1/orgs', { b: [{ d: 3, c: 2 }], a: 1 }),
    );
    expect(requestFingerprint('POST', '/v1/orgs', { a: 1 })).not.toBe(
      requestFingerprint('POST', '/v1/orgs', { a: 2 }),
    );
  });

  it('answers in Chinese unless English is preferred', () => {
    expect(pickLang(undefined)).toBe('zh');
    expect(pickLang('en')).toBe('en');
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(pickLang('en-GB,en;q=0.9,zh;q=0.1')).toBe('en');
    expect(pickLang('fr-FR')).toBe('zh');
    expect(pickLang('fr, en;q=0.5')).toBe('en');
  });

  it('formats issue paths like participants[6].name', () => {
    expect(formatPath(['participants', 6, 'name'])).toBe('participants[6].name');
    expect(formatPath([])).toBe('');
  });
});
