// The manifest the Lambda entry mounts (packages/api/src/routes/manifest.ts) says what the sources say:
// every route of the table, in its order, in the chunk that exports it, with the service groups its file uses.
import { describe, expect, it } from 'vitest';
import { routeGroups } from '../packages/api/src/routes/manifest.ts';
import { computeRouteGroups } from '../scripts/lib/route-groups.ts';

describe('the route manifest', () => {
  it('matches the route table and the services each route file reads (else: npm run routes)', async () => {
    const computed = await computeRouteGroups();
    const fromSources = computed.map((group) => ({
      name: group.file.replace(/\.ts$/, ''),
      services: group.services,
      routes: group.routes.map((route) => [route.id, route.method, route.path]),
    }));
    const inManifest = routeGroups.map(({ name, services, routes }) => ({ name, services, routes }));
    expect(inManifest).toEqual(fromSources);
  });

  it('loads each group from the chunk that exports it', async () => {
    const computed = await computeRouteGroups();
    for (const [index, group] of routeGroups.entries()) {
      expect((await group.load()).map((route) => route.id)).toEqual(
        computed[index]?.routes.map((route) => route.id),
      );
      expect(group.load.toString()).toContain(`chunks/${computed[index]?.chunk}`);
    }
  });
});
