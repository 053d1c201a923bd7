import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from './test-ledger.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

describe('the HTTP app', () => {
  it('answers /health', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the read models have reached the store head', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', lag: '0' });
  });

  it('serves the OpenAPI document with the bearer scheme and the feature tags', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.tags.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['directory', 'funding', 'reports']),
    );
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown route with a problem, not an HTML page', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses a report filter it does not know, naming it, rather than ignoring it', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/reports/decisions?body=leadership-gloucestershire' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
    expect(response.json().detail).toContain('body');
  });

  it.each([
    ['a token that is not known', 'Bearer pl_not-a-real-token'],
    ['a header that is not a bearer token', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with 401, even on a public read', async (_name, authorization) => {
    const response = await api.app.inject({ method: 'GET', url: '/health', headers: { authorization } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
