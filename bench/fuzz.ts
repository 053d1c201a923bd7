/**
 * `npm run bench:fuzz -- --count N [--seed S]`: the fuzz test's requests (lib/fuzz-requests.ts)
 * with a random seed (or the one given, to replay a failure) and any count. Prints the answers by
 * status, every 5xx and every malformed request that was not refused or changed the ledger, and
 * exits 1 if there was any.
 */
import { parseArgs } from 'node:util';
import { runFuzz, type FuzzFinding } from './lib/fuzz-run.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const count = Number(values.count);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
  process.stderr.write('usage: npm run bench:fuzz -- --count N [--seed S]  (N and S whole numbers)\n');
  process.exit(2);
}

process.stderr.write(`fuzz: ${count} requests, seed ${seed}\n`);
const result = await runFuzz(count, seed, { onProgress: (sent) => process.stderr.write(`fuzz: ${sent} sent\n`) });
const show = (title: string, findings: readonly FuzzFinding[]) => {
  process.stdout.write(`${title}: ${findings.length}\n`);
  for (const f of findings.slice(0, 20))
    process.stdout.write(`  ${f.status} ${f.request.method} ${f.request.url} (${f.request.why}): ${f.body}\n`);
};
process.stdout.write(
  `seed ${seed}: ${result.sent} requests (${result.malformed} malformed) in ` +
    `${(result.elapsedMs / 1000).toFixed(1)} s, ` +
    `${((result.sent * 1000) / result.elapsedMs).toFixed(0)} requests/s\n`,
);
process.stdout.write(
  `by status: ${[...result.byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ')}\n`,
);
show('5xx answers', result.serverErrors);
show('malformed requests not refused with a 4xx', result.notRefused);
show('malformed requests that changed the ledger', result.stateChanges);
process.exit(result.serverErrors.length + result.notRefused.length + result.stateChanges.length === 0 ? 0 : 1);
