/**
 * HTTP throughput and latency on the embedded store, with autocannon against `ledger serve` in a
 * child process: a write (PledgeFunding, a new Idempotency-Key each time), a read (the decision
 * register filtered by body), the read also at a fixed 1,000 requests per second, and the register's
 * web page over all 1,000 decisions.
 * Run alone: `node dist/bench/http.js` after `npm run build`.
 */
import autocannon from 'autocannon';
import { fileURLToPath } from 'node:url';
import { directoryCommands, meetingCommands, PARTNERS } from './lib/board-business.js';
import { freePort, removeFiles, seedLedger } from './lib/http-server.js';
import { serve } from './lib/ledger-process.js';
import { sectionToMarkdown, type BenchSection } from './lib/section.js';

const FUNDS = 250;
const partner = (n: number) => `partner-${String(n).padStart(3, '0')}`;

function* benchLedger() {
  yield* directoryCommands();
  for (let m = 0; m < 5; m++) for (let b = 0; b < 100; b++) yield* meetingCommands(b, m);
  const decision = { proposalId: 'board-00-m-00000-item-2', resolution: 'b' };
  const asked = Array.from({ length: PARTNERS }, (_, n) => partner(n));
  for (let f = 0; f < FUNDS; f++) {
    yield { type: 'OpenFund', data: { fundId: `bench-fund-${f}`, name: `Bench fund ${f}`, holder: partner(0), kind: 'pooled-pot', perPartnerAsk: '£10,000', askedOrganisations: asked, decision } };
  }
}

async function run(options: autocannon.Options): Promise<autocannon.Result> {
  const result = await autocannon(options);
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${result.errors} errors and ${result.non2xx} non-2xx responses in ${options.title}`);
  return result;
}

export async function benchHttp(seconds = 10): Promise<BenchSection> {
  const { files, tokens } = await seedLedger(benchLedger());
  const server = await serve(files, { port: await freePort() });
  try {
    const read = { method: 'GET' as const, path: '/reports/decisions?bodyId=board-03&from=2010-01-01&to=2010-12-31' };
    const readMax = await run({ title: 'read', url: server.url, connections: 10, duration: seconds, requests: [read] });
    const readFixed = await run({ title: 'read at 1,000/s', url: server.url, connections: 10, duration: seconds, overallRate: 1000, requests: [read] });
    // The web page of the register over every decision (1,000: 100 boards, 5 meetings, 2 each), first page.
    const page = await run({ title: 'register page', url: server.url, connections: 10, duration: seconds, requests: [{ method: 'GET', path: '/decisions' }] });
    // The same page for one reader at a time: its render time, without nine other requests queued ahead of it.
    const pageAlone = await run({ title: 'register page, one reader', url: server.url, connections: 1, duration: seconds, requests: [{ method: 'GET', path: '/decisions' }] });
    let n = 0;
    const write = await run({
      title: 'write',
      url: server.url,
      connections: 10,
      amount: Math.min(FUNDS * PARTNERS, 1000 * seconds),
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = n++;
            return {
              ...request,
              path: `/funds/bench-fund-${i % FUNDS}/pledges`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.finance}`, 'idempotency-key': `bench-pledge-${i}` },
              body: JSON.stringify({ organisation: partner(Math.floor(i / FUNDS) % PARTNERS), amount: '£10,000', decision: { proposalId: 'board-00-m-00000-item-2', resolution: 'b' } }),
            };
          },
        },
      ],
    });
    return {
      title: 'HTTP on the embedded store (autocannon, 10 connections)',
      rows: [
        { name: 'read: decision register filtered by body and dates, flat out', value: readMax.requests.average, unit: 'requests/s' },
        { name: 'read, flat out: p99 latency', value: readMax.latency.p99, unit: 'ms' },
        { name: 'read at 1,000 requests/s: p50 latency', value: readFixed.latency.p50, unit: 'ms' },
        { name: 'read at 1,000 requests/s: p99 latency', value: readFixed.latency.p99, unit: 'ms' },
        { name: 'page: the decision register (1,000 decisions, first page of 10), flat out', value: page.requests.average, unit: 'requests/s' },
        { name: 'page: the decision register, p99 latency', value: page.latency.p99, unit: 'ms' },
        { name: 'page: the decision register, one reader at a time: p50 latency', value: pageAlone.latency.p50, unit: 'ms' },
        { name: 'page: the decision register, one reader at a time: p99 latency (aim: under 50 ms)', value: pageAlone.latency.p99, unit: 'ms' },
        { name: 'write: PledgeFunding, new Idempotency-Key each', value: write.requests.average, unit: 'requests/s' },
        { name: 'write: p99 latency', value: write.latency.p99, unit: 'ms' },
      ],
      notes: [
        `Server: \`ledger serve\` in a child process (log level warn), store synchronous FULL; ${seconds} s per read run; writes run until ${Math.min(FUNDS * PARTNERS, 1000 * seconds)} pledges are recorded; each write's response is sent after the read models include it.`,
        'Client and server share the machine\'s cores.',
      ],
    };
  } finally {
    await server.kill('SIGTERM');
    removeFiles(files);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(sectionToMarkdown(await benchHttp()));
}
