/** The progress line: done/total, rate and time left, drawn only on a terminal. */
import { describe, expect, it } from 'vitest';
import { formatDuration, progress, progressLine } from '../../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progress', () => {
  it('says how many events are done of how many, how fast, and how long is left', () => {
    expect(progressLine('rebuild', 12_000, 48_000, 3_000)).toBe(
      'rebuild: 12,000/48,000 events (25%), 4,000 events/s, 9s left',
    );
  });

  it('writes durations as a person reads them', () => {
    expect([formatDuration(9.4), formatDuration(125), formatDuration(7_380), formatDuration(Infinity)]).toEqual([
      '9s',
      '2m 05s',
      '2h 03m',
      '?',
    ]);
  });

  it('draws nothing when stderr is not a terminal', () => {
    const out = terminal(false);
    const bar = progress('rebuild', out);
    bar.update(10, 10);
    bar.finish();
    expect(out.written).toEqual([]);
  });

  it('redraws one line on a terminal at most every 100 ms, always at the end, then ends the line', () => {
    const out = terminal(true);
    let now = 0;
    const bar = progress('rebuild', out, () => now);
    now = 200;
    bar.update(100, 400);
    now = 250;
    bar.update(150, 400);
    now = 400;
    bar.update(400, 400);
    bar.finish();
    expect(out.written).toEqual([
      '\r\u001b[2Krebuild: 100/400 events (25%), 500 events/s, 1s left',
      '\r\u001b[2Krebuild: 400/400 events (100%), 1,000 events/s, 0s left',
      '\n',
    ]);
  });
});
