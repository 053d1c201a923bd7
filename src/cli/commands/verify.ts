/**
 * `ledger verify [--seal DIGEST]`: every hash chain and revision, every event's schema and place in
 * its stream, every seal recorded; and, given a digest from the minutes, that the history up to
 * that seal is unchanged. Exit 0 when all holds, 1 at the first break (named on stderr).
 */
import type { Command } from 'commander';
import { Digest } from '../../audit/seal.js';
import { describeFailure, failureLocation, verifyLedger, type VerifyReport } from '../../audit/verify.js';
import { CheckFailed, parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions } from '../store-options.js';
import { withExistingLedger } from './open-existing.js';

const HEADS_LISTED = 100;

function parseDigest(value: string): string {
  const parsed = Digest.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new UsageError(`--seal: ${parsed.error.issues[0]!.message}, as \`ledger seal\` printed it; got "${value}"`);
  return parsed.data;
}

function headLines(report: VerifyReport): string[] {
  if (report.heads.length > HEADS_LISTED) return [`${report.heads.length} stream heads (--format json lists them)`];
  const width = Math.max(0, ...report.heads.map((head) => head.streamId.length));
  return ['Stream heads:', ...report.heads.map((head) => `  ${head.streamId.padEnd(width)}  revision ${String(head.revision).padStart(3)}  ${head.hash}`)];
}

function reportLines(report: VerifyReport): string[] {
  const seals = report.seals.map((seal) => `  ${seal.streamId}  covers positions up to ${seal.position}  ${seal.recorded}  ${seal.ok ? 'ok' : `recomputed ${seal.recomputed}`}`);
  const checked = `${report.events} events in ${report.streams} streams, up to position ${report.position}`;
  if (!report.failure && report.events === 0) return ['The ledger holds no events: there is nothing to verify.'];
  if (!report.failure) {
    return [
      `Verified ${checked}: hash chains and revisions, event schemas, stream rules, and ${report.seals.length} seal(s).`,
      ...headLines(report),
      ...(seals.length > 0 ? ['Seals:', ...seals] : []),
      'OK: nothing was altered.',
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

export function registerVerify(program: Command): void {
  withStoreOptions(program.command('verify'))
    .description('check every hash chain, every event against its schema and its stream\'s rules, and every seal; exit 1 at the first break')
    .option('--seal <digest>', 'a seal digest published in the minutes: also prove the history up to that seal is unchanged')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options) => {
      const format = parseFormat(options.format, ['table', 'json']);
      const seal = typeof options.seal === 'string' ? parseDigest(options.seal) : undefined;
      await withExistingLedger(options, async (ledger) => {
        const report = await readAndVerify(() => verifyLedger(ledger.store, seal === undefined ? {} : { seal }));
        if (format === 'json') printJson(report);
        else process.stdout.write(`${reportLines(report).join('\n')}\n`);
        if (report.failure) throw new CheckFailed(`verify failed at ${describeFailure(report.failure)}`);
      });
    });
}

/** A row whose JSON no longer parses is itself a break, though the store cannot say which event it is. */
async function readAndVerify(verify: () => Promise<VerifyReport>): Promise<VerifyReport> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof SyntaxError) throw new CheckFailed(`verify failed: an event in the store is not readable JSON (${error.message})`);
    throw error;
  }
}
