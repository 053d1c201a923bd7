/**
 * The people read model's tables: the directory's people and every form of their names, and each
 * name as the minutes wrote it where a person appears: appointments, attendance and apologies,
 * positions they stated and actions they own. Names are matched to people when the model is read,
 * so a person registered after the minutes that name them is still found in them.
 */
export const PEOPLE = 'people';

export const peopleTables = `
CREATE TABLE IF NOT EXISTS people_people (
  person_id TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  titles    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_names (
  name_key  TEXT NOT NULL,
  person_id TEXT NOT NULL,
  name      TEXT NOT NULL,
  PRIMARY KEY (name_key, person_id)
);
CREATE TABLE IF NOT EXISTS people_roles (
  position        INTEGER PRIMARY KEY,
  body_id         TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  person          TEXT NOT NULL,
  role            TEXT NOT NULL,
  from_date       TEXT NOT NULL,
  to_date         TEXT
);
CREATE TABLE IF NOT EXISTS people_meetings (
  meeting_id TEXT PRIMARY KEY,
  body_id    TEXT NOT NULL,
  date       TEXT NOT NULL,
  status     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_attendance (
  position        INTEGER NOT NULL,
  seq             INTEGER NOT NULL,
  meeting_id      TEXT NOT NULL,
  role            TEXT NOT NULL,
  person          TEXT NOT NULL,
  organisation_id TEXT,
  description     TEXT,
  capacity        TEXT,
  chair           INTEGER NOT NULL,
  substitute_for  TEXT,
  PRIMARY KEY (position, seq)
);
CREATE TABLE IF NOT EXISTS people_items (
  meeting_id TEXT NOT NULL,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, number)
);
CREATE TABLE IF NOT EXISTS people_proposals (
  proposal_id TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL,
  item        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_positions (
  proposal_id     TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  stance          TEXT NOT NULL,
  option          TEXT,
  note            TEXT,
  spoken_by       TEXT NOT NULL,
  PRIMARY KEY (proposal_id, organisation_id)
);
CREATE TABLE IF NOT EXISTS people_actions (
  action_id  TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  item       TEXT NOT NULL,
  due_on     TEXT,
  status     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_action_owners (
  action_id       TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  name            TEXT NOT NULL,
  organisation_id TEXT,
  PRIMARY KEY (action_id, seq)
);
`;

export const peopleTableNames = [
  'people_action_owners',
  'people_actions',
  'people_positions',
  'people_proposals',
  'people_items',
  'people_attendance',
  'people_meetings',
  'people_roles',
  'people_names',
  'people_people',
] as const;
