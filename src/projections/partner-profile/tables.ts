/**
 * The partner profile's tables: its own copy of everything it reports about an organisation, so
 * it rebuilds alone. Amounts are integer pence.
 */
export const PARTNER_PROFILE = 'partner_profile';

export const partnerProfileTables = `
CREATE TABLE IF NOT EXISTS partner_profile_organisations (
  organisation_id TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  type            TEXT NOT NULL,
  identifier      TEXT,
  dissolved_on    TEXT,
  successor_id    TEXT
);
CREATE TABLE IF NOT EXISTS partner_profile_bodies (
  body_id TEXT PRIMARY KEY,
  name    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_memberships (
  body_id         TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  admitted_on     TEXT NOT NULL,
  withdrawn_on    TEXT,
  PRIMARY KEY (body_id, organisation_id, admitted_on)
);
CREATE TABLE IF NOT EXISTS partner_profile_representatives (
  position        INTEGER PRIMARY KEY,
  body_id         TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  person          TEXT NOT NULL,
  role            TEXT NOT NULL,
  from_date       TEXT NOT NULL,
  to_date         TEXT
);
CREATE TABLE IF NOT EXISTS partner_profile_meetings (
  meeting_id TEXT PRIMARY KEY,
  body_id    TEXT NOT NULL,
  date       TEXT NOT NULL,
  status     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_presence (
  meeting_id      TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  attended        INTEGER NOT NULL,
  apologised      INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS partner_profile_items (
  meeting_id TEXT NOT NULL,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, number)
);
CREATE TABLE IF NOT EXISTS partner_profile_proposals (
  proposal_id TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL,
  item        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_positions (
  proposal_id     TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  stance          TEXT NOT NULL,
  option          TEXT,
  note            TEXT,
  spoken_by       TEXT,
  inferred_from   TEXT,
  PRIMARY KEY (proposal_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS partner_profile_funds (
  fund_id TEXT PRIMARY KEY,
  name    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_pledges (
  fund_id           TEXT NOT NULL,
  pledge_id         TEXT NOT NULL,
  organisation_id   TEXT NOT NULL,
  amount_pence      INTEGER NOT NULL,
  condition         TEXT,
  condition_pending INTEGER NOT NULL,
  status            TEXT NOT NULL,
  PRIMARY KEY (fund_id, pledge_id)
);
CREATE TABLE IF NOT EXISTS partner_profile_contributions (
  position             INTEGER PRIMARY KEY,
  fund_id              TEXT NOT NULL,
  organisation_id      TEXT NOT NULL,
  pledge_id            TEXT,
  amount_pence         INTEGER NOT NULL,
  received_on          TEXT NOT NULL,
  remittance_reference TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_allocations (
  fund_id      TEXT NOT NULL,
  allocation_id TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,
  recipient_id TEXT NOT NULL,
  purpose      TEXT NOT NULL,
  amount_pence INTEGER NOT NULL,
  paid_pence   INTEGER NOT NULL DEFAULT 0,
  proposal_id  TEXT NOT NULL,
  resolution   TEXT NOT NULL,
  PRIMARY KEY (fund_id, allocation_id)
);
CREATE TABLE IF NOT EXISTS partner_profile_actions (
  action_id  TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  item       TEXT NOT NULL,
  due_on     TEXT,
  status     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS partner_profile_action_owners (
  action_id       TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  organisation_id TEXT NOT NULL,
  person          TEXT,
  PRIMARY KEY (action_id, seq)
);
`;

export const partnerProfileTableNames = [
  'partner_profile_action_owners',
  'partner_profile_actions',
  'partner_profile_allocations',
  'partner_profile_contributions',
  'partner_profile_pledges',
  'partner_profile_funds',
  'partner_profile_positions',
  'partner_profile_proposals',
  'partner_profile_items',
  'partner_profile_presence',
  'partner_profile_meetings',
  'partner_profile_representatives',
  'partner_profile_memberships',
  'partner_profile_bodies',
  'partner_profile_organisations',
] as const;
