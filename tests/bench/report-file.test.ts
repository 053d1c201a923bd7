/** A benchmark report never overwrites one already written under its name (bench/lib/report-file.ts). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeReport } from '../../bench/lib/report-file.js';

let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

describe('writeReport', () => {
  it("keeps a day's first report and writes a second beside it with its time", () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-report-'));
    const results = join(directory, 'results');
    expect(writeReport(results, '2026-12-03', 'morning', new Date('2026-12-03T09:05:00Z'))).toBe('2026-12-03.md');
    expect(writeReport(results, '2026-12-03', 'afternoon', new Date('2026-12-03T14:59:30Z'))).toBe(
      '2026-12-03-1459.md',
    );
    expect(readdirSync(results).sort()).toEqual(['2026-12-03-1459.md', '2026-12-03.md']);
    expect(readFileSync(join(results, '2026-12-03.md'), 'utf8')).toBe('morning');
    expect(readFileSync(join(results, '2026-12-03-1459.md'), 'utf8')).toBe('afternoon');
  });
});
