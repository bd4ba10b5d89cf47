// The OpenAPI document covers every route, from the same schemas that validate requests.
import { routes } from '@lianjian/api';
import { describe, expect, it } from 'vitest';
import { createHarness } from './support/harness.ts';

describe('OpenAPI document and docs', () => {
  it('lists every route with its access, errors and examples', async () => {
    const h = await createHarness();
    const response = await h.call('GET', '/v1/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.operationId).toBe(route.id);
      expect(operation?.['x-access']).toEqual(route.access);
      expect(Object.keys(operation?.responses as object)).toContain(String(route.response.status));
    }
    const create = doc.paths['/v1/orgs']?.post as {
      requestBody: {
        content: { 'application/json': { schema: { required: string[]; additionalProperties: boolean } } };
      };
      responses: Record<string, unknown>;
    };
    expect(create.requestBody.content['application/json'].schema).toMatchObject({
      required: ['name', 'kind'],
      additionalProperties: false,
    });
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413', '422']),
    );
  });

  it('serves browsable docs at /docs', async () => {
    const h = await createHarness();
    const page = await h.call('GET', '/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/v1/openapi.json');
  });
});
