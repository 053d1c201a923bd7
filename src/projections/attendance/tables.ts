/**
 * The attendance read model's tables: meetings, who was there or sent apologies, memberships and each
 * body's rules (the missed-meetings limit, the notice for papers).
 */
export const ATTENDANCE = 'attendance';

export const attendanceTables = `
CREATE TABLE IF NOT EXISTS attendance_meetings (
  meeting_id          TEXT PRIMARY KEY,
  body_id             TEXT NOT NULL,
  date                TEXT NOT NULL,
  venue               TEXT,
  status              TEXT NOT NULL,
  cancellation_reason TEXT,
  minutes_confirmed_at TEXT,
  minutes_confirmed_on TEXT,
  papers_published_on TEXT
);
CREATE TABLE IF NOT EXISTS attendance_people (
  meeting_id      TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  role            TEXT NOT NULL,
  person          TEXT NOT NULL,
  organisation_id TEXT,
  description     TEXT,
  capacity        TEXT,
  chair           INTEGER NOT NULL DEFAULT 0,
  substitute_for  TEXT,
  PRIMARY KEY (meeting_id, seq)
);
CREATE INDEX IF NOT EXISTS attendance_people_by_organisation ON attendance_people (organisation_id);
CREATE TABLE IF NOT EXISTS attendance_memberships (
  body_id         TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  admitted_on     TEXT NOT NULL,
  withdrawn_on    TEXT,
  PRIMARY KEY (body_id, organisation_id, admitted_on)
);
CREATE TABLE IF NOT EXISTS attendance_rules (
  body_id               TEXT PRIMARY KEY,
  missed_meetings_limit INTEGER,
  notice_days           INTEGER
);

`;

export const attendanceTableNames = [
  'attendance_rules',
  'attendance_memberships',
  'attendance_people',
  'attendance_meetings',
] as const;
