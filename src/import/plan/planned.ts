/**
 * A command the importer means to run, with where it came from. Its place in the document (`path`)
 * is named by meaning (`items.3.decisions.b.allocate`), not by list position, so inserting a line
 * above it does not change its identity and a changed version can say exactly what changed.
 */
import type { SourceKind } from '../../store/envelope.js';
import type { CommandInput, LedgerCommandType } from '../../domain/index.js';
import type { FieldPath } from '../yaml-file.js';

export interface PlannedCommand {
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** The document, as kind and id: `Meeting/lg-2016-10-27`. */
  readonly docKey: string;
  /** The command's place in the document, by meaning: `items.3.decisions.b.allocate`. */
  readonly path: string;
  /** Where in the YAML tree it was written, for line numbers. */
  readonly fieldPath: FieldPath;
  /** For the events' source reference, e.g. "item 3 b)". */
  readonly section: string;
  /** Business time: the meeting date, or the date the directory fact took effect. */
  readonly occurredAt?: string;
  /** What kind of record the fact comes from: the minutes, unless the file marks it illustrative. */
  readonly sourceKind: SourceKind;
}

/** Collects a document's commands in the order they must run. */
export class CommandList {
  readonly commands: PlannedCommand[] = [];

  constructor(
    private readonly docKey: string,
    private readonly occurredAt?: string,
    private readonly sourceKind: SourceKind = 'minutes',
  ) {}

  /** `data` is typed by the command's schema, so a renamed or retyped field breaks the compile here. */
  add<T extends LedgerCommandType>(
    type: T,
    data: CommandInput<T>,
    where: { path: string; fieldPath: FieldPath; section: string; occurredAt?: string },
  ): void {
    const occurredAt = where.occurredAt ?? this.occurredAt;
    const { sourceKind } = this;
    this.commands.push({
      type,
      data: withoutUndefined(data),
      docKey: this.docKey,
      ...where,
      ...(occurredAt ? { occurredAt } : {}),
      sourceKind,
    });
  }
}

/** Optional fields are left out rather than set to undefined, so a command's hash depends only on what was written. */
function withoutUndefined(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** `2.1` is a fine item number but not part of a slug: `lg-2016-10-27-item-2-1`. */
export function itemSlug(number: string): string {
  return number.replaceAll('.', '-');
}
