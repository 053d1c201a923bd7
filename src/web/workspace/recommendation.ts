/**
 * Clerk: a scrutiny committee's recommendation to a board or a partner (MakeRecommendation, as POST
 * /recommendations), and the board's or partner's response to it (RespondToRecommendation, as POST
 * /recommendations/{recommendationId}/response). The recommendation's id follows the committee's
 * meeting (pcp-2018-10-05-rec-1), numbered after those already recorded.
 */
import type Database from 'better-sqlite3';
import type { Ledger } from '../../compose.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { listRecommendations, type RecommendationView } from '../../projections/scrutiny/index.js';
import { loadNames } from '../shared/names.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf } from './form-values.js';

type Choice = { readonly value: string; readonly text: string };

interface Committees {
  readonly committees: readonly Choice[];
  /** Bodies as `body:<id>`, organisations as `organisation:<id>`, by name. */
  readonly recipients: readonly Choice[];
  readonly meetings: readonly Choice[];
  readonly recommendationIds: readonly string[];
}

/** The bodies established as scrutiny committees, as the audit trail holds their establishment. */
function scrutinyCommitteeIds(db: Database.Database): Set<string> {
  const rows = db
    .prepare<[], { id: string }>(
      `SELECT json_extract(data_json, '$.bodyId') AS id FROM audit_trail_events
       WHERE type = 'BodyEstablished' AND json_extract(data_json, '$.type') = 'scrutiny-committee'`,
    )
    .all();
  return new Set(rows.map((row) => row.id));
}

function loadCommittees(ledger: Ledger): Committees {
  const db = ledger.readDb;
  const names = loadNames(db);
  const ids = scrutinyCommitteeIds(db);
  return {
    committees: names.bodies.filter((b) => ids.has(b.id)).map((b) => ({ value: b.id, text: b.name })),
    recipients: [
      ...names.bodies.filter((b) => !ids.has(b.id)).map((b) => ({ value: `body:${b.id}`, text: b.name })),
      ...names.organisations.map((o) => ({ value: `organisation:${o.id}`, text: o.name })),
    ],
    meetings: attendanceReport(db, {})
      .meetings.filter((m) => ids.has(m.bodyId))
      .map((m) => ({ value: m.meetingId, text: names.meeting(m.meetingId) })),
    recommendationIds: listRecommendations(db, {}, today()).recommendations.map((r) => r.recommendationId),
  };
}

/** The next free id after the committee's meeting (or the committee and date): `<prefix>-rec-<n>`. */
function nextId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}-rec-${n}`)) n += 1;
  return `${prefix}-rec-${n}`;
}

const MADE_FIELDS: Record<string, string> = {
  scrutinyBodyId: 'scrutinyBodyId',
  meetingId: 'meetingId',
  madeOn: 'madeOn-day',
  'to.kind': 'to',
  'to.id': 'to',
  text: 'text',
  responseDueDays: 'responseDueDays',
  recommendationId: 'recommendationId',
};

export const recommendationForm: WorkspaceForm<Committees> = {
  url: '/workspace/recommendations/new',
  template: 'workspace/recommendation.njk',
  title: "Record a scrutiny committee's recommendation",
  command: 'MakeRecommendation',
  load: loadCommittees,
  streamOf: () => undefined,
  prefill: ['scrutinyBodyId'],
  defaults: () => ({ responseDueDays: '60', sourceDocument: "The committee's report or minutes" }),
  read(values, _params, entity) {
    const madeOn = dateField(values, 'madeOn', 'the date the committee made the recommendation');
    const [kind, id] = (values.to ?? '').split(':');
    const errors = found(
      required(values, 'scrutinyBodyId', 'Select the scrutiny committee that made the recommendation'),
      madeOn.error,
      kind && id ? undefined : { field: 'to', text: 'Select the board or partner the recommendation is made to' },
      required(values, 'text', 'Enter the recommendation, as the scrutiny report words it'),
      /^\d+$/.test(values.responseDueDays ?? '')
        ? undefined
        : { field: 'responseDueDays', text: 'Enter the days allowed for a response as a whole number, for example 60' },
      required(values, 'sourceDocument', "Enter the document this comes from, for example the committee's report"),
    );
    if (errors.length > 0) return { errors };
    const prefix = values.meetingId || `${values.scrutinyBodyId}-${madeOn.date}`;
    const recommendationId = values.recommendationId || nextId(prefix, entity.recommendationIds);
    return {
      commands: [
        {
          type: 'MakeRecommendation',
          data: {
            recommendationId,
            scrutinyBodyId: values.scrutinyBodyId,
            ...(values.meetingId ? { meetingId: values.meetingId } : {}),
            madeOn: madeOn.date,
            to: { kind, id },
            text: values.text,
            responseDueDays: Number(values.responseDueDays),
          },
        },
      ],
      occurredAt: madeOn.date!,
      source: sourceOf(values),
      landing: '/recommendations',
      confirmation: `The recommendation is recorded as ${recommendationId}.`,
    };
  },
  fieldOf: (path) => MADE_FIELDS[path] ?? 'scrutinyBodyId',
  rejectionField: 'scrutinyBodyId',
  landing: () => '/recommendations',
  confirmation: () => 'The recommendation is recorded.',
};

const RESPONSES = ['accepted', 'partly-accepted', 'rejected'];

export const responseForm: WorkspaceForm<
  RecommendationView & { readonly committee: string; readonly recipient: string }
> = {
  url: '/workspace/recommendations/:recommendationId/response',
  template: 'workspace/response.njk',
  title: 'Record the response to a recommendation',
  command: 'RespondToRecommendation',
  load(ledger, { recommendationId }) {
    const found = listRecommendations(ledger.readDb, {}, today()).recommendations.find(
      (r) => r.recommendationId === recommendationId,
    );
    if (!found) return undefined;
    const names = loadNames(ledger.readDb);
    return { ...found, committee: names.body(found.scrutinyBodyId), recipient: names.party(found.to) };
  },
  streamOf: ({ recommendationId }) => `recommendation-${recommendationId}`,
  defaults: (recommendation) => ({
    ...dateDefaults('respondedOn', today()),
    respondedBy: recommendation.recipient,
    sourceDocument: "The board's or partner's response",
  }),
  read(values, { recommendationId }) {
    const respondedOn = dateField(values, 'respondedOn', 'the date of the response');
    const errors = found(
      RESPONSES.includes(values.response ?? '')
        ? undefined
        : { field: 'response', text: 'Select whether the recommendation was accepted, partly accepted or rejected' },
      required(values, 'reasons', 'Enter the reasons, as the response gives them'),
      respondedOn.error,
      required(values, 'sourceDocument', 'Enter the document this comes from, for example the response letter'),
    );
    if (errors.length > 0) return { errors };
    return {
      commands: [
        {
          type: 'RespondToRecommendation',
          data: {
            recommendationId,
            response: values.response,
            reasons: values.reasons,
            respondedOn: respondedOn.date,
            ...(values.respondedBy ? { respondedBy: values.respondedBy } : {}),
          },
        },
      ],
      occurredAt: respondedOn.date!,
      source: sourceOf(values),
    };
  },
  fieldOf: (path) =>
    ({ reasons: 'reasons', respondedOn: 'respondedOn-day', respondedBy: 'respondedBy' })[path] ?? 'response',
  rejectionField: 'response',
  landing: () => '/recommendations',
  confirmation: (_params, recommendation) => `The response of ${recommendation.recipient} is recorded.`,
};
