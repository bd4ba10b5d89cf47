import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isCreditCode, makeCreditCode } from './credit-code.ts';

describe('unified social credit code', () => {
  // The standard's own example and codes printed on public business licences.
  const REAL = [
    '91350100M000100Y43',
    '91110000802100433B',
    '91440300708461136T',
    '914403001922038216',
    '91110108551385082Q',
  ];

  it.each(REAL)('accepts the real code %s', (code) => {
    expect(isCreditCode(code)).toBe(true);
  });

  it('rejects a code whose check character is wrong', () => {
    for (const code of REAL) {
      const last = code.charAt(17);
      const wrong = last === '0' ? '1' : '0';
      expect(isCreditCode(code.slice(0, 17) + wrong)).toBe(false);
    }
  });

  it('rejects wrong length and characters outside the alphabet', () => {
    expect(isCreditCode('91310000MA1FL4ME1')).toBe(false);
    expect(isCreditCode('91310000MA1FL4ME1HX')).toBe(false);
    expect(isCreditCode('91310000MA1FL4MO1H')).toBe(false); // O is not used
    expect(isCreditCode('91310000ma1fl4me1h')).toBe(false);
    expect(creditCodeCheckChar('9131000IMA1FL4ME1')).toBeUndefined();
  });

  it('makes distinct valid codes for demo data', () => {
    const codes = new Set<string>();
    for (let serial = 0; serial < 2000; serial++) {
      const code = makeCreditCode('310116', serial * 7919);
      expect(isCreditCode(code)).toBe(true);
      codes.add(code);
    }
    expect(codes.size).toBe(2000);
  });
});
