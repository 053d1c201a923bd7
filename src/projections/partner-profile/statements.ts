/** The partner profile's prepared statements. */
import type Database from 'better-sqlite3';
import type { Owner } from '../../domain/actions/commands.js';

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
  return { ...directoryAndMeetings(db), ...decisionsAndMoney(db), ...actions(db) };
}

function directoryAndMeetings(db: Database.Database) {
  return {
    organisation: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_organisations (organisation_id, name, type, ' +
        'identifier) VALUES (?, ?, ?, ?)',
    ),
    rename: db.prepare('UPDATE partner_profile_organisations SET name = ? WHERE organisation_id = ?'),
    dissolve: db.prepare(
      'UPDATE partner_profile_organisations SET dissolved_on = ?, successor_id = ? WHERE organisation_id = ?',
    ),
    body: db.prepare('INSERT OR REPLACE INTO partner_profile_bodies (body_id, name) VALUES (?, ?)'),
    admit: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_memberships (body_id, organisation_id, admitted_on, ' +
        'withdrawn_on) VALUES (?, ?, ?, NULL)',
    ),
    withdraw: db.prepare(
      'UPDATE partner_profile_memberships SET withdrawn_on = ? WHERE body_id = ? AND ' +
        'organisation_id = ? AND withdrawn_on IS NULL',
    ),
    representative: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_representatives (position, body_id, ' +
        'organisation_id, person, role, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    meeting: db.prepare(
      `INSERT INTO partner_profile_meetings (meeting_id, body_id, date, status) VALUES (?, ?, ?, 'scheduled')
       ON CONFLICT (meeting_id) DO UPDATE SET body_id = excluded.body_id, date = excluded.date`,
    ),
    reschedule: db.prepare('UPDATE partner_profile_meetings SET date = ? WHERE meeting_id = ?'),
    held: db.prepare(
      "UPDATE partner_profile_meetings SET status = 'held' WHERE meeting_id = ? AND status <> 'cancelled'",
    ),
    cancel: db.prepare("UPDATE partner_profile_meetings SET status = 'cancelled' WHERE meeting_id = ?"),
    presence: db.prepare(
      `INSERT INTO partner_profile_presence (meeting_id, organisation_id, attended, apologised) VALUES (?, ?, ?, ?)
       ON CONFLICT (meeting_id, organisation_id) DO UPDATE SET attended = max(attended, excluded.attended),
         apologised = max(apologised, excluded.apologised)`,
    ),
    item: db.prepare('INSERT OR REPLACE INTO partner_profile_items (meeting_id, number, title) VALUES (?, ?, ?)'),
  };
}

function decisionsAndMoney(db: Database.Database) {
  return {
    proposal: db.prepare(
      'INSERT OR IGNORE INTO partner_profile_proposals (proposal_id, meeting_id, item) VALUES (?, ?, ?)',
    ),
    position: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_positions (proposal_id, organisation_id, stance, ' +
        'option, note, spoken_by, inferred_from) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    fund: db.prepare('INSERT OR REPLACE INTO partner_profile_funds (fund_id, name) VALUES (?, ?)'),
    pledge: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_pledges (fund_id, pledge_id, organisation_id, ' +
        "amount_pence, condition, condition_pending, status) VALUES (?, ?, ?, ?, ?, ?, 'live')",
    ),
    conditionMet: db.prepare(
      'UPDATE partner_profile_pledges SET condition_pending = 0 WHERE fund_id = ? AND pledge_id = ?',
    ),
    pledgeAmount: db.prepare('UPDATE partner_profile_pledges SET amount_pence = ? WHERE fund_id = ? AND pledge_id = ?'),
    pledgeEnded: db.prepare('UPDATE partner_profile_pledges SET status = ? WHERE fund_id = ? AND pledge_id = ?'),
    contribution: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_contributions (position, fund_id, organisation_id, ' +
        'pledge_id, amount_pence, received_on, remittance_reference) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    allocation: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_allocations (fund_id, allocation_id, ' +
        'recipient_kind, recipient_id, purpose, amount_pence, proposal_id, resolution) VALUES (?, ' +
        '?, ?, ?, ?, ?, ?, ?)',
    ),
    payment: db.prepare(
      'UPDATE partner_profile_allocations SET paid_pence = paid_pence + ? WHERE fund_id = ? AND allocation_id = ?',
    ),
  };
}

function actions(db: Database.Database) {
  const removeOwners = db.prepare('DELETE FROM partner_profile_action_owners WHERE action_id = ?');
  const addOwner = db.prepare(
    'INSERT INTO partner_profile_action_owners (action_id, seq, organisation_id, person) VALUES (?, ?, ?, ?)',
  );
  return {
    action: db.prepare(
      'INSERT OR REPLACE INTO partner_profile_actions (action_id, title, meeting_id, item, ' +
        "due_on, status) VALUES (?, ?, ?, ?, ?, 'open')",
    ),
    actionDue: db.prepare('UPDATE partner_profile_actions SET due_on = ? WHERE action_id = ?'),
    actionStatus: db.prepare('UPDATE partner_profile_actions SET status = ? WHERE action_id = ?'),
    /** Only owners tied to an organisation appear on a profile: the organisation itself, or a person acting for it. */
    owners(actionId: string, owners: readonly Owner[]) {
      removeOwners.run(actionId);
      owners.forEach((owner, seq) => {
        if (owner.kind === 'organisation') addOwner.run(actionId, seq, owner.id, null);
        if (owner.kind === 'person' && owner.organisation) addOwner.run(actionId, seq, owner.organisation, owner.name);
      });
    },
  };
}
