// An ES module import of a Node built-in (`import { request } from 'node:http'`) goes through Node's ESM facade
// for that built-in, which reads every export once to fill in the module's namespace. Several built-ins export
// lazy getters that load a whole subsystem when read: `node:http`'s load undici (its WebSocket classes),
// `node:process`'s set up stdin and stdout. On Node 22 an ESM import of `node:http` costs ≈36 ms against ≈5 ms
// for `require('node:http')` (the AWS SDK's HTTP handler imports it for http endpoints), and `node:process`,
// `node:fs` and `node:util` cost 4–10 ms more as ES modules.
//
// This plugin bundles every import of a built-in as a small CommonJS module around `process.getBuiltinModule`
// (Node ≥ 22.3): esbuild then reads names off the module object when they are used, and no getter runs until
// the code asks for what it guards.
import { isBuiltin } from 'node:module';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'builtin-as-commonjs';

export const builtinsAsCommonJs: Plugin = {
  name: 'builtins-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      // `require()` of a built-in already skips the facade; only ES module imports are rewritten.
      if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined;
      if (args.namespace === NAMESPACE || !isBuiltin(args.path)) return undefined;
      const name = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
      return { path: name, namespace: NAMESPACE };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
