/**
 * HTTP throughput and latency on the embedded store, with autocannon against `ledger serve` in a
 * child process: a write (PledgeFunding, a new Idempotency-Key each time), a read (the decision
 * register filtered by body), the read also at a fixed 1,000 requests per second, and the register's
 * web page over all 1,000 decisions.
 * Run alone: `node dist/bench/http.js` after `npm run build`.
 */
import autocannon from 'autocannon';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawInserts } from './lib/append-workloads.js';
import { directoryCommands, meetingCommands, PARTNERS } from './lib/board-business.js';
import { freePort, removeFiles, seedLedger } from './lib/http-server.js';
import { serve } from './lib/ledger-process.js';
import { sectionToMarkdown, type BenchSection } from './lib/section.js';
import { measureInterleaved } from './lib/timing.js';

const FUNDS = 250;
const partner = (n: number) => `partner-${String(n).padStart(3, '0')}`;

function* benchLedger() {
  yield* directoryCommands();
  for (let m = 0; m < 5; m++) for (let b = 0; b < 100; b++) yield* meetingCommands(b, m);
  const decision = { proposalId: 'board-00-m-00000-item-2', resolution: 'b' };
  const asked = Array.from({ length: PARTNERS }, (_, n) => partner(n));
  for (let f = 0; f < FUNDS; f++) {
    yield {
      type: 'OpenFund',
      data: {
        fundId: `bench-fund-${f}`,
        name: `Bench fund ${f}`,
        holder: partner(0),
        kind: 'pooled-pot',
        perPartnerAsk: '£10,000',
        askedOrganisations: asked,
        decision,
      },
    };
  }
}

interface Run {
  readonly result: autocannon.Result;
  /** Responses per second from the first request sent to the last response received. */
  readonly completedPerSecond: number;
}

/**
 * A run, with its rate timed by the responses themselves: a run of a fixed amount ends at autocannon's
 * next one-second tick, and `requests.average` is a mean over whole seconds, so 5,000 requests that
 * took 2.1 s read as 1,667/s either way.
 */
async function timedRun(options: autocannon.Options): Promise<Run> {
  const started = performance.now();
  let last = started;
  let responses = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
    instance.on('response', () => {
      responses++;
      last = performance.now();
    });
  });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${result.errors} errors and ${result.non2xx} non-2xx responses in ${options.title}`);
  return { result, completedPerSecond: responses / ((last - started) / 1000) };
}

/**
 * CPU seconds the server process has used so far (user and system), from /proc; undefined where
 * there is no /proc. Client and server share the machine's cores, so a flat-out rate can measure the
 * client as much as the server: the server's own CPU per request is what it would take elsewhere.
 */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times, on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The run, and the server's CPU microseconds per response in it (undefined without /proc). */
async function withServerCpu(
  pid: number | undefined,
  go: () => Promise<Run>,
): Promise<Run & { serverCpuMicros: number | undefined }> {
  const before = cpuSecondsOf(pid);
  const done = await go();
  const after = cpuSecondsOf(pid);
  const responses = done.result['2xx'];
  const serverCpuMicros =
    before === undefined || after === undefined || responses === 0 ? undefined : ((after - before) * 1e6) / responses;
  return { ...done, serverCpuMicros };
}

/**
 * The server's CPU per response for the register and for /health: the ratio is the share of the
 * baseline's rate the register would reach on a server with a core of its own.
 */
function serverCpuRows(health: number | undefined, register: number | undefined): BenchSection['rows'] {
  if (health === undefined || register === undefined) return [];
  return [
    { name: 'GET /health: server CPU per response (baseline)', value: health, unit: 'µs' },
    {
      name: 'register (gzip): server CPU per response (ratio: the rate that allows, against /health)',
      value: register,
      unit: 'µs',
      baseline: 'GET /health: server CPU per response (baseline)',
      ratio: health / register,
    },
  ];
}

/** Raw SQLite on the server's disk, one row per transaction at synchronous FULL: what one fsync per write allows. */
async function rawOneRowRate(directory: string): Promise<number> {
  const transactions = 300;
  const rates = await measureInterleaved([rawInserts('raw', join(directory, 'raw-one-row.db'), transactions + 40, 1)], {
    operations: transactions,
    warmUp: 20,
  });
  return rates.get('raw')!.perSecond;
}

/** `amount` pledges, each a partner's first to its fund, numbered from `first` so runs never repeat one. */
function pledgeWrites(
  tokens: Record<string, string>,
  amount: number,
  connections: number,
  first = 0,
): autocannon.Options {
  let n = first;
  return {
    title: `write, ${connections} connections`,
    url: '',
    connections,
    amount,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = n++;
          return {
            ...request,
            path: `/funds/bench-fund-${i % FUNDS}/pledges`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens.finance}`,
              'idempotency-key': `bench-pledge-${connections}-${i}`,
            },
            body: JSON.stringify({
              organisation: partner(Math.floor(i / FUNDS) % PARTNERS),
              amount: '£10,000',
              decision: { proposalId: 'board-00-m-00000-item-2', resolution: 'b' },
            }),
          };
        },
      },
    ],
  };
}

export async function benchHttp(seconds = 10): Promise<BenchSection> {
  const { files, tokens } = await seedLedger(benchLedger());
  const unlimited = { LEDGER_READS_PER_MINUTE: '100000000', LEDGER_WRITES_PER_MINUTE: '100000000' };
  const server = await serve(files, { port: await freePort(), environment: unlimited });
  try {
    const flatOutRun = (title: string, path: string, extra: Partial<autocannon.Options> = {}) =>
      timedRun({
        title,
        url: server.url,
        connections: 10,
        duration: seconds,
        requests: [{ method: 'GET', path }],
        ...extra,
      });
    const flatOut = async (title: string, path: string, extra: Partial<autocannon.Options> = {}) =>
      (await flatOutRun(title, path, extra)).result;
    const pid = server.child.pid;
    const baselineRun = await withServerCpu(pid, () => flatOutRun('baseline', '/health'));
    const baseline = baselineRun.result;
    const register = '/reports/decisions?limit=100';
    // As browsers, curl --compressed and most HTTP libraries ask: the cache keeps the page gzipped once.
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    const registerPlain = await flatOut('register, 100 a page, uncompressed', register);
    const registerMaxRun = await withServerCpu(pid, () => flatOutRun('register, 100 a page', register, gzip));
    const registerMax = registerMaxRun.result;
    const at2000 = { ...gzip, connections: 20, overallRate: 2000 };
    // The same offered rate of the cheapest route: the latency the machine itself adds (two cores shared
    // with the load generator), which no route can go under.
    const healthFixed = await flatOut('/health at 2,000/s', '/health', at2000);
    const registerFixed = await flatOut('register at 2,000/s', register, at2000);
    const read = '/reports/decisions?bodyId=board-03&from=2010-01-01&to=2010-12-31';
    const readMax = await flatOut('read', read);
    const readFixed = await flatOut('read at 1,000/s', read, { overallRate: 1000 });
    // The web page of the register over every decision (1,000: 100 boards, 5 meetings, 2 each), first page.
    const page = await flatOut('register page', '/decisions');
    // The same page for one reader at a time: its render time, without nine other requests queued ahead of it.
    const pageAlone = await flatOut('register page, one reader', '/decisions', { connections: 1 });
    const writes = Math.min((FUNDS * PARTNERS) / 2, 1000 * seconds);
    const write = await timedRun({ ...pledgeWrites(tokens, writes, 10), url: server.url });
    const write32 = await withServerCpu(pid, () =>
      timedRun({ ...pledgeWrites(tokens, writes, 32, writes), url: server.url }),
    );
    const raw = await rawOneRowRate(files.directory);
    const ratioTo = (value: number, of: number) => value / of;
    const BASE = 'GET /health ({"status":"ok"}), flat out';
    const HEALTH_P99 = 'GET /health at an offered 2,000 requests/s: p99 latency (baseline)';
    const RAW = 'raw SQLite: one-row INSERT per transaction, FULL';
    return {
      title: 'HTTP on the embedded store (autocannon)',
      rows: [
        { name: BASE, value: baseline.requests.average, unit: 'requests/s' },
        {
          name: 'register: GET /reports/decisions?limit=100 (Accept-Encoding: gzip), flat out',
          value: registerMax.requests.average,
          unit: 'requests/s',
          baseline: BASE,
          ratio: ratioTo(registerMax.requests.average, baseline.requests.average),
        },
        { name: 'register, flat out: p99 latency', value: registerMax.latency.p99, unit: 'ms' },
        ...serverCpuRows(baselineRun.serverCpuMicros, registerMaxRun.serverCpuMicros),
        {
          name: 'register, uncompressed (no Accept-Encoding), flat out',
          value: registerPlain.requests.average,
          unit: 'requests/s',
          baseline: BASE,
          ratio: ratioTo(registerPlain.requests.average, baseline.requests.average),
        },
        {
          name: 'register at an offered 2,000 requests/s: achieved',
          value: registerFixed.requests.average,
          unit: 'requests/s',
        },
        { name: HEALTH_P99, value: healthFixed.latency.p99, unit: 'ms' },
        {
          name: 'register at an offered 2,000 requests/s (gzip): p99 latency (aim < 5)',
          value: registerFixed.latency.p99,
          unit: 'ms',
          baseline: HEALTH_P99,
          ratio: ratioTo(registerFixed.latency.p99, healthFixed.latency.p99),
        },
        {
          name: 'read: decision register filtered by body and dates, flat out',
          value: readMax.requests.average,
          unit: 'requests/s',
          baseline: BASE,
          ratio: ratioTo(readMax.requests.average, baseline.requests.average),
        },
        { name: 'read, flat out: p99 latency', value: readMax.latency.p99, unit: 'ms' },
        { name: 'read at 1,000 requests/s: p50 latency', value: readFixed.latency.p50, unit: 'ms' },
        { name: 'read at 1,000 requests/s: p99 latency', value: readFixed.latency.p99, unit: 'ms' },
        {
          name: 'page: the decision register (1,000 decisions, first page of 10), flat out',
          value: page.requests.average,
          unit: 'requests/s',
        },
        { name: 'page: the decision register, p99 latency', value: page.latency.p99, unit: 'ms' },
        {
          name: 'page: the decision register, one reader at a time: p50 latency',
          value: pageAlone.latency.p50,
          unit: 'ms',
        },
        {
          name: 'page: the decision register, one reader at a time: p99 latency (aim: under 50 ms)',
          value: pageAlone.latency.p99,
          unit: 'ms',
        },
        { name: RAW, value: raw, unit: 'rows/s' },
        {
          name: 'write: PledgeFunding, 10 connections',
          value: write.completedPerSecond,
          unit: 'requests/s',
          baseline: RAW,
          ratio: ratioTo(write.completedPerSecond, raw),
        },
        { name: 'write, 10 connections: p99 latency', value: write.result.latency.p99, unit: 'ms' },
        {
          name: 'write: PledgeFunding, 32 connections (aim ≥ 3,000/s)',
          value: write32.completedPerSecond,
          unit: 'requests/s',
          baseline: RAW,
          ratio: ratioTo(write32.completedPerSecond, raw),
        },
        { name: 'write, 32 connections: p99 latency', value: write32.result.latency.p99, unit: 'ms' },
        ...(write32.serverCpuMicros === undefined
          ? []
          : [{ name: 'write, 32 connections: server CPU per write', value: write32.serverCpuMicros, unit: 'µs' }]),
      ],
      notes: [
        `Server: \`ledger serve\` in a child process (log level warn, rate limits lifted), store ` +
          `synchronous FULL; ${seconds} s per read run, 10 connections unless stated; each write run ` +
          `records ${writes} pledges with a new Idempotency-Key each, and each write's response is ` +
          `sent after the read models include it (read-your-writes).`,
        "The raw row is measured by the benchmark process on the server's disk after the HTTP runs; " +
          'only sharing fsyncs between writes (group commit) can beat it.',
        "Client and server share the machine's cores.",
      ],
    };
  } finally {
    await server.kill('SIGTERM');
    removeFiles(files);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(sectionToMarkdown(await benchHttp(Number(process.argv[2] ?? 10))));
}
