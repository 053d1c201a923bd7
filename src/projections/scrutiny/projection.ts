/**
 * The scrutiny read model's fold: each recommendation, its response and the actions tracked
 * against it. The recommendations table is updated in place when the response arrives, so it
 * keeps its versions (../versions.ts); the actions table only grows.
 */
import type Database from 'better-sqlite3';
import { scrutinyEventSchemas, type ScrutinyEvent } from '../../domain/scrutiny/events.js';
import type { Projection, ProjectedEvent } from '../projection.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS scrutiny_recommendations (
  recommendation_id TEXT PRIMARY KEY,
  scrutiny_body_id  TEXT NOT NULL,
  council_id        TEXT,
  meeting_id        TEXT,
  made_on           TEXT NOT NULL,
  to_kind           TEXT NOT NULL,
  to_id             TEXT NOT NULL,
  text              TEXT NOT NULL,
  response_due_on   TEXT NOT NULL,
  response          TEXT,
  reasons           TEXT,
  responded_on      TEXT,
  responded_by      TEXT
);
CREATE TABLE IF NOT EXISTS scrutiny_recommendation_actions (
  recommendation_id TEXT NOT NULL,
  action_id         TEXT NOT NULL,
  position          INTEGER NOT NULL
);
`;

const scrutinyTypes: ReadonlySet<string> = new Set(Object.keys(scrutinyEventSchemas));

function isScrutinyEvent(event: ProjectedEvent): event is ProjectedEvent & ScrutinyEvent {
  return scrutinyTypes.has(event.type);
}

function prepare(db: Database.Database): (event: ProjectedEvent) => void {
  const made = db.prepare(
    `INSERT INTO scrutiny_recommendations (recommendation_id, scrutiny_body_id, council_id, meeting_id, made_on,
      to_kind, to_id, text, response_due_on)
     VALUES (@recommendationId, @scrutinyBodyId, @councilId, @meetingId, @madeOn, @toKind, @toId, @text,
       @responseDueOn)`,
  );
  const responded = db.prepare(
    `UPDATE scrutiny_recommendations SET response = @response, reasons = @reasons, responded_on = @respondedOn,
      responded_by = @respondedBy
     WHERE recommendation_id = @recommendationId`,
  );
  const tracked = db.prepare(
    'INSERT INTO scrutiny_recommendation_actions (recommendation_id, action_id, position) VALUES (?, ?, ?)',
  );
  return (event) => {
    if (!isScrutinyEvent(event)) return;
    switch (event.type) {
      case 'RecommendationMade': {
        const { recommendationId, scrutinyBodyId, councilId, meetingId, madeOn, to, text, responseDueOn } = event.data;
        made.run({
          recommendationId,
          scrutinyBodyId,
          councilId: councilId ?? null,
          meetingId: meetingId ?? null,
          madeOn,
          toKind: to.kind,
          toId: to.id,
          text,
          responseDueOn,
        });
        return;
      }
      case 'RecommendationResponded': {
        const { recommendationId, response, reasons, respondedOn, respondedBy } = event.data;
        responded.run({ recommendationId, response, reasons, respondedOn, respondedBy: respondedBy ?? null });
        return;
      }
      case 'RecommendationActionTracked':
        tracked.run(event.data.recommendationId, event.data.actionId, Number(event.position));
        return;
    }
  };
}

/** Scrutiny's question: which recommendations were answered, how, what followed, and which still wait. */
export const scrutinyProjection: Projection = {
  name: 'scrutiny',
  version: 1,
  tables: TABLES,
  tableNames: ['scrutiny_recommendation_actions', 'scrutiny_recommendations'],
  appendOnly: { scrutiny_recommendation_actions: 'position' },
  prepare,
};
