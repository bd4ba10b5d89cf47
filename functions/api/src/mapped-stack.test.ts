// A stack from a minified, code-split Lambda bundle, mapped back to the sources with the bundle's maps.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleLambda } from '../../../infra/lib/api-bundle.ts';
import { mapStack } from './mapped-stack.ts';

describe('mapped stacks', () => {
  it('names the source file and line of each frame in the bundle, and leaves other frames alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianjian-stack-'));
    const source = join(dir, 'fails.ts');
    writeFileSync(
      source,
      [
        '// a handler that fails two calls deep',
        'const inner = (value: number): number => {',
        "  if (value > 1) throw new Error('boom');",
        '  return value;',
        '};',
        'export const handler = async (value: number) => inner(value + 1);',
        '',
      ].join('\n'),
    );
    const { entryFile } = await bundleLambda({ entry: source, outdir: join(dir, 'out') });
    // In a plain Node process, as on Lambda (vitest would map the stack itself).
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { handler } = await import(${JSON.stringify(pathToFileURL(entryFile).href)});
         await handler(1).catch((error) => process.stdout.write(error.stack));`,
      ],
      { encoding: 'utf8' },
    );
    const stack = run.stdout;

    // Minified: the frames point into index.mjs, line 1 or 2.
    expect(stack).toMatch(/index\.mjs:\d+:\d+/);
    const mapped = mapStack(stack);
    expect(mapped).toMatch(/fails\.ts:3:\d+/); // the throw
    expect(mapped).toMatch(/fails\.ts:6:\d+/); // the caller
    expect(mapped).not.toMatch(/index\.mjs:\d+:\d+/);
    // Frames outside the bundle, and a stack with no map beside its files, stay as they are.
    expect(mapStack('at run (node:internal/process/task_queues:95:5)')).toBe(
      'at run (node:internal/process/task_queues:95:5)',
    );
    const noMap = `at f (${pathToFileURL(join(dir, 'missing.mjs')).href}:1:10)`;
    expect(mapStack(noMap)).toBe(noMap);
  });
});
