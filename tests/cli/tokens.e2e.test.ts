/**
 * Token names through the built CLI (issue 13, points 3 and 11): a name no event can carry is
 * refused with a clear message and exit 2, and a revoked token's name is not handed to a new one,
 * with the reason given.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from './run.js';

const folder = new LedgerFolder();
afterAll(() => folder.remove());

const create = (name: string) => folder.ledger('token', 'create', '--role', 'admin', '--name', name);

describe('ledger token create', () => {
  it.each([
    ['an empty name', '', /must have visible text/],
    ['a zero-width space', '\u200b', /must have visible text/],
    ['a right-to-left override', '\u202eadmin', /bidirectional override U\+202E/],
    ['a name of 201 characters', 'x'.repeat(201), /at most 200 characters/],
  ])('refuses %s with exit 2, saying why, and creates nothing', async (_name, name, message) => {
    const result = await create(name);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/recorded as the actor/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(result.stdout).toBe('');
    expect((await folder.ledger('token', 'list', '--format', 'json')).stdout).not.toMatch(/"role":"admin"/);
  });

  it('stores a name trimmed', async () => {
    expect((await create('  Finance team  ')).code).toBe(0);
    expect(JSON.parse((await folder.ledger('token', 'list', '--format', 'json')).stdout)).toContainEqual(
      expect.objectContaining({ name: 'Finance team' }),
    );
  });

  it('after revoking X, says clearly why a new token cannot be called X', async () => {
    expect((await create('Clerk to the board')).code).toBe(0);
    expect((await folder.ledger('token', 'revoke', 'Clerk to the board')).code).toBe(0);
    const again = await create('Clerk to the board');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /belonged to a token revoked at .*carry that name as their actor.*choose another name/,
    );
    expect(again.stderr).not.toMatch(/revoke the old token first/);
    expect((await create('Clerk to the board (2)')).code).toBe(0);
  });
});
