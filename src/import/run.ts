/**
 * Runs the checked commands through a command runner, file by file, in order; the importer gives it
 * a runner on an overlay of the store, so nothing here is written. The first command the rules
 * refuse stops the run: later commands usually depend on it (a pledge on its fund), so running
 * them would only add confusing refusals. The importer then writes nothing at all.
 */
import { basename } from 'node:path';
import type { Actor } from '../store/envelope.js';
import type { Rejection } from '../domain/shared/decider.js';
import type { CommandOutcome, CommandRunner } from '../store/runner.js';
import type { ReadyCommand } from './ready.js';

export interface FileRun {
  readonly file: string;
  readonly applied: readonly ReadyCommand[];
  readonly alreadyRecorded: readonly ReadyCommand[];
  /** The command the ledger refused, and why; set when the import stopped in this file. */
  readonly refused?: { readonly command: ReadyCommand; readonly reason: string; readonly rejection?: Rejection };
  readonly notRun: readonly ReadyCommand[];
}

export interface PlannedFile {
  readonly file: string;
  readonly commands: readonly ReadyCommand[];
}

/**
 * `isRecorded` says which commands an earlier import already recorded: those are not run again, so a
 * file imported by one clerk and again by another records nothing (an idempotency key is one actor's).
 */
export async function runFiles(
  runner: CommandRunner,
  files: readonly PlannedFile[],
  actor: Actor,
  isRecorded: (command: ReadyCommand) => boolean,
): Promise<FileRun[]> {
  const runs: FileRun[] = [];
  let stopped = false;
  for (const { file, commands } of files) {
    if (stopped) {
      runs.push({ file, applied: [], alreadyRecorded: [], notRun: commands });
      continue;
    }
    const run = await runFile(runner, file, commands, actor, isRecorded);
    stopped = run.refused !== undefined;
    runs.push(run);
  }
  return runs;
}

async function runFile(
  runner: CommandRunner,
  file: string,
  commands: readonly ReadyCommand[],
  actor: Actor,
  isRecorded: (command: ReadyCommand) => boolean,
): Promise<FileRun> {
  const applied: ReadyCommand[] = [];
  const alreadyRecorded: ReadyCommand[] = [];
  for (const [index, command] of commands.entries()) {
    if (isRecorded(command)) {
      alreadyRecorded.push(command);
      continue;
    }
    const outcome = await runner.run(
      { type: command.type, data: command.data },
      {
        commandId: command.commandId,
        correlationId: `import:${command.docKey}`,
        actor,
        ...(command.occurredAt ? { occurredAt: command.occurredAt } : {}),
        source: { document: basename(file), section: command.section, kind: command.sourceKind },
      },
    );
    if (outcome.status === 'accepted') {
      (outcome.replayed ? alreadyRecorded : applied).push(command);
      continue;
    }
    return {
      file,
      applied,
      alreadyRecorded,
      refused: {
        command,
        reason: reasonOf(outcome),
        ...(outcome.status === 'rejected' ? { rejection: outcome.rejection } : {}),
      },
      notRun: commands.slice(index + 1),
    };
  }
  return { file, applied, alreadyRecorded, notRun: [] };
}

function reasonOf(outcome: Exclude<CommandOutcome, { status: 'accepted' }>): string {
  switch (outcome.status) {
    case 'rejected':
      return `${outcome.rejection.code}: ${outcome.rejection.message}`;
    case 'conflict':
      return `${outcome.streamId} was changed by someone else at the same moment; import the file again`;
    case 'invalid':
      return outcome.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  }
}
