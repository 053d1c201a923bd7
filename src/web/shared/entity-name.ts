/** The entity an audit trail is about, as a reader names it, for `ledger history` and the audit page. */
import { parseStreamId, type Aggregate } from '../../domain/shared/identifiers.js';
import type { AuditTrail } from '../../projections/audit-trail/index.js';
import type { Names } from './names.js';

function firstNamed(trail: AuditTrail): string | undefined {
  const data = trail.events[0]?.data ?? {};
  const named = data.title ?? data.name ?? data.text;
  return typeof named === 'string' ? `"${named}"` : undefined;
}

/** The entity as a reader names it: "Leadership Gloucestershire, 27 October 2016", "item 3 of ...". */
export function entityName(trail: AuditTrail, names: Names): string {
  const parsed = parseStreamId(trail.streamId);
  if (!parsed) return trail.streamId;
  const { aggregate, id } = parsed;
  const matter = /^(?<meeting>.+)-item-(?<item>[^-]+)$/.exec(id)?.groups;
  const named: Partial<Record<Aggregate, () => string | undefined>> = {
    organisation: () => names.organisation(id),
    body: () => names.body(id),
    meeting: () => names.meeting(id),
    fund: () => names.fund(id),
    proposal: () => (matter ? `Item ${matter.item} of ${names.meeting(matter.meeting)}` : undefined),
  };
  const kind = aggregate.charAt(0).toUpperCase() + aggregate.slice(1).replace(/-/g, ' ');
  // The directory's names carry their own id with --ids; a name taken from the first event does not.
  const name = named[aggregate]?.();
  if (name !== undefined) return name;
  return `${kind} ${firstNamed(trail) ?? id}${names.showsIds ? ` (${trail.streamId})` : ''}`;
}
