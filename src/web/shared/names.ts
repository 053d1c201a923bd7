/**
 * Names for ids, read from the partner profile's own copy of the directory (the read model the
 * API's /partners route reads), so pages and the CLI's human output say "Stroud District Council",
 * not its id. The one name lookup: `ledger report ... --ids` and `ledger history --ids` load it with
 * `{ ids: true }`, and every name then carries its id after it.
 */
import type Database from 'better-sqlite3';
import { formatDate } from './format.js';

export interface Names {
  /** With `ids`: " (id)" to put after a name the caller wrote itself (a person, an action); otherwise nothing. */
  idAfter(id: string | null | undefined): string;
  /** Whether ids were asked for, so a table can add an id column of its own. */
  readonly showsIds: boolean;
  organisation(id: string | null | undefined): string;
  body(id: string | null | undefined): string;
  fund(id: string | null | undefined): string;
  /** "Leadership Gloucestershire, 27 October 2016" */
  meeting(id: string | null | undefined): string;
  meetingDate(id: string | null | undefined): string | null;
  /** "minute 5 a) of Leadership Gloucestershire, 27 October 2016", from lg-2016-10-27-item-5 and a. */
  minute(decision: { readonly proposalId: string; readonly resolution?: string | null }): string;
  /** "the allocation to Gloucestershire Community Safety Partnership for Implementation phase" */
  allocation(fundId: string | null | undefined, allocationId: string | null | undefined): string;
  /** A party that may be an organisation or a body. */
  party(party: { kind: string; id: string } | null | undefined): string;
  /** Every body and organisation in the directory, by name. */
  readonly bodies: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly organisations: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

type Row = { id: string; name: string };

function table(db: Database.Database, sql: string): Map<string, string> {
  return new Map(
    db
      .prepare<[], Row>(sql)
      .all()
      .map((row) => [row.id, row.name]),
  );
}

/** Falls back to the id with its hyphens as spaces when the directory has no name for it. */
const fallback = (id: string) => id.replace(/-/g, ' ');

const byName = (map: Map<string, string>) =>
  [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

export interface NamesOptions {
  /** Put each id in brackets after its name: "Stroud District Council (stroud-district-council)". */
  readonly ids?: boolean;
}

export function loadNames(db: Database.Database, options: NamesOptions = {}): Names {
  const idAfter = (id: string | null | undefined) => (options.ids && id ? ` (${id})` : '');
  const organisations = table(db, 'SELECT organisation_id AS id, name FROM partner_profile_organisations');
  const bodies = table(db, 'SELECT body_id AS id, name FROM partner_profile_bodies');
  const funds = table(db, 'SELECT fund_id AS id, name FROM partner_profile_funds');
  const meetings = new Map(
    db
      .prepare<[], { meeting_id: string; body_id: string; date: string }>(
        'SELECT meeting_id, body_id, date FROM partner_profile_meetings',
      )
      .all()
      .map((m) => [m.meeting_id, m]),
  );
  const lookup = (map: Map<string, string>) => (id: string | null | undefined) =>
    id ? `${map.get(id) ?? fallback(id)}${idAfter(id)}` : '';
  const organisation = lookup(organisations);
  const body = lookup(bodies);
  const allocations = new Map(
    db
      .prepare<
        [],
        { fund_id: string; allocation_id: string; recipient_kind: string; recipient_id: string; purpose: string }
      >('SELECT fund_id, allocation_id, recipient_kind, recipient_id, purpose FROM partner_profile_allocations')
      .all()
      .map((a) => [`${a.fund_id}/${a.allocation_id}`, a]),
  );
  const meeting = (id: string | null | undefined) => {
    if (!id) return '';
    const found = meetings.get(id);
    const name = found
      ? `${bodies.get(found.body_id) ?? fallback(found.body_id)}, ${formatDate(found.date)}`
      : fallback(id);
    return `${name}${idAfter(id)}`;
  };
  return {
    idAfter,
    showsIds: options.ids === true,
    organisation,
    body,
    fund: lookup(funds),
    meeting,
    minute: ({ proposalId, resolution }) => {
      const matter = /^(?<meeting>.+)-item-(?<item>[^-]+)$/.exec(proposalId)?.groups;
      const letter = resolution ? ` ${resolution})` : '';
      return matter ? `minute ${matter.item}${letter} of ${meeting(matter.meeting)}` : `${proposalId}${letter}`;
    },
    meetingDate: (id) => (id ? (meetings.get(id)?.date ?? null) : null),
    allocation: (fundId, allocationId) => {
      const found = allocations.get(`${fundId ?? ''}/${allocationId ?? ''}`);
      if (!found) return `allocation ${allocationId ?? ''}`.trimEnd();
      const to = found.recipient_kind === 'body' ? body(found.recipient_id) : organisation(found.recipient_id);
      return `the allocation to ${to} for ${found.purpose}${idAfter(allocationId)}`;
    },
    party: (party) => (!party ? '' : party.kind === 'body' ? body(party.id) : organisation(party.id)),
    bodies: byName(bodies),
    organisations: byName(organisations),
  };
}
