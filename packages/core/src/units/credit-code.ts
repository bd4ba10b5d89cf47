// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.

/** The 31 characters a code may use (I, O, S, V and Z are left out to avoid misreading). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters, or undefined if one is outside the alphabet. */
export const creditCodeCheckChar = (body: string): string | undefined => {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(body.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] as number);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
};

export const isCreditCode = (code: string): boolean =>
  SHAPE.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);

/**
 * A valid code for demo data and tests: registration class `91` (an enterprise registered with market
 * regulation), the division code, then a 9-character organisation part made from `serial`.
 */
export const makeCreditCode = (divisionCode: string, serial: number): string => {
  let organisation = '';
  let rest = serial;
  for (let i = 0; i < 9; i++) {
    organisation = ALPHABET.charAt(rest % 31) + organisation;
    rest = Math.floor(rest / 31);
  }
  const body = `91${divisionCode.slice(0, 6)}${organisation}`;
  return body + creditCodeCheckChar(body);
};
