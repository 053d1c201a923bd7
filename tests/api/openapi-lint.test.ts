/**
 * The generated OpenAPI document passes Redocly's recommended ruleset (the rules `redocly lint`
 * applies) with no error and no warning, and every operation has a unique, stable operationId.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { derivedOperationId } from '../../src/api/openapi-conventions.js';
import { testApi, type TestApi } from './test-ledger.js';

let api: TestApi;
let source: string;

beforeAll(async () => {
  api = await testApi();
  source = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).body;
});
afterAll(() => api.close());

it('has no finding under the recommended rules', async () => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source, absoluteRef: '/openapi.json', config });
  const findings = problems.map(
    (problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? ''}`,
  );
  expect(findings).toEqual([]);
});

it('names every operation once', () => {
  const document = JSON.parse(source) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const ids = Object.values(document.paths).flatMap((path) =>
    Object.values(path).map((operation) => operation.operationId),
  );
  expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});

it('derives an operationId from the method and the path', () => {
  expect(derivedOperationId('GET', '/reports/decisions')).toBe('getReportsDecisions');
  expect(derivedOperationId('GET', '/reports/partners/:organisationId')).toBe('getReportsPartnersByOrganisationId');
  expect(derivedOperationId('GET', '/history/:entity')).toBe('getHistoryByEntity');
});

it('declares public reads as needing no token and commands as needing one', () => {
  const document = JSON.parse(source) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  expect(document.paths['/reports/decisions']?.get?.security).toEqual([]);
  const commands = Object.values(document.paths).flatMap((path) => (path.post ? [path.post] : []));
  expect(commands.length).toBeGreaterThan(30);
  expect(commands.every((operation) => JSON.stringify(operation.security) === JSON.stringify([{ bearer: [] }]))).toBe(
    true,
  );
});
