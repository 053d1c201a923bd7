/**
 * A one-line progress report on stderr for long passes (rebuild, import-history): events done of
 * the total, the rate, and the time left. Only on a terminal: piped or redirected output, and
 * the tests, see nothing of it.
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Ends the line, so what follows starts on a fresh one. */
  finish(): void;
}

const REDRAW_MS = 100;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** The line itself: "rebuild: 12,000/48,000 events (25%), 4,000 events/s, 9s left". */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return (
    `${label}: ${count(done)}/${count(total)} events (${percent}%), ${count(Math.round(rate))} ` +
    `events/s, ${left} left`
  );
}

interface Terminal {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export function progress(label: string, terminal: Terminal = process.stderr, clock: () => number = Date.now): Progress {
  if (!terminal.isTTY) return { update: () => undefined, finish: () => undefined };
  const started = clock();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = clock();
      if (now - drawn < REDRAW_MS && done < total) return;
      drawn = now;
      shown = true;
      terminal.write(`\r\u001b[2K${progressLine(label, done, total, now - started)}`);
    },
    finish() {
      if (shown) terminal.write('\n');
    },
  };
}
