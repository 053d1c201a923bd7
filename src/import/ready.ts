/**
 * Planned commands made ready to run: each gets its deterministic id and the line it came from,
 * and is checked against the domain's own command schema while nothing has been written yet.
 */
import { commandEntry } from '../domain/index.js';
import { commandHash, commandIdOf } from './command-ids.js';
import { pathText, type DocumentLabel, type ImportIssue } from './issues.js';
import type { PlannedCommand } from './plan/planned.js';
import type { YamlLeaf } from './yaml-file.js';

export interface ReadyCommand extends PlannedCommand {
  readonly hash: string;
  readonly commandId: string;
  readonly file: string;
  readonly label: DocumentLabel;
  readonly line: number;
  /** The values written in the command's entry, for pointing a refusal at the field it is about. */
  leaves(): readonly YamlLeaf[];
}

export interface CommandSource {
  readonly file: string;
  readonly label: DocumentLabel;
  lineOf(fieldPath: PlannedCommand['fieldPath']): number;
  leavesUnder(fieldPath: PlannedCommand['fieldPath']): readonly YamlLeaf[];
}

export function prepare(source: CommandSource, planned: readonly PlannedCommand[]): ReadyCommand[] {
  return planned.map((command) => {
    const hash = commandHash(command.type, command.data);
    return {
      ...command,
      hash,
      commandId: commandIdOf({ docKey: command.docKey, path: command.path, hash }),
      file: source.file,
      label: source.label,
      line: source.lineOf(command.fieldPath),
      leaves: () => source.leavesUnder(command.fieldPath),
    };
  });
}

/** Issues for commands the ledger would refuse as malformed; normally the document schemas catch these first. */
export function checkCommands(commands: readonly ReadyCommand[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const ids = new Map<string, ReadyCommand>();
  for (const command of commands) {
    const where = {
      file: command.file,
      document: command.label,
      line: command.line,
      path: pathText(command.fieldPath),
    };
    const earlier = ids.get(command.commandId);
    if (earlier)
      issues.push({ ...where, message: `this repeats ${earlier.path} (line ${earlier.line}); write each fact once` });
    ids.set(command.commandId, command);
    const entry = commandEntry(command.type);
    if (!entry) throw new Error(`Bug: the importer planned ${command.type}, which the domain does not define`);
    const parsed = entry.definition.schema.safeParse(command.data);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      issues.push({
        ...where,
        message:
          `the ledger's ${command.type} refuses this: ${issue.path.map(String).join('.') || 'data'}: ` + issue.message,
      });
    }
  }
  return issues;
}
