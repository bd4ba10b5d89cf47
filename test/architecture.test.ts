// Static checks of the layering: keys are built only in the store, and nothing on a request path scans.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

const requestPath = [
  ...sources('packages/core'),
  ...sources('packages/store'),
  ...sources('packages/api'),
  ...sources('functions'),
];

describe('architecture', () => {
  it('never scans the table on a request path', () => {
    const offenders = requestPath.filter((file) =>
      /\bScanCommand\b|\.scan\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('builds partition keys only inside packages/store/src/keys.ts', () => {
    const offenders = requestPath
      .filter((file) => file !== 'packages/store/src/keys.ts')
      .filter((file) => /[`'"](T|A|PLATFORM)#/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps core free of AWS and HTTP, and lower packages free of higher ones', () => {
    const imports = (dir: string) =>
      sources(dir).flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? ''),
      );
    expect(
      imports('packages/core').filter((name) => /^@aws-sdk|^hono|^@lianjian\/(store|api)/.test(name)),
    ).toEqual([]);
    expect(imports('packages/store').filter((name) => /^hono|^@lianjian\/api/.test(name))).toEqual([]);
  });
});
