/**
 * The decision register's tables. It keeps its own copy of the meetings, agenda items and
 * attendance it needs, so it can be rebuilt alone. The search text keeps its own versions (each
 * with the positions between which it held), indexed by FTS5, so a search can be as at any time.
 */
export const DECISION_REGISTER = 'decision_register';

/** The register's entry for a matter only referred on, with no lettered resolution: /decisions/{matter}/referral. */
export const REFERRAL_RESOLUTION = 'referral';

export const decisionRegisterTables = `
CREATE TABLE IF NOT EXISTS decision_register_meetings (
  meeting_id TEXT PRIMARY KEY,
  body_id    TEXT NOT NULL,
  date       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decision_register_meetings_by_date ON decision_register_meetings (date, meeting_id);
CREATE INDEX IF NOT EXISTS decision_register_meetings_by_body ON decision_register_meetings (body_id, date, meeting_id);
CREATE TABLE IF NOT EXISTS decision_register_items (
  meeting_id TEXT NOT NULL,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, number)
);
CREATE TABLE IF NOT EXISTS decision_register_attendance (
  meeting_id      TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  present         INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS decision_register_proposals (
  proposal_id  TEXT PRIMARY KEY,
  meeting_id   TEXT NOT NULL,
  item         TEXT NOT NULL,
  question     TEXT,
  options_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS decision_register_proposals_by_item ON decision_register_proposals (meeting_id, item);
CREATE TABLE IF NOT EXISTS decision_register_positions (
  proposal_id     TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  stance          TEXT NOT NULL,
  option          TEXT,
  note            TEXT,
  spoken_by       TEXT,
  inferred_from   TEXT,
  PRIMARY KEY (proposal_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS decision_register_organisations (
  organisation_id TEXT PRIMARY KEY,
  name            TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_register_decisions (
  id            INTEGER PRIMARY KEY,
  proposal_id   TEXT NOT NULL,
  resolution    TEXT NOT NULL,
  option        TEXT,
  original_text TEXT NOT NULL,
  text          TEXT NOT NULL,
  status        TEXT NOT NULL,
  UNIQUE (proposal_id, resolution)
);
CREATE TABLE IF NOT EXISTS decision_register_changes (
  proposal_id TEXT NOT NULL,
  resolution  TEXT NOT NULL,
  position    INTEGER NOT NULL,
  change      TEXT NOT NULL,
  meeting_id  TEXT NOT NULL,
  reason      TEXT NOT NULL,
  text        TEXT,
  occurred_on TEXT,
  source_json TEXT,
  PRIMARY KEY (proposal_id, resolution, position)
);
CREATE TABLE IF NOT EXISTS decision_register_authorised (
  proposal_id     TEXT NOT NULL,
  resolution      TEXT NOT NULL,
  position        INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  subject_id      TEXT NOT NULL,
  fund_id         TEXT,
  party_kind      TEXT,
  party_id        TEXT,
  amount_pence    INTEGER,
  description     TEXT,
  PRIMARY KEY (proposal_id, resolution, position, subject_id)
);
CREATE TABLE IF NOT EXISTS decision_register_referrals (
  proposal_id TEXT NOT NULL,
  position    INTEGER NOT NULL,
  meeting_id  TEXT NOT NULL,
  body_id     TEXT NOT NULL,
  purpose     TEXT,
  PRIMARY KEY (proposal_id, position)
);
CREATE TABLE IF NOT EXISTS decision_register_search_text (
  id          INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL,
  title       TEXT NOT NULL,
  resolution  TEXT NOT NULL,
  notes       TEXT NOT NULL,
  valid_from  INTEGER NOT NULL,
  valid_to    INTEGER
);
CREATE INDEX IF NOT EXISTS decision_register_search_text_by_decision ON decision_register_search_text (decision_id,
  valid_to);
CREATE VIRTUAL TABLE IF NOT EXISTS decision_register_search USING fts5(
  title, resolution, notes, content = 'decision_register_search_text', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

export const decisionRegisterTableNames = [
  'decision_register_search',
  'decision_register_search_text',
  'decision_register_referrals',
  'decision_register_authorised',
  'decision_register_changes',
  'decision_register_decisions',
  'decision_register_organisations',
  'decision_register_positions',
  'decision_register_proposals',
  'decision_register_attendance',
  'decision_register_items',
  'decision_register_meetings',
] as const;
