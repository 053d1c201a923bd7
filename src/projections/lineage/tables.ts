/**
 * The lineage read model's tables: its own copy of bodies, meetings, items, matters and their
 * resolutions, every link (and every bare referral), and the actions each item gave. Rows are
 * written as the events come and changed in place (a resolution's text and status, an action's
 * status); as-at reads replay into a throw-away database like the decision register's.
 */
export const LINEAGE = 'lineage';

export const lineageTables = `
CREATE TABLE IF NOT EXISTS lineage_bodies (
  body_id TEXT PRIMARY KEY,
  name    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lineage_meetings (
  meeting_id TEXT PRIMARY KEY,
  body_id    TEXT NOT NULL,
  date       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lineage_items (
  meeting_id TEXT NOT NULL,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  PRIMARY KEY (meeting_id, number)
);
CREATE TABLE IF NOT EXISTS lineage_matters (
  proposal_id TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL,
  item        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lineage_resolutions (
  proposal_id TEXT NOT NULL,
  resolution  TEXT NOT NULL,
  text        TEXT NOT NULL,
  status      TEXT NOT NULL,
  PRIMARY KEY (proposal_id, resolution)
);
CREATE TABLE IF NOT EXISTS lineage_links (
  position         INTEGER PRIMARY KEY,
  kind             TEXT NOT NULL,
  note             TEXT,
  from_proposal_id TEXT NOT NULL,
  from_resolution  TEXT,
  from_body_id     TEXT NOT NULL,
  from_meeting_id  TEXT NOT NULL,
  from_item        TEXT NOT NULL,
  to_proposal_id   TEXT,
  to_resolution    TEXT,
  to_body_id       TEXT NOT NULL,
  to_meeting_id    TEXT,
  to_item          TEXT
);
CREATE INDEX IF NOT EXISTS lineage_links_from ON lineage_links (from_proposal_id);
CREATE INDEX IF NOT EXISTS lineage_links_to ON lineage_links (to_proposal_id);
CREATE TABLE IF NOT EXISTS lineage_actions (
  action_id  TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  item       TEXT NOT NULL,
  resolution TEXT,
  title      TEXT NOT NULL,
  status     TEXT NOT NULL,
  due_on     TEXT,
  rag        TEXT,
  position   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS lineage_actions_by_item ON lineage_actions (meeting_id, item);
`;

export const lineageTableNames = [
  'lineage_actions',
  'lineage_links',
  'lineage_resolutions',
  'lineage_matters',
  'lineage_items',
  'lineage_meetings',
  'lineage_bodies',
] as const;
