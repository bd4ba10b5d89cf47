// The grouped router must answer every request exactly as one TrieRouter over all routes would: the same
// handlers, in the same order, with the same parameters.
import type { Router } from 'hono/router';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { honoPath } from '../app.ts';
import { routeGroups } from '../routes/manifest.ts';
import { GroupedTrieRouter } from './grouped-trie-router.ts';

const apiRoutes = routeGroups.flatMap((group) =>
  group.routes.map(([id, method, path]) => ({ label: id, method, path: honoPath(path) })),
);
// What the app adds besides the API (middleware on every path, docs) and patterns in the first two segments.
const routes = [
  { label: 'middleware', method: 'ALL', path: '*' },
  { label: 'healthz', method: 'GET', path: '/healthz' },
  { label: 'docs', method: 'GET', path: '/docs' },
  { label: 'docs.asset', method: 'GET', path: '/docs/assets/:name' },
  ...apiRoutes,
  { label: 'any.second', method: 'GET', path: '/v1/:anything/probe' },
  { label: 'wildcard', method: 'ALL', path: '/files/*' },
  { label: 'root', method: 'GET', path: '/' },
];

const fill = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => `${name}-01`);
const requests = [
  ...apiRoutes.flatMap(({ method, path }) => [
    [method, fill(path)],
    [method, `${fill(path)}/`],
    [method === 'GET' ? 'DELETE' : 'GET', fill(path)],
  ]),
  ['GET', '/'],
  ['GET', ''],
  ['GET', '/v1'],
  ['GET', '/v1/'],
  ['GET', '//v1/orgs'],
  ['GET', '/v1/orgs/a/b/c'],
  ['GET', '/V1/orgs'],
  ['GET', '/v1/unknown/probe'],
  ['GET', '/v1/orgs/probe'],
  ['GET', '/healthz'],
  ['GET', '/healthz/x'],
  ['GET', '/docs'],
  ['GET', '/docs/assets/swagger-ui.css'],
  ['POST', '/files/a/b'],
  ['GET', '/elsewhere/entirely'],
] as const;

const answers = (router: Router<string>, method: string, path: string) => {
  const [handlers] = router.match(method, path) as [[string, Record<string, string>][]];
  return handlers.map(([label, params]) => ({ label, params: { ...params } }));
};

describe('the grouped trie router', () => {
  it('matches every request as one trie of all routes does', () => {
    const one = new TrieRouter<string>();
    const grouped = new GroupedTrieRouter<string>();
    for (const { label, method, path } of routes) {
      one.add(method, path, label);
      grouped.add(method, path, label);
    }
    let matched = 0;
    for (const [method, path] of requests) {
      const expected = answers(one, method, path);
      expect(answers(grouped, method, path), `${method} ${path}`).toEqual(expected);
      if (expected.some(({ label }) => label !== 'middleware')) matched++;
    }
    // The requests reach real routes, not just the middleware.
    expect(matched).toBeGreaterThan(apiRoutes.length);
  });

  it('serves a route added after the first request', () => {
    const grouped = new GroupedTrieRouter<string>();
    grouped.add('GET', '/v1/orgs', 'orgs.list');
    expect(answers(grouped, 'GET', '/v1/orgs/x')).toEqual([]);
    grouped.add('GET', '/v1/orgs/:orgId', 'orgs.get');
    expect(answers(grouped, 'GET', '/v1/orgs/x')).toEqual([{ label: 'orgs.get', params: { orgId: 'x' } }]);
  });
});
