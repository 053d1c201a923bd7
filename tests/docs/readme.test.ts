import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { rejectionCodes, rejectionTable } from '../../scripts/rejection-codes.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('opens with the two commands', () => {
    const top = readme.split('\n').slice(0, 10).join('\n');
    expect(top).toContain('npm ci && npm start');
    expect(top).toContain('npm ci && npm test');
  });

  it('lists every rejection code with its sentence, as generated from src/domain', () => {
    const section = readme.split('<!-- rejection-codes:start -->\n')[1]?.split('<!-- rejection-codes:end -->')[0];
    expect(section).toBe(`${rejectionTable()}\n`);
    expect((rejectionCodes() as unknown[]).length).toBeGreaterThan(50);
  });

  it('gives each fact one code: no code is defined by two features, and every sentence is read whole', () => {
    const rows = rejectionCodes() as { feature: string; code: string; message: string }[];
    const codes = rows.map((row) => row.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    for (const row of rows) expect(row.message, row.code).toMatch(/[.)]$/);
    for (const row of rows) expect(row.message, row.code).not.toContain('${');
  });
});
