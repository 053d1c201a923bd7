/**
 * `ledger seal`: verifies the ledger and records one digest over every stream's head, which the
 * board publishes in its minutes; `ledger verify --seal DIGEST` later proves nothing up to that
 * point changed. Exit 1 (and no seal) when the ledger does not verify.
 */
import type { Command } from 'commander';
import { sealLedger, type Seal } from '../../audit/seal-ledger.js';
import { describeFailure } from '../../audit/verify.js';
import { CheckFailed, parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions, type FormatFlags } from '../store-options.js';
import { withExistingLedger } from './open-existing.js';

/** The sentence for the clerk to paste into the next minutes: publishing it is what makes the seal a proof. */
function sealLines(seal: Seal, fresh: boolean): string[] {
  return [
    fresh
      ? `Sealed the ledger at position ${seal.position} (${seal.streams} streams).`
      : `Nothing was recorded since the seal at position ${seal.position} (${seal.streams} streams): that seal stands.`,
    'For the minutes (paste as it is):',
    '',
    `  The ledger was sealed at position ${seal.position} (${seal.streams} streams) with ` +
      `SHA-256 digest ${seal.digest}.`,
    '',
    'Once published, anyone can prove the history up to this point was not rewritten with:',
    `  ledger verify --seal ${seal.digest}`,
  ];
}

export function registerSeal(program: Command): void {
  withStoreOptions(program.command('seal'))
    .description(
      "verify the ledger, then record and print one digest over every stream's head, for the " +
        'board to publish in its minutes',
    )
    .option('--actor <name>', 'who is recorded as sealing the ledger', 'auditor')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: FormatFlags & { actor: string }) => {
      const format = parseFormat(options.format, ['table', 'json']);
      await withExistingLedger(options, async (ledger) => {
        const outcome = await sealLedger(ledger.store, {
          now: new Date(),
          actor: { id: options.actor, role: 'admin' },
        });
        if (outcome.status === 'empty') throw new UsageError('The ledger is empty: there is nothing to seal yet.');
        if (outcome.status === 'broken')
          throw new CheckFailed(
            `not sealed: the ledger does not verify, at ${describeFailure(outcome.report.failure!)}`,
          );
        if (format === 'json') {
          printJson({ status: outcome.status, ...outcome.seal });
          return;
        }
        process.stdout.write(`${sealLines(outcome.seal, outcome.status === 'sealed').join('\n')}\n`);
      });
    });
}
