// Time-ordered ids (ULID: 48-bit millisecond time + 80 random bits, Crockford base32).
// Monotonic within one process, so ids made in the same millisecond still sort in creation order.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 16;

let lastTime = -1;
let lastRandom: number[] = [];

const encodeTime = (time: number): string => {
  let out = '';
  let rest = time;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
};

const freshRandom = (): number[] => Array.from(randomBytes(RANDOM_CHARS), (byte) => byte % 32);

/** Adds one to the base32 digits, so a second id in the same millisecond sorts after the first. */
const increment = (digits: number[]): number[] => {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i] ?? 0;
    if (digit < 31) {
      next[i] = digit + 1;
      return next;
    }
    next[i] = 0;
  }
  return freshRandom();
};

/** A new ULID, e.g. `01JD3Q7Z8K6T2M4X9C5V0B1N7R`. */
export const newId = (now: number = Date.now()): string => {
  lastRandom = now <= lastTime ? increment(lastRandom) : freshRandom();
  lastTime = Math.max(now, lastTime);
  return encodeTime(lastTime) + lastRandom.map((digit) => ALPHABET.charAt(digit)).join('');
};

export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
