/** Action owners as commands take them. */
import type { Attendee } from '../schemas/meeting.js';
import type { ItemOwner } from '../schemas/owner.js';

/**
 * A person named without an organisation takes the one they attended for, when the attendance says so unambiguously.
 */
export function ownerOf(owner: ItemOwner, attendance: readonly Attendee[]) {
  if (owner.body !== undefined) return { kind: 'body' as const, id: owner.body };
  if (owner.person === undefined) return { kind: 'organisation' as const, id: owner.organisation! };
  const organisations = new Set(
    attendance.filter((a) => a.person === owner.person && a.organisation).map((a) => a.organisation!),
  );
  const organisation = owner.organisation ?? (organisations.size === 1 ? [...organisations][0] : undefined);
  return { kind: 'person' as const, name: owner.person, ...(organisation ? { organisation } : {}) };
}
