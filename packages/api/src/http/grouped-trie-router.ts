// Hono's TrieRouter, built one path group at a time. Inserting all 142 routes into one trie cost 3–5 ms of
// every cold start (measured in the Lambda bundle), and a cold start answers one request. Routes are filed
// under the first two segments of their path (`/v1/orgs/{orgId}` under `v1/orgs`); the first request to a
// group builds that group's trie, from its routes and the routes every path may match (middleware `*`,
// patterns in the first two segments), in the order they were added, so handlers run in the same order as
// with one trie. A request outside every group gets a trie of the shared routes alone.
import type { Result, Router } from 'hono/router';
import { TrieRouter } from 'hono/router/trie-router';

interface Added<T> {
  readonly method: string;
  readonly path: string;
  readonly handler: T;
  /** Undefined: the route may match paths of any group. */
  readonly group: string | undefined;
}

const SHARED_ONLY = '';
const LITERAL_SEGMENT = /^[^:*{}?()]+$/;

/** `/v1/orgs/:orgId` → `v1/orgs`; `/healthz` → `healthz/`; undefined when either segment is a pattern. */
const routeGroup = (path: string): string | undefined => {
  const [, first, second = ''] = path.split('/');
  if (first === undefined || !LITERAL_SEGMENT.test(first)) return undefined;
  if (second !== '' && !LITERAL_SEGMENT.test(second)) return undefined;
  return `${first}/${second}`;
};

/**
 * The group a request path falls in: its first two segments, as `routeGroup` files literal routes
 * (`/v1/orgs/x` → `v1/orgs`). Read by position, not split: it runs on every request.
 */
const requestGroup = (path: string): string => {
  const first = path.indexOf('/', 1);
  if (first < 0) return `${path.slice(1)}/`;
  const second = path.indexOf('/', first + 1);
  return path.slice(1, second < 0 ? undefined : second);
};

export class GroupedTrieRouter<T> implements Router<T> {
  name = 'GroupedTrieRouter';
  readonly #added: Added<T>[] = [];
  readonly #groups = new Set<string>();
  readonly #tries = new Map<string, TrieRouter<T>>();

  add(method: string, path: string, handler: T): void {
    const group = routeGroup(path);
    this.#added.push({ method, path, handler, group });
    if (group !== undefined) this.#groups.add(group);
    // A route added after requests were served: the built tries no longer hold every route.
    this.#tries.clear();
  }

  match(method: string, path: string): Result<T> {
    const wanted = requestGroup(path);
    // Unknown groups share one trie, so odd paths cannot make the router build one trie each.
    const group = this.#groups.has(wanted) ? wanted : SHARED_ONLY;
    let trie = this.#tries.get(group);
    if (!trie) {
      trie = new TrieRouter<T>();
      for (const route of this.#added) {
        if (route.group === undefined || route.group === group)
          trie.add(route.method, route.path, route.handler);
      }
      this.#tries.set(group, trie);
    }
    return trie.match(method, path);
  }
}
