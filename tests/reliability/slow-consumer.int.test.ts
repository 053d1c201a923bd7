/**
 * Issue 9: another process (here, this test) appends 100,000 events of board business straight to
 * the server's store while clients keep writing over HTTP. The server's read models fall far
 * behind; meanwhile /ready says by how much, list reports say which position they include, and the
 * server follows the store until it has caught up.
 */
import { describe, expect, it } from 'vitest';
import { writeHistory } from '../../bench/lib/history.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { registerOrganisation } from './board-ledger.js';
import { sendCommand, type Outcome } from './client.js';
import { sleep } from '../../bench/lib/ledger-process.js';
import { servedLedger } from './served-ledger.js';

const EVENTS = 100_000;
const WRITERS = 2;

interface Readiness {
  readonly status: number;
  readonly body: { status: string; headPosition: string; projectedPosition: string; lag: string };
}

const served = servedLedger();

const getJson = async (path: string) => {
  const response = await fetch(`${served.server.url}${path}`, { signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: (await response.json()) as never };
};

/** Registers organisations one after another until told to stop (at most 200), retrying 503s with the same key. */
async function keepWriting(writer: number, stop: () => boolean): Promise<Array<{ key: string; outcome: Outcome }>> {
  const sent: Array<{ key: string; outcome: Outcome }> = [];
  for (let n = 0; n < 200 && !stop(); n++) {
    const key = `slow-writer-${writer}-${n}`;
    sent.push({
      key,
      outcome: await sendCommand(() => served.server.url, served.tokens, key, registerOrganisation(key), {
        deadline: Date.now() + 120_000,
      }),
    });
  }
  return sent;
}

interface Sample {
  readonly readiness: Readiness;
  readonly report: { status: number; body: { projectedPosition?: string } };
}

/** Asks /ready and a list report every 100 ms until /ready answers 200, at most for three minutes. */
async function untilCaughtUp(): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let tries = 0; tries < 1_800; tries++) {
    const [readiness, report] = await Promise.all([getJson('/ready'), getJson('/reports/actions?bodyId=board-03')]);
    samples.push({ readiness, report });
    if (readiness.status === 200) return samples;
    await sleep(100);
  }
  throw new Error('the read models did not catch up within three minutes');
}

describe(`read models ${EVENTS.toLocaleString('en-GB')} events behind`, () => {
  it('say how far behind they are while catching up, and catch up while writes continue', async () => {
    let stopped = false;
    const writers = Array.from({ length: WRITERS }, (_, w) => keepWriting(w, () => stopped));
    // The server is paused (as a stalled machine would be) while another process appends, so its
    // read models start the catch-up a known distance behind.
    served.server.child.kill('SIGSTOP');
    const store = new SqliteEventStore(served.files.store);
    let backlog: bigint;
    try {
      await writeHistory(store, EVENTS);
      backlog = await store.headPosition();
    } finally {
      await store.close();
      served.server.child.kill('SIGCONT');
    }
    const samples = await untilCaughtUp();
    stopped = true;
    const sent = (await Promise.all(writers)).flat();

    const behind = samples.filter(({ readiness }) => readiness.status === 503).map(({ readiness }) => readiness.body);
    for (const body of behind) {
      expect(body.status).toBe('catching-up');
      expect(BigInt(body.lag)).toBe(BigInt(body.headPosition) - BigInt(body.projectedPosition));
    }
    expect(behind.length, '/ready answers while the read models were behind').toBeGreaterThan(0);
    expect(Math.max(...behind.map((body) => Number(body.lag)))).toBeGreaterThanOrEqual(EVENTS / 2);
    // Two answers about the same head, both behind, at different positions: the server answered
    // while a catch-up was under way, not only between catch-ups.
    const positionsPerHead = new Map<string, Set<string>>();
    for (const body of behind)
      positionsPerHead.set(
        body.headPosition,
        (positionsPerHead.get(body.headPosition) ?? new Set()).add(body.projectedPosition),
      );
    expect(Math.max(...[...positionsPerHead.values()].map((positions) => positions.size))).toBeGreaterThan(1);

    const ready = samples.at(-1)!.readiness.body;
    expect(ready).toMatchObject({ status: 'ready', lag: '0', projectedPosition: ready.headPosition });
    expect(BigInt(ready.projectedPosition)).toBeGreaterThanOrEqual(backlog);
    expect(sent.filter(({ outcome }) => outcome.kind !== 'acknowledged')).toEqual([]);
    expect(sent.length).toBeGreaterThan(0);

    if (samples.every(({ report }) => report.status === 404)) {
      process.stdout.write(
        'slow consumer: GET /reports/actions is not served yet, so projectedPosition on list reports was not checked\n',
      );
      return;
    }
    const reported = samples.map(({ report }) => BigInt(report.body.projectedPosition ?? -1));
    expect(reported.some((position) => position < backlog - BigInt(EVENTS / 2))).toBe(true);
    expect(reported.at(-1)).toBeGreaterThanOrEqual(backlog);
    expect((await getJson(`/partners/${sent.at(-1)!.key}`)).status).toBe(200);
  }, 400_000);
});
