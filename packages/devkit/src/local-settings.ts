// Where the local product keeps its state (.data/, git-ignored), and the settings it derives from it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newCursorKeySpec } from '@lianjian/store';

export const DATA_DIR = resolve(process.env.LIANJIAN_DATA_DIR ?? '.data');
export const DEV_ISSUER_FILE = join(DATA_DIR, 'dev-issuer.json');
export const DYNAMODB_DATA_DIR = join(DATA_DIR, 'dynamodb');

/** Cursor keys kept across restarts, so a client's cursor still works after `npm start` again. */
export const loadOrCreateCursorKeys = (): string => {
  const file = join(DATA_DIR, 'cursor-keys');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const spec = newCursorKeySpec();
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(file, spec, { mode: 0o600 });
  return spec;
};
