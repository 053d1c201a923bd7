/** One organisation's profile, read from the partner profile's tables. */
import type Database from 'better-sqlite3';
import type { Membership } from '../attendance/record.js';
import { attendanceOf } from './attendance.js';
import { actionsOwnedBy } from './actions.js';
import { moneyOf } from './money.js';
import type { PartnerProfile } from './view.js';

type OrganisationRow = { name: string; type: string; dissolved_on: string | null; successor_id: string | null };
type MembershipRow = { body_id: string; name: string | null; admitted_on: string; withdrawn_on: string | null };
type RepresentativeRow = { body_id: string; person: string; role: string; from_date: string; to_date: string | null };
type PositionRow = {
  proposal_id: string;
  meeting_id: string | null;
  date: string | null;
  item: string | null;
  title: string | null;
  stance: string;
  option: string | null;
  note: string | null;
  spoken_by: string | null;
  inferred_from: string | null;
};

function membershipsOf(
  db: Database.Database,
  organisationId: string,
): { views: PartnerProfile['memberships']; records: Membership[] } {
  const rows = db
    .prepare<[string], MembershipRow>(
      `SELECT m.body_id, b.name, m.admitted_on, m.withdrawn_on FROM partner_profile_memberships m
         LEFT JOIN partner_profile_bodies b ON b.body_id = m.body_id WHERE m.organisation_id = ? ORDER BY
           m.admitted_on, m.body_id`,
    )
    .all(organisationId);
  const representatives = db
    .prepare<[string], RepresentativeRow>(
      'SELECT body_id, person, role, from_date, to_date FROM partner_profile_representatives ' +
        'WHERE organisation_id = ? ORDER BY position',
    )
    .all(organisationId);
  const views = rows.map((row) => ({
    bodyId: row.body_id,
    bodyName: row.name,
    admittedOn: row.admitted_on,
    withdrawnOn: row.withdrawn_on,
    representatives: representatives
      .filter((r) => r.body_id === row.body_id)
      .map((r) => ({ person: r.person, role: r.role, from: r.from_date, to: r.to_date })),
  }));
  const records = rows.map((row) => ({
    bodyId: row.body_id,
    organisationId,
    admittedOn: row.admitted_on,
    withdrawnOn: row.withdrawn_on,
  }));
  return { views, records };
}

function positionsOf(db: Database.Database, organisationId: string): PartnerProfile['positions'] {
  return db
    .prepare<[string], PositionRow>(
      `SELECT x.proposal_id, p.meeting_id, m.date, p.item, i.title, x.stance, x.option, x.note, x.spoken_by,
        x.inferred_from
         FROM partner_profile_positions x
         LEFT JOIN partner_profile_proposals p ON p.proposal_id = x.proposal_id
         LEFT JOIN partner_profile_meetings m ON m.meeting_id = p.meeting_id
         LEFT JOIN partner_profile_items i ON i.meeting_id = p.meeting_id AND i.number = p.item
        WHERE x.organisation_id = ? ORDER BY m.date, x.proposal_id`,
    )
    .all(organisationId)
    .map((r) => ({
      proposalId: r.proposal_id,
      meetingId: r.meeting_id,
      meetingDate: r.date,
      item: r.item,
      itemTitle: r.title,
      stance: r.stance,
      option: r.option,
      note: r.note,
      spokenBy: r.spoken_by,
      inferredFrom: r.inferred_from,
    }));
}

/** Undefined when the ledger has never heard of the organisation. */
export function partnerProfile(db: Database.Database, organisationId: string): PartnerProfile | undefined {
  const organisation = db
    .prepare<[string], OrganisationRow>(
      'SELECT name, type, dissolved_on, successor_id FROM partner_profile_organisations WHERE organisation_id = ?',
    )
    .get(organisationId);
  const memberships = membershipsOf(db, organisationId);
  const positions = positionsOf(db, organisationId);
  const money = moneyOf(db, organisationId);
  const attendance = attendanceOf(db, organisationId, memberships.records);
  const actionsOwned = actionsOwnedBy(db, organisationId);
  const mentioned = [
    memberships.views,
    positions,
    money.pledges,
    money.contributions,
    money.allocationsReceived,
    actionsOwned,
  ].some((list) => list.length > 0);
  if (!organisation && !mentioned && attendance.total.meetings === 0) return undefined;
  return {
    organisationId,
    name: organisation?.name ?? null,
    type: organisation?.type ?? null,
    dissolvedOn: organisation?.dissolved_on ?? null,
    successorId: organisation?.successor_id ?? null,
    memberships: memberships.views,
    attendance,
    positions,
    ...money,
    actionsOwned,
  };
}
