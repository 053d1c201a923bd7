/**
 * What an import tells the clerk: per file, the commands applied, already recorded and refused;
 * where it stopped, why, and what from that file is already in the ledger; for a dry run, every
 * command that would run.
 */
import { describeDocument } from './issues.js';
import type { ImportResult } from './import-files.js';
import type { ReadyCommand } from './ready.js';
import type { FileRun } from './run.js';

interface FileSummary {
  readonly file: string;
  readonly applied: number;
  readonly alreadyRecorded: number;
  readonly rejected: number;
  readonly notRun: number;
}

function summarise(run: FileRun): FileSummary {
  return {
    file: run.file,
    applied: run.applied.length,
    alreadyRecorded: run.alreadyRecorded.length,
    rejected: run.refused ? 1 : 0,
    notRun: run.notRun.length,
  };
}

/** One line per command: where it was written and what it records. */
export function describeCommand(command: ReadyCommand): string {
  const where = [describeDocument(command.label), `line ${command.line}`].filter((part) => part !== '').join(', ');
  return `${where}: ${command.type} ${command.path}`;
}

function fileLines(run: FileRun): string[] {
  const s = summarise(run);
  const lines = [
    `${s.file}: ${s.applied} applied, ${s.alreadyRecorded} already recorded, ${s.rejected} ` +
      `rejected${s.notRun > 0 ? `, ${s.notRun} not run` : ''}`,
  ];
  if (!run.refused) return lines;
  const { command, reason } = run.refused;
  lines.push(`  refused: ${describeCommand(command)}: ${reason}`);
  const recorded = [
    ...run.alreadyRecorded.map((c) => ({ c, note: ' (recorded earlier)' })),
    ...run.applied.map((c) => ({ c, note: '' })),
  ];
  lines.push(`  already applied from this file (${recorded.length}):`);
  for (const { c, note } of recorded) lines.push(`    ${describeCommand(c)}${note}`);
  lines.push(
    '  Fix the refused line and import the file again: what is already applied is recognised and not repeated.',
  );
  return lines;
}

/** The lines a person reads; `refused` results are messages only, since nothing was written. */
export function reportLines(result: ImportResult): string[] {
  switch (result.status) {
    case 'refused':
      return [...result.messages, 'Nothing was written.'];
    case 'dry-run':
      return result.files.flatMap((file) => {
        const toRun = file.commands.filter((entry) => !entry.recorded).length;
        return [
          `${file.file}: dry run, ${toRun} would run, ${file.commands.length - toRun} already recorded`,
          ...file.commands.map(
            ({ command, recorded }) => `  ${recorded ? 'recorded ' : 'would run'}  ${describeCommand(command)}`,
          ),
        ];
      });
    case 'imported':
    case 'stopped':
      return result.files.flatMap(fileLines);
  }
}

function commandJson(command: ReadyCommand) {
  const { type, data, commandId, path, line, section, occurredAt } = command;
  return {
    type,
    data,
    commandId,
    document: describeDocument(command.label) || undefined,
    line,
    path,
    section,
    occurredAt,
  };
}

/** The same facts for machines. */
export function reportJson(result: ImportResult): unknown {
  switch (result.status) {
    case 'refused':
      return { status: result.status, messages: result.messages };
    case 'dry-run':
      return {
        status: result.status,
        files: result.files.map((file) => ({
          file: file.file,
          commands: file.commands.map(({ command, recorded }) => ({ ...commandJson(command), recorded })),
        })),
      };
    case 'imported':
    case 'stopped':
      return {
        status: result.status,
        files: result.files.map((run) => ({
          ...summarise(run),
          ...(run.refused ? { refused: { ...commandJson(run.refused.command), reason: run.refused.reason } } : {}),
          appliedCommands: run.applied.map(commandJson),
        })),
      };
  }
}
