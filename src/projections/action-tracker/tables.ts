/** The action tracker's tables: its own copy of meetings and items, the actions, their owners and timeline. */
export const ACTION_TRACKER = 'action_tracker';

export const actionTrackerTables = `
CREATE TABLE IF NOT EXISTS action_tracker_meetings (
  meeting_id TEXT PRIMARY KEY,
  body_id    TEXT NOT NULL,
  date       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS action_tracker_items (
  meeting_id TEXT NOT NULL,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, number)
);
CREATE TABLE IF NOT EXISTS action_tracker_actions (
  action_id            TEXT PRIMARY KEY,
  title                TEXT NOT NULL,
  meeting_id           TEXT NOT NULL,
  item                 TEXT NOT NULL,
  decision_proposal_id TEXT,
  decision_resolution  TEXT,
  parent_action_id     TEXT,
  due_on               TEXT,
  status               TEXT NOT NULL,
  rag                  TEXT,
  completed_on         TEXT,
  cancelled_on         TEXT,
  position             INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS action_tracker_actions_by_parent ON action_tracker_actions (parent_action_id);
CREATE TABLE IF NOT EXISTS action_tracker_owners (
  action_id       TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  name            TEXT,
  name_key        TEXT,
  owner_id        TEXT,
  organisation_id TEXT,
  PRIMARY KEY (action_id, seq)
);
CREATE TABLE IF NOT EXISTS action_tracker_history (
  action_id   TEXT NOT NULL,
  position    INTEGER NOT NULL,
  event       TEXT NOT NULL,
  on_date     TEXT,
  rag         TEXT,
  note        TEXT,
  meeting_id  TEXT,
  owners_json TEXT,
  due_on      TEXT,
  source_json TEXT,
  PRIMARY KEY (action_id, position)
);
`;

export const actionTrackerTableNames = [
  'action_tracker_history',
  'action_tracker_owners',
  'action_tracker_actions',
  'action_tracker_items',
  'action_tracker_meetings',
] as const;
