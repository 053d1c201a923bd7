/**
 * The import, start to finish. First what is the importer's own to check, for every file named:
 * YAML and CSV syntax, each document's fields, each command against the domain's schema, and each
 * document against what an earlier import of it recorded. Then every command of every file is
 * decided, by the deciders alone, on an overlay of the store; a refusal is reported at the line
 * it came from. Only when every command passes is anything written, all in one batch.
 */
import { readFile } from 'node:fs/promises';
import { isIdempotencyKeyReused } from '../store/command-keys.js';
import { isWrongExpectedRevision } from '../store/errors.js';
import { OverlayStore } from '../store/overlay.js';
import type { EventStore, StreamAppend } from '../store/port.js';
import type { Actor } from '../store/envelope.js';
import type { CommandRunner } from '../store/runner.js';
import { differencesOf } from './differences.js';
import { keepRecordedSchedule } from './kept-schedule.js';
import { formatIssue, type ImportIssue } from './issues.js';
import { checkCommands, prepare, type ReadyCommand } from './ready.js';
import { readRecordedImports, type RecordedImports } from './recorded.js';
import { recipientKinds } from './recipients.js';
import { refusalIssue } from './refusal.js';
import { describeCommand } from './report.js';
import { runFiles, type FileRun, type PlannedFile } from './run.js';
import { readUnits } from './read-units.js';
import type { ImportUnit } from './unit.js';

export interface ImportSource {
  /** As the clerk named it; messages quote it, events cite its base name. */
  readonly name: string;
  readonly text: string;
}

export interface ImportOptions {
  readonly dryRun?: boolean;
  readonly actor?: Actor;
}

export type ImportLedger = { readonly commands: CommandRunner; readonly store: EventStore };

export interface DryRunFile {
  readonly file: string;
  readonly commands: ReadonlyArray<{ readonly command: ReadyCommand; readonly recorded: boolean }>;
}

export type ImportResult =
  | { readonly status: 'refused'; readonly messages: readonly string[] }
  | { readonly status: 'dry-run'; readonly files: readonly DryRunFile[] }
  | { readonly status: 'imported' | 'stopped'; readonly files: readonly FileRun[] };

const IMPORTER: Actor = { id: 'importer', role: 'clerk' };

export async function importFiles(
  ledger: ImportLedger,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const sources: ImportSource[] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    try {
      sources.push({ name: path, text: await readFile(path, 'utf8') });
    } catch (error) {
      unreadable.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  if (unreadable.length > 0) return { status: 'refused', messages: unreadable };
  return importSources(ledger, sources, options);
}

export async function importSources(
  ledger: ImportLedger,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = readUnits(sources);
  if (read.issues.length > 0) return refused(read.issues);
  const units = read.files.flatMap((file) => file.units);
  const recipientKind = await recipientKinds(units, ledger.store);
  const prepared: PlannedFile[] = read.files.map(({ file, units: fileUnits }) => ({
    file,
    commands: fileUnits.flatMap((unit) => prepare(unit, unit.plan(recipientKind))),
  }));
  const malformed = checkCommands(prepared.flatMap((file) => file.commands));
  if (malformed.length > 0) return refused(malformed);
  const recorded = await readRecordedImports(ledger.store);
  const planned = prepared.map((file) => ({
    ...file,
    commands: file.commands.map((command) => keepRecordedSchedule(command, recorded)),
  }));
  const changed = changedDocuments(units, planned, recorded);
  if (changed.length > 0) return { status: 'refused', messages: changed };
  // Every command of every file is decided on an overlay first, by the deciders themselves; a dry
  // run is the same run without the write, so it passes exactly the files the import would write.
  const isRecorded = (command: ReadyCommand) => recorded.get(command.docKey)?.get(command.path)?.hash === command.hash;
  const overlay = new OverlayStore(ledger.store);
  const runs = await runFiles(ledger.commands.on(overlay), planned, options.actor ?? IMPORTER, isRecorded);
  const stopped = runs.find((run) => run.refused);
  if (stopped?.refused) {
    const { command, reason, rejection } = stopped.refused;
    if (rejection) return refused([refusalIssue(command, rejection)]);
    return { status: 'refused', messages: [`${stopped.file}: ${describeCommand(command)}: ${reason}`] };
  }
  if (options.dryRun) return { status: 'dry-run', files: planned.map((file) => dryRun(file, recorded)) };
  const failure = await writeAll(ledger.store, overlay.pending());
  return failure ? { status: 'refused', messages: [failure] } : { status: 'imported', files: runs };
}

/** One atomic batch across streams where the store can; undefined when written, or why nothing was. */
async function writeAll(store: EventStore, appends: readonly StreamAppend[]): Promise<string | undefined> {
  try {
    if (store.appendMany) await store.appendMany(appends);
    else
      for (const { streamId, events, expectedRevision } of appends)
        await store.append(streamId, events, { expectedRevision });
    return undefined;
  } catch (error) {
    if (!isWrongExpectedRevision(error) && !isIdempotencyKeyReused(error)) throw error;
    return `The ledger changed while the files were being checked (${error.message}); import them again.`;
  }
}

function refused(issues: readonly ImportIssue[]): ImportResult {
  return { status: 'refused', messages: issues.map(formatIssue) };
}

function changedDocuments(
  units: readonly ImportUnit[],
  files: readonly PlannedFile[],
  recorded: RecordedImports,
): string[] {
  const commands = files.flatMap((file) => file.commands);
  return units.flatMap((unit) => {
    const own = commands.filter((command) => command.docKey === unit.docKey && command.file === unit.file);
    const differences = differencesOf(own, recorded.get(unit.docKey));
    if (differences.length === 0) return [];
    return [
      `${unit.file}: ${unit.name} was imported before and this version differs, so nothing was written. ` +
        (`${adviceFor(own.filter((command) => changedFrom(command, recorded)))}, or restore the ` +
          `document as it was imported:\n`) +
        differences.map((difference) => `  ${difference}`).join('\n'),
    ];
  });
}

function changedFrom(command: ReadyCommand, recorded: RecordedImports): boolean {
  const earlier = recorded.get(command.docKey)?.get(command.path);
  return earlier !== undefined && earlier.hash !== command.hash;
}

/** What to do instead of editing what was recorded, for the kinds of command that changed. */
function adviceFor(changed: readonly ReadyCommand[]): string {
  if (changed.length > 0 && changed.every((command) => command.type === 'ScheduleMeeting')) {
    return (
      "A meeting's new date, start time or venue is recorded by keeping what was first written " +
      'and adding it under changes ' +
      '(e.g. changes: [{venue: Ebley Mill, Stroud, reason: ...}]), which records RescheduleMeeting or ChangeVenue'
    );
  }
  return 'Record corrections with the correction commands (AmendDecision, AmendPledge and the like)';
}

function dryRun(file: PlannedFile, recorded: RecordedImports): DryRunFile {
  return {
    file: file.file,
    commands: file.commands.map((command) => ({
      command,
      recorded: recorded.get(command.docKey)?.get(command.path)?.hash === command.hash,
    })),
  };
}
