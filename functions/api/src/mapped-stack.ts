// Stack traces of unexpected errors, mapped back to our sources with the bundle's source maps. Node could do
// this itself (--enable-source-maps), but it then reads the map of every chunk as the chunk loads: ≈11 ms of
// each cold start of the API, spent for the rare request that fails. Here a map is read only when a frame of
// its chunk is in a stack being logged.
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

/** `file:///var/task/chunks/records-X.mjs:1:2345` in a stack frame. */
const BUNDLE_FRAME = /(file:\/\/[^\s()]+?\.m?js):(\d+):(\d+)/g;

const maps = new Map<string, SourceMap | undefined>();

const mapOf = (fileUrl: string): SourceMap | undefined => {
  if (!maps.has(fileUrl)) {
    let map: SourceMap | undefined;
    try {
      const payload = JSON.parse(readFileSync(`${fileURLToPath(fileUrl)}.map`, 'utf8')) as SourceMapPayload;
      map = new SourceMap(payload);
    } catch {
      map = undefined; // no map beside the file: its frames stay as they are
    }
    maps.set(fileUrl, map);
  }
  return maps.get(fileUrl);
};

/** Sources are named relative to the bundle (`../../packages/api/src/app.ts`): shown from the repository. */
const sourceName = (source: string) => source.replace(/^(?:\.\.\/)+/, '');

/** `stack` with each frame in a bundle file that has a source map replaced by its place in our sources. */
export const mapStack = (stack: string): string =>
  stack.replace(BUNDLE_FRAME, (frame, fileUrl: string, line: string, column: string) => {
    const entry = mapOf(fileUrl)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    return `${sourceName(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
