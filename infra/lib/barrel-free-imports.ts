// esbuild splits code by which entry points reach each file, and an import of a workspace package's barrel
// (`import { isDomainError } from '@lianjian/core'`) reaches every file that barrel re-exports: with barrels,
// the Lambda entry and every route chunk would share one chunk holding all of core and store. This plugin
// rewrites such imports in workspace sources into imports of the files that define the names, read from the
// barrel's `export { … } from './file.ts'` lines, so each chunk reaches only the code it uses. The barrels
// only re-export, and the packages declare `"sideEffects": false`, so what runs is the same.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** Where each name a barrel exports is defined: its file and its name there. */
type BarrelMap = ReadonlyMap<string, { readonly file: string; readonly name: string }>;

const REEXPORT = /export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)';/g;
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*'(@lianjian\/[\w-]+)';/g;

/** `read` called once per key. */
const memo = <T>(read: (key: string) => T): ((key: string) => T) => {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, read(key));
    return cache.get(key) as T;
  };
};

/** `name`, `type name`, `name as alias` → its parts. */
const specifier = (text: string) => {
  const match = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(text.trim());
  if (!match?.[2]) throw new Error(`cannot read the import specifier "${text}"`);
  return { type: !!match[1], name: match[2], alias: match[3] ?? match[2] };
};

/** The names `file` re-exports (`export { … } from …`), each with the file and name it comes from. */
const reexportsOf = (file: string): Map<string, { file: string; name: string }> => {
  const names = new Map<string, { file: string; name: string }>();
  for (const [, list, from] of readFileSync(file, 'utf8').matchAll(REEXPORT)) {
    const source = resolve(dirname(file), from as string);
    for (const text of (list as string).split(',').filter((part) => part.trim())) {
      const { name, alias } = specifier(text);
      names.set(alias, { file: source, name });
    }
  }
  return names;
};

/** A barrel's names, followed through nested barrels (`export { … } from './imports/index.ts'`). */
const readBarrel = (indexFile: string): BarrelMap => {
  const reexportsCached = memo(reexportsOf);
  const origin = (file: string, name: string): { file: string; name: string } => {
    const next = reexportsCached(file).get(name);
    return next ? origin(next.file, next.name) : { file, name };
  };
  return new Map(
    [...reexportsCached(indexFile)].map(([alias, target]) => [alias, origin(target.file, target.name)]),
  );
};

/** `packages`: workspace package name → its barrel file, e.g. `@lianjian/core` → packages/core/src/index.ts. */
export const barrelFreeImports = (packages: Readonly<Record<string, string>>): Plugin => ({
  name: 'barrel-free-imports',
  setup(build) {
    const readBarrelOnce = memo(readBarrel);
    const barrelOf = (pkg: string): BarrelMap | undefined => {
      const index = packages[pkg];
      return index === undefined ? undefined : readBarrelOnce(index);
    };

    build.onLoad({ filter: /[\\/](?:packages|functions)[\\/][\w-]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(IMPORT, (statement, typeOnly, list: string, pkg: string) => {
        const barrel = barrelOf(pkg);
        if (!barrel || typeOnly) return statement; // type-only imports are erased anyway
        const byFile = new Map<string, string[]>();
        for (const text of list.split(',').filter((part) => part.trim())) {
          const { type, name, alias } = specifier(text);
          // Types are erased; an `import { type T } from './file.ts'` left behind would still load the file.
          if (type) continue;
          const target = barrel.get(name);
          if (!target) throw new Error(`${args.path}: ${pkg} does not export ${name}`);
          const parts = byFile.get(target.file) ?? [];
          parts.push(target.name === alias ? alias : `${target.name} as ${alias}`);
          byFile.set(target.file, parts);
        }
        return [...byFile]
          .map(([file, parts]) => `import { ${parts.join(', ')} } from ${JSON.stringify(file)};`)
          .join('\n');
      });
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
});

/** The workspace packages whose barrels the Lambda bundles see through. */
export const workspaceBarrels = (repoRoot: string): Record<string, string> => ({
  '@lianjian/api': join(repoRoot, 'packages/api/src/index.ts'),
  '@lianjian/core': join(repoRoot, 'packages/core/src/index.ts'),
  '@lianjian/store': join(repoRoot, 'packages/store/src/index.ts'),
  '@lianjian/sheets': join(repoRoot, 'packages/sheets/src/index.ts'),
});
