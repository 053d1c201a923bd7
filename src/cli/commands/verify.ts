/**
 * `ledger verify [--seal DIGEST...] [--seal-file FILE] [--read-models]`: every hash chain and
 * revision, every event's schema and place in its stream, every seal recorded; given digests
 * published in the minutes, that the history up to each is unchanged; with --read-models, that the
 * read models equal a rebuild. Exit 0 when all holds, 1 at the first break (named on stderr).
 *
 * Without a published digest, verify cannot prove the history was not rewritten: whoever holds
 * the files can recompute every hash and redo the seals. It says so, and how to prove it.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { compareReadModels } from '../../audit/compare.js';
import { Digest } from '../../audit/seal.js';
import { describeFailure, failureLocation, verifyLedger, type VerifyReport } from '../../audit/verify.js';
import type { Ledger } from '../../compose.js';
import { CheckFailed, parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions, type FormatFlags } from '../store-options.js';
import { withExistingLedger } from './open-existing.js';
import { comparisonLines } from './rebuild.js';

const HEADS_LISTED = 100;

function parseDigest(value: string): string {
  const parsed = Digest.safeParse(value.trim().toLowerCase());
  if (!parsed.success)
    throw new UsageError(`--seal: ${parsed.error.issues[0]!.message}, as \`ledger seal\` printed it; got "${value}"`);
  return parsed.data;
}

/** Every digest in a file of them (the minutes' text pasted in will do): each run of 64 hexadecimal characters. */
async function digestsInFile(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(`--seal-file: ${file} cannot be read (${code ?? message})`);
  });
  const digests = [...text.matchAll(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi)].map((match) => match[0].toLowerCase());
  if (digests.length === 0)
    throw new UsageError(
      `--seal-file: ${file} holds no seal digest (64 hexadecimal characters, as \`ledger seal\` printed it)`,
    );
  return digests;
}

async function publishedDigests(options: Record<string, unknown>): Promise<string[]> {
  const named = Array.isArray(options.seal) ? (options.seal as string[]).map(parseDigest) : [];
  const filed = typeof options.sealFile === 'string' ? await digestsInFile(options.sealFile) : [];
  return [...new Set([...named, ...filed])];
}

function headLines(report: VerifyReport): string[] {
  if (report.heads.length > HEADS_LISTED) return [`${report.heads.length} stream heads (--format json lists them)`];
  const width = Math.max(0, ...report.heads.map((head) => head.streamId.length));
  return [
    'Stream heads:',
    ...report.heads.map(
      (head) => `  ${head.streamId.padEnd(width)}  revision ${String(head.revision).padStart(3)}  ${head.hash}`,
    ),
  ];
}

/** What a verification that held proves, and, without a published digest, what it does not. */
function conclusion(report: VerifyReport, published: readonly string[]): string[] {
  if (published.length > 0) {
    const sealed = report.seals.filter((seal) => published.includes(seal.recorded));
    const upTo = sealed.reduce((high, seal) => (seal.position > high ? seal.position : high), -1n);
    return [
      `OK: the history up to position ${upTo} is the one sealed with ${published.length} ` +
        `published digest(s); nothing before it was altered, removed or re-chained.`,
    ];
  }
  return [
    'This does not prove the history was not rewritten: whoever holds the files can recompute ' +
      'every hash and redo the seals.',
    'Only a comparison with the digests the board published in its minutes proves it:',
    '  ledger verify --seal DIGEST [DIGEST...]   or   ledger verify --seal-file FILE (the ' +
      'digests copied from the minutes)',
  ];
}

function reportLines(report: VerifyReport, published: readonly string[]): string[] {
  const seals = report.seals.map(
    (seal) =>
      `  ${seal.streamId}  covers positions up to ${seal.position}  ${seal.recorded}  ` +
      (seal.ok ? 'ok' : `recomputed ${seal.recomputed}`),
  );
  const checked = `${report.events} events in ${report.streams} streams, up to position ${report.position}`;
  if (!report.failure && report.events === 0) return ['The ledger holds no events: there is nothing to verify.'];
  if (!report.failure) {
    return [
      `Verified ${checked}: hash chains, revisions, event schemas and stream rules hold, and ` +
        `${report.seals.length} seal(s) recorded in the ledger match it.`,
      ...headLines(report),
      ...(seals.length > 0 ? ['Seals:', ...seals] : []),
      ...conclusion(report, published),
    ];
  }
  const { failure } = report;
  return [
    `Checked ${checked}.`,
    `BROKEN (${failure.check}): ${failureLocation(failure)}`,
    `  problem:  ${failure.problem.replaceAll('-', ' ')}`,
    `  expected: ${failure.expected}`,
    `  found:    ${failure.found}`,
  ];
}

/** The read models against a rebuild in a temporary file; throws CheckFailed naming the rows that differ. */
async function verifyReadModels(ledger: Ledger, format: string): Promise<void> {
  const comparison = await compareReadModels(ledger.store, ledger.projections, ledger.projections.projections);
  if (format === 'json')
    printJson({ readModels: { position: comparison.position, differences: comparison.differences } });
  else process.stdout.write(`${comparisonLines(comparison).join('\n')}\n`);
  if (comparison.differences.length > 0) {
    throw new CheckFailed(
      `the read models differ from a rebuild of them in ${comparison.differences.length} rows ` +
        `(listed above); run ledger rebuild to replace them`,
    );
  }
}

export function registerVerify(program: Command): void {
  withStoreOptions(program.command('verify'))
    .description(
      "check every hash chain, every event against its schema and its stream's rules, and every " +
        'seal; exit 1 at the first break',
    )
    .option(
      '--seal <digests...>',
      'seal digests published in the minutes: also prove the history up to each is unchanged',
    )
    .option(
      '--seal-file <file>',
      "a file holding published seal digests (e.g. the minutes' text): every digest in it is checked",
    )
    .option(
      '--read-models',
      'also rebuild the read models in a temporary file and name every row that differs from the live ones',
    )
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: FormatFlags & { seal?: string[]; sealFile?: string; readModels?: boolean }) => {
      const format = parseFormat(options.format, ['table', 'json']);
      const published = await publishedDigests(options);
      await withExistingLedger(options, async (ledger) => {
        const report = await readAndVerify(() => verifyLedger(ledger.store, { seals: published }));
        if (format === 'json') printJson(report);
        else process.stdout.write(`${reportLines(report, published).join('\n')}\n`);
        if (report.failure) throw new CheckFailed(`verify failed at ${describeFailure(report.failure)}`);
        if (options.readModels === true) await verifyReadModels(ledger, format);
      });
    });
}

/** A row whose JSON no longer parses is itself a break, though the store cannot say which event it is. */
async function readAndVerify(verify: () => Promise<VerifyReport>): Promise<VerifyReport> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new CheckFailed(`verify failed: an event in the store is not readable JSON (${error.message})`);
    throw error;
  }
}
