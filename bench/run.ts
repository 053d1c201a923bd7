/**
 * `npm run bench`: every benchmark in one run, written as one markdown report to
 * bench/results/<date>.md (and printed; <date>-<hhmm>.md when the day has one). `--events N` sets
 * the replay history's size (default 1,000,000); `--seconds N` each HTTP run's length (default 10);
 * `--only NAME` (repeatable) runs only the named sections: append, runner, replay, http.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchAppend } from './append.js';
import { benchHttp } from './http.js';
import { machineToMarkdown } from './lib/machine.js';
import { writeReport } from './lib/report-file.js';
import { sectionToMarkdown, type BenchSection } from './lib/section.js';
import { benchReplay } from './replay.js';
import { benchRunner } from './runner.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    only: { type: 'string', multiple: true },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

const sections: BenchSection[] = [];
const steps: Array<[string, () => Promise<BenchSection>]> = [
  ['append', () => benchAppend()],
  ['runner', () => benchRunner()],
  ['replay', () => benchReplay(Number(values.events), log)],
  ['http', () => benchHttp(Number(values.seconds))],
];
const chosen = values.only ?? steps.map(([name]) => name);
const unknown = chosen.filter((name) => !steps.some(([known]) => known === name));
if (unknown.length > 0) {
  log(`bench: unknown section ${unknown.join(', ')}; choose from ${steps.map(([name]) => name).join(', ')}`);
  process.exit(2);
}
for (const [name, step] of steps.filter(([known]) => chosen.includes(known))) {
  log(`bench: ${name}...`);
  const started = performance.now();
  sections.push(await step());
  log(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const date = new Date().toISOString().slice(0, 10);
const report = [
  `# Partnership Ledger benchmarks, ${date}`,
  '',
  machineToMarkdown(),
  ...sections.map(sectionToMarkdown),
].join('\n');
const results = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'results');
const file = writeReport(results, values.only ? `${date}-${chosen.join('-')}` : date, report);
process.stdout.write(report);
log(`bench: written to bench/results/${file}`);
