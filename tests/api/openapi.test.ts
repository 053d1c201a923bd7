/**
 * The OpenAPI document is the API's manual. Its snapshot is committed, so any change to a URL, a
 * field or a description shows in review: after changing the API on purpose, run
 * `npx vitest run tests/api/openapi.test.ts -u` and commit the snapshot with the change.
 * Every command route must also be documented well enough to use without reading the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRoutes } from '../../src/api/routes/command-routes.js';
import { commandEntry } from '../../src/domain/index.js';
import { testApi, type TestApi } from './test-ledger.js';

interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

let api: TestApi;
let document: { paths: Record<string, Record<string, Operation>> };
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: Array<{ in: string; name: string; description?: string }>;
  requestBody?: { content: Record<string, { schema: JsonSchema; example?: Record<string, unknown> }> };
  responses: Record<string, unknown>;
}

beforeAll(async () => {
  api = await testApi();
  document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(() => api.close());

/** Dotted paths of the properties, at any depth and in every alternative, that carry no description. */
function undescribed(schema: JsonSchema, at: string): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    ...(property.description ? [] : [`${at}.${name}`]),
    ...undescribed(property, `${at}.${name}`),
  ]);
  const nested = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])].flatMap((option) =>
    undescribed(option, at),
  );
  const items = schema.items ? undescribed(schema.items, `${at}[]`) : [];
  const values =
    typeof schema.additionalProperties === 'object' ? undescribed(schema.additionalProperties, `${at}{}`) : [];
  return [...own, ...nested, ...items, ...values];
}

const operations = commandRoutes.map((route) => ({ route, path: route.url.replace(/:([A-Za-z]+)/g, '{$1}') }));

it('matches the committed snapshot', async () => {
  await expect(`${JSON.stringify(document, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/openapi.snapshot.json');
});

describe.each(operations)('POST $path', ({ route, path }) => {
  const operation = () => document.paths[path]?.post;

  it(`is operation ${route.command} with a summary and the ${route.tag} tag`, () => {
    expect(operation()).toMatchObject({
      operationId: route.command,
      summary: commandEntry(route.command)!.definition.summary,
      tags: [route.tag],
    });
    expect(operation()!.summary!.length).toBeGreaterThan(20);
  });

  it('has a request example and a description for every body property', () => {
    const { schema, example } = operation()!.requestBody!.content['application/json']!;
    expect(Object.keys(example ?? {}).length).toBeGreaterThan(0);
    expect(undescribed(schema, 'body')).toEqual([]);
  });

  it('describes its path parameters and every answer it can give', () => {
    const parameters = (operation()!.parameters ?? []).filter((parameter) => parameter.in === 'path');
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(
      [...route.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]).sort(),
    );
    expect(parameters.filter((parameter) => !parameter.description)).toEqual([]);
    expect(Object.keys(operation()!.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '412',
      '413',
      '415',
      '503',
    ]);
  });
});

it('has an example for every route that the route itself accepts as well formed', async () => {
  for (const route of commandRoutes) {
    const example = commandEntry(route.command)!.definition.example;
    const url = route.url.replace(/:([A-Za-z]+)/g, (_match, field: string) => String(example[field]));
    const body = Object.fromEntries(Object.entries(example).filter(([field]) => !route.url.includes(`:${field}`)));
    const response = await api.app.inject({ method: 'POST', url, payload: body, headers: api.bearer('admin') });
    expect({ command: route.command, status: response.statusCode }).not.toMatchObject({ status: 400 });
  }
});
