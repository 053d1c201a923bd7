/**
 * Questions put to the scrutiny read model. "Awaiting a response on date D" is business time: made
 * by D, and answered after D or not at all. The actions' progress is the action tracker's, read
 * from the same read-model file (and so as at the same time).
 */
import type Database from 'better-sqlite3';
import { RecommendationFilters, type RecommendationList, type RecommendationView } from './view.js';

interface Row {
  recommendation_id: string;
  scrutiny_body_id: string;
  council_id: string | null;
  meeting_id: string | null;
  made_on: string;
  to_kind: 'body' | 'organisation';
  to_id: string;
  text: string;
  response_due_on: string;
  response: RecommendationView['response'];
  reasons: string | null;
  responded_on: string | null;
  responded_by: string | null;
}

interface ActionRow {
  action_id: string;
  title: string | null;
  status: string | null;
  rag: string | null;
  due_on: string | null;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function actionsOf(db: Database.Database, recommendationId: string): RecommendationView['actions'] {
  const rows = db
    .prepare<[string], ActionRow>(
      `SELECT t.action_id, a.title, a.status, a.rag, a.due_on FROM scrutiny_recommendation_actions t
       LEFT JOIN action_tracker_actions a ON a.action_id = t.action_id WHERE t.recommendation_id = ? ORDER BY
         t.position`,
    )
    .all(recommendationId);
  return rows.map((row) => ({
    actionId: row.action_id,
    title: row.title,
    status: row.status,
    rag: row.rag,
    dueOn: row.due_on,
  }));
}

/**
 * The recommendations the filters ask for. `today` is the date `moreThanDays` is counted to when
 * no `awaitingOn` is given (the caller's clock: the read model never reads one).
 */
export function listRecommendations(
  db: Database.Database,
  filters: RecommendationFilters,
  today: string,
): RecommendationList {
  const valid = RecommendationFilters.parse(filters);
  const awaitingOn = valid.awaitingOn ?? (valid.moreThanDays === undefined ? undefined : today);
  const countedTo = awaitingOn ?? valid.overdueOn;
  const rows = db
    .prepare<Record<string, string | number | null>, Row>(
      `SELECT * FROM scrutiny_recommendations
       WHERE (@body IS NULL OR scrutiny_body_id = @body) AND (@recipient IS NULL OR to_id = @recipient)
         AND (@awaitingOn IS NULL OR (made_on <= @awaitingOn AND (responded_on IS NULL OR responded_on > @awaitingOn)))
         AND (@overdueOn IS NULL OR (response_due_on < @overdueOn AND made_on <= @overdueOn AND (responded_on IS NULL
           OR responded_on > @overdueOn)))
       ORDER BY made_on, recommendation_id`,
    )
    .all({
      body: valid.scrutinyBodyId ?? null,
      recipient: valid.recipientId ?? null,
      awaitingOn: awaitingOn ?? null,
      overdueOn: valid.overdueOn ?? null,
    });
  const views = rows.map((row): RecommendationView => ({
    recommendationId: row.recommendation_id,
    scrutinyBodyId: row.scrutiny_body_id,
    councilId: row.council_id,
    meetingId: row.meeting_id,
    madeOn: row.made_on,
    to: { kind: row.to_kind, id: row.to_id },
    text: row.text,
    responseDueOn: row.response_due_on,
    response: row.response,
    reasons: row.reasons,
    respondedOn: row.responded_on,
    respondedBy: row.responded_by,
    daysAwaiting: countedTo === undefined ? null : daysBetween(row.made_on, countedTo),
    actions: actionsOf(db, row.recommendation_id),
  }));
  const moreThan = valid.moreThanDays;
  return {
    recommendations: moreThan === undefined ? views : views.filter((view) => (view.daysAwaiting ?? 0) > moreThan),
  };
}
