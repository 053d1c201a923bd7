/**
 * Checks, before anything is written, that every id a file names exists: in the ledger already, or
 * brought into being by an earlier document of this import. Also refuses an id defined twice.
 */
import { streamId } from '../domain/shared/identifiers.js';
import type { EventStore } from '../store/port.js';
import { pathText, type ImportIssue } from './issues.js';
import type { Reference, ReferenceKind } from './references-of.js';
import type { ImportUnit } from './unit.js';

/** Whether the ledger already holds an entity, read from its stream; answers are cached for the import. */
export class LedgerLookup {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly store: EventStore) {}

  async exists(kind: ReferenceKind, id: string): Promise<boolean> {
    const stream = streamId(kind, id);
    const cached = this.known.get(stream);
    if (cached !== undefined) return cached;
    let found = false;
    for await (const _event of this.store.readStream(stream, { maxCount: 1 })) found = true;
    this.known.set(stream, found);
    return found;
  }
}

const ADVICE: Record<ReferenceKind, string> = {
  organisation: 'add an Organisation document before this one',
  body: 'add a Body document before this one',
  fund: 'add a Fund document before this one, or open the fund in an earlier decision',
  meeting: 'add a Meeting document for it before this one (id, body and date are enough)',
  action: 'assign it in an earlier meeting first',
};

export interface ReferenceCheck {
  readonly issues: ImportIssue[];
  /** The kind each bare recipient id turned out to be, for AllocateFunding. */
  readonly recipientKinds: Map<string, 'organisation' | 'body'>;
}

export async function checkReferences(units: readonly ImportUnit[], lookup: LedgerLookup): Promise<ReferenceCheck> {
  const defined = new Map<string, ImportUnit>();
  const issues: ImportIssue[] = [];
  const recipientKinds = new Map<string, 'organisation' | 'body'>();
  const issue = (unit: ImportUnit, reference: Reference, message: string) =>
    issues.push({
      file: unit.file,
      document: unit.label,
      line: unit.lineOf(reference.fieldPath),
      path: pathText(reference.fieldPath),
      message,
    });
  for (const unit of units) {
    for (const reference of unit.references) {
      const [kind] = reference.kinds as [ReferenceKind];
      if (reference.op === 'define') {
        const earlier = defined.get(`${kind}/${reference.id}`);
        if (earlier)
          issue(
            unit,
            reference,
            `duplicate id: ${kind} ${reference.id} is already defined in ${earlier.file}, ${earlier.name}`,
          );
        defined.set(`${kind}/${reference.id}`, unit);
        continue;
      }
      const found = await findKind(reference, defined, lookup);
      if (found === undefined) {
        const what = reference.kinds.join(' or ');
        const advice = reference.kinds.map((k) => ADVICE[k]).join('; or ');
        issue(
          unit,
          reference,
          `no ${what} "${reference.id}" is in the ledger or defined by an earlier document; check the id, or ${advice}`,
        );
      } else if (reference.kinds.length > 1) {
        recipientKinds.set(reference.id, found as 'organisation' | 'body');
      }
    }
  }
  return { issues, recipientKinds };
}

async function findKind(
  reference: Reference,
  defined: Map<string, ImportUnit>,
  lookup: LedgerLookup,
): Promise<ReferenceKind | undefined> {
  for (const kind of reference.kinds) {
    if (defined.has(`${kind}/${reference.id}`) || (await lookup.exists(kind, reference.id))) return kind;
  }
  return undefined;
}
