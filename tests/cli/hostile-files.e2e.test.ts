/**
 * Files built to hurt the ledger (issue 13, point 11), through the built CLI: a YAML alias bomb and
 * a history file with one enormous line are refused with a sentence and exit 2, never a stack
 * trace, and nothing is written. The line limit itself is checked with a small injected limit.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { HistoryFileError, readHistoryFile } from '../../src/audit/ndjson.js';
import { LedgerFolder } from './run.js';

const folder = new LedgerFolder();
afterAll(() => folder.remove());

const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(',')}]`;
const BOMB = [
  'kind: Organisation',
  'id: bomb',
  'name: Bomb',
  'type: other',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  level('b', 'a'),
  level('c', 'b'),
  level('d', 'c'),
  level('e', 'd'),
  level('f', 'e'),
  level('g', 'f'),
  '',
].join('\n');

/** Writes a file whose first line is `bytes` long, streamed in 1 MiB pieces. */
async function fileWithLongLine(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  const piece = 'x'.repeat(1024 * 1024);
  for (let written = 0; written < bytes; written += piece.length) if (!out.write(piece)) await once(out, 'drain');
  out.end('\n');
  await once(out, 'finish');
}

describe('a YAML alias bomb', () => {
  it('is refused with a sentence and exit 2, without a stack trace, and writes nothing', async () => {
    const file = join(folder.dir, 'bomb.yaml');
    writeFileSync(file, BOMB);
    const result = await folder.ledger('import', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/repeats its aliases \(\*name\) too many times/);
    expect(result.stderr).not.toMatch(/unexpected failure|at .*\.js:\d+|ReferenceError/);
    expect(result.stderr).toMatch(/Nothing was written/);
  });
});

describe('a history file with a line too long to be an event', () => {
  it('is refused by the reader at the injected limit, naming the line', async () => {
    const file = join(folder.dir, 'long-line.ndjson');
    await fileWithLongLine(file, 3 * 1024 * 1024);
    const read = async () => {
      for await (const _event of readHistoryFile(file, { maxLineBytes: 2 * 1024 * 1024 }));
    };
    await expect(read()).rejects.toThrow(HistoryFileError);
    await expect(read()).rejects.toThrow(
      /line 1 is longer than 2,097,152 bytes; no event the ledger exports is that long/,
    );
  });

  it('is refused by `ledger import-history` with exit 2 and no RangeError', { timeout: 120_000 }, async () => {
    const file = join(folder.dir, 'huge-line.ndjson');
    await fileWithLongLine(file, 65 * 1024 * 1024);
    const result = await folder.ledger('import-history', file);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/RangeError|at .*\.js:\d+/);
    expect(result.stderr).toMatch(/line 1 is longer than 67,108,864 bytes/);
    expect(result.stderr).toMatch(/Nothing was written/);
  });
});
